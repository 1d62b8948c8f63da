package org.latentlab.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The latent codes as CSV, as a checkpoint's {@code codes.csv}, File › Save codes and the lab
 * report write them: a header {@code index,label,z1,…,zk}, then one row per validation sample.
 */
public final class CodesCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setIgnoreEmptyLines(true).get();

    /** Codes read back: {@code values} holds {@code labels.length} rows of {@code latentSize} values each. */
    public record Codes(int latentSize, float[] values, int[] labels) {}

    private CodesCsv() {}

    /** Writes the codes ({@code labels.length} rows of {@code latentSize} values, row after row) to {@code out}. */
    public static void write(Appendable out, int latentSize, float[] values, int[] labels) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        List<String> header = new ArrayList<>(latentSize + 2);
        header.add("index");
        header.add("label");
        for (int j = 1; j <= latentSize; j++) {
            header.add("z" + j);
        }
        printer.printRecord(header);
        String[] row = new String[latentSize + 2];
        for (int i = 0; i < labels.length; i++) {
            row[0] = Integer.toString(i);
            row[1] = Integer.toString(labels[i]);
            for (int j = 0; j < latentSize; j++) {
                row[j + 2] = Float.toString(values[i * latentSize + j]);
            }
            printer.printRecord((Object[]) row);
        }
        printer.flush();
    }

    /** The codes as CSV text. */
    public static String text(int latentSize, float[] values, int[] labels) {
        StringWriter out = new StringWriter();
        try {
            write(out, latentSize, values, labels);
        } catch (IOException e) {
            throw new IllegalStateException("A string cannot fail to be written to", e);
        }
        return out.toString();
    }

    /**
     * Reads codes of {@code latentSize} dimensions; a row with the wrong number of cells or a cell
     * that is not a number is refused with an {@link IllegalArgumentException} naming its line.
     */
    public static Codes read(Path file, int latentSize) throws IOException {
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, FORMAT)) {
            boolean header = true;
            for (CSVRecord r : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                if (r.size() != latentSize + 2) {
                    throw new IllegalArgumentException(file.getFileName() + " line " + r.getRecordNumber() + " has " + r.size()
                            + " cells, expected " + (latentSize + 2));
                }
                labels.add(Integer.parseInt(r.get(1).trim()));
                float[] code = new float[latentSize];
                for (int j = 0; j < latentSize; j++) {
                    code[j] = Float.parseFloat(r.get(j + 2).trim());
                }
                rows.add(code);
            }
        }
        float[] values = new float[rows.size() * latentSize];
        int[] l = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * latentSize, latentSize);
            l[i] = labels.get(i);
        }
        return new Codes(latentSize, values, l);
    }
}
