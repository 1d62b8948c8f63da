package org.latentlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.latentlab.errors.Sentences;

/**
 * A data set from a table of measurements: a CSV file (comma or semicolon separated, quoted
 * fields, an optional header row) with a label column ({@code label}, {@code class}, {@code y} or
 * {@code target}; without a header, the first) and numeric feature columns. The features are
 * standardised (z-score, kept with the data set so a model's outputs go back into the table's
 * units) and each row is one 1×1×features sample. Tried before the pixel reader: a CSV is a table
 * when its feature columns are not a square number of pixels or hold values no pixel has
 * (negative, or fractions above 1), or when the person says so ({@link #forced()}).
 */
public final class TableReader implements DatasetReader {
    private static final Set<String> LABEL_HEADERS = Set.of("label", "class", "y", "target");
    /** Rows looked at to tell a table from pixels. */
    private static final int SNIFFED_ROWS = 50;

    private final boolean forced;

    private TableReader(boolean forced) {
        this.forced = forced;
    }

    /** A reader that takes a CSV file as a table when it looks like one. */
    public TableReader() {
        this(false);
    }

    /** A reader that takes every CSV file as a table ({@code --kind table}). */
    public static TableReader forced() {
        return new TableReader(true);
    }

    @Override
    public String name() {
        return "CSV table of measurements";
    }

    @Override
    public String description() {
        return "a CSV table with a label column and numeric feature columns";
    }

    @Override
    public Source source() {
        return Source.FILE;
    }

    @Override
    public List<String> extensions() {
        return List.of("*.csv");
    }

    @Override
    public boolean canRead(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        return forced || looksLikeTable(path);
    }

    /** True when the first rows have a feature count that is not a square or a value no pixel has. */
    static boolean looksLikeTable(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            List<String> lines = new ArrayList<>();
            String line;
            while (lines.size() < SNIFFED_ROWS && (line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty()) {
                return false;
            }
            char separator = separator(lines.get(0));
            int features = lines.get(0).split(String.valueOf(separator), -1).length - 1;
            int side = (int) Math.round(Math.sqrt(features));
            if (features > 0 && side * side != features || separator == ';') {
                return true;
            }
            for (String l : lines) {
                for (String cell : l.split(String.valueOf(separator), -1)) {
                    try {
                        double v = Double.parseDouble(cell.trim().replace("\"", ""));
                        if (v < 0 || v > 1 && v != Math.rint(v)) {
                            return true;
                        }
                    } catch (NumberFormatException e) {
                        // a header or a label
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A semicolon when the first line has more semicolons than commas (a European spreadsheet's CSV). */
    static char separator(String firstLine) {
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public Dataset read(Path file, ReadProgress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = new String(bytes, StandardCharsets.UTF_8);
            if (text.contains("\uFFFD")) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            throw new DataException(Sentences.after(name + " cannot be read", e), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> new DataException(name + " is empty: a table needs a label column and feature columns."));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(first)).setTrim(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<CSVRecord> records;
        try (Reader in = new java.io.StringReader(text); CSVParser parser = format.parse(in)) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataException(name + " is not valid CSV: " + Sentences.of(e, "it cannot be parsed").replaceAll("\\.$", "") + ".", e);
        }
        progress.advance(0.5, name);
        List<String> header = null;
        int start = 0;
        if (!records.isEmpty() && !isNumber(records.get(0).get(records.get(0).size() - 1))) {
            header = records.get(0).toList();
            start = 1;
        }
        int columns = header != null ? header.size() : records.isEmpty() ? 0 : records.get(0).size();
        int labelColumn = 0;
        if (header != null) {
            labelColumn = -1;
            for (int i = 0; i < header.size(); i++) {
                if (LABEL_HEADERS.contains(header.get(i).toLowerCase(Locale.ROOT))) {
                    labelColumn = i;
                }
            }
            if (labelColumn < 0) {
                throw new DataException(name + " has no label column: name one 'label' (or 'class').");
            }
        }
        int features = columns - 1;
        if (features < 1) {
            throw new DataException(name + " has no feature columns beside its label.");
        }
        int rows = records.size() - start;
        if (rows < 2) {
            throw new DataException(name + " has " + (rows == 1 ? "only one row" : "no rows") + ": a table needs at least two rows to learn from.");
        }
        double[] values = new double[rows * features];
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            CSVRecord record = records.get(start + r);
            long line = record.getRecordNumber();
            if (record.size() != columns) {
                throw new DataException(name + " row " + line + " has " + record.size() + " cells, not " + columns + ".");
            }
            int f = 0;
            for (int c = 0; c < columns; c++) {
                String cell = record.get(c);
                if (c == labelColumn) {
                    labels.add(cell);
                    continue;
                }
                String column = header != null ? "'" + header.get(c) + "'" : String.valueOf(c + 1);
                if (cell.isEmpty() || cell.equalsIgnoreCase("NA") || cell.equalsIgnoreCase("NaN")) {
                    throw new DataException(name + " row " + line + " column " + column + " has no value: fill it in or remove the row.");
                }
                double v;
                try {
                    v = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (!Double.isFinite(v)) {
                    throw new DataException(name + " row " + line + " column " + column + " is '" + cell + "', not a number.");
                }
                values[r * features + f++] = v;
            }
        }
        Map<String, Integer> classes = new TreeMap<>((a, b) -> isNumber(a) && isNumber(b)
                ? Double.compare(Double.parseDouble(a), Double.parseDouble(b)) : a.compareTo(b));
        labels.forEach(l -> classes.putIfAbsent(l, 0));
        int next = 0;
        for (Map.Entry<String, Integer> e : classes.entrySet()) {
            e.setValue(next++);
        }
        int[] y = labels.stream().mapToInt(classes::get).toArray();
        Standardisation z = Standardisation.fit(values, rows, features);
        progress.advance(1, name);
        return new Dataset(name.replaceAll("(?i)\\.csv$", ""), z.standardise(values), y, List.copyOf(classes.keySet()), 1, 1, features, z);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
