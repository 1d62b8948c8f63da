package org.latentlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.latentlab.errors.Sentences;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A data set from a CSV file with one image per row: a label column (named {@code label},
 * {@code class}, {@code y} or {@code target}; without a header, the first column) and one column
 * per pixel of a square grey image, as 0–255 or 0–1 (the Kaggle MNIST layout). Labels may be
 * numbers or names. Quoted fields, a byte-order mark and CRLF line ends (a spreadsheet's
 * "CSV UTF-8") are read, and text that is not UTF-8 is read as Latin-1. A file whose pixels would
 * take more than half the heap is refused before it is read.
 */
public final class CsvReader implements DatasetReader {
    private static final Set<String> LABEL_HEADERS = Set.of("label", "class", "y", "target");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setTrim(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    /** Rows read between two progress reports. */
    private static final int REPORT_EVERY = 256;
    /** How much of the file's start is looked at to estimate its rows. */
    private static final int SAMPLE_BYTES = 1 << 20;

    private final long memoryLimit;

    /** A reader that may use half the heap for a file's pixels. */
    public CsvReader() {
        this(Runtime.getRuntime().maxMemory() / 2);
    }

    /** A reader that refuses a file whose pixels would need more than {@code memoryLimit} bytes. */
    public CsvReader(long memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    @Override
    public String name() {
        return "CSV file with a label column";
    }

    @Override
    public String description() {
        return "a CSV file with a label column and one column per pixel";
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
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".csv");
    }

    @Override
    public Dataset read(Path file, ReadProgress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        checkMemory(file, name);
        try {
            return read(file, name, StandardCharsets.UTF_8, progress);
        } catch (NotUtf8 e) {
            return read(file, name, StandardCharsets.ISO_8859_1, progress);
        }
    }

    /** The text is not UTF-8; it is read again as Latin-1, which every byte sequence is. */
    private static final class NotUtf8 extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotUtf8() {
            super(null, null, false, false);
        }
    }

    private Dataset read(Path file, String name, Charset charset, ReadProgress progress) {
        Rows rows = new Rows();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            skipByteOrderMark(in);
            double size = Math.max(1, Files.size(file));
            try (CSVParser parser = FORMAT.parse(in)) {
                for (CSVRecord record : parser) {
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue; // a line of spaces
                    }
                    rows.add(record, name);
                    if (record.getRecordNumber() % REPORT_EVERY == 0) {
                        progress.advance(record.getCharacterPosition() / size, name);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new NotUtf8();
        } catch (CSVException e) {
            throw new DataException(name + " is not valid CSV: " + e.getMessage() + ".", e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new NotUtf8();
            }
            throw new DataException(Sentences.after(name + " cannot be read", e.getCause()), e);
        } catch (IOException e) {
            throw new DataException(Sentences.after(name + " cannot be read", e), e);
        }
        Dataset d = rows.dataset(name);
        progress.advance(1, name);
        return d;
    }

    /**
     * Refuses, before reading it, a file whose pixels would not fit in {@link #memoryLimit}: the
     * number of rows is estimated from the file's size and the length of its first rows, and each
     * row's pixels take 4 bytes each, twice over while the array grows, plus its label.
     */
    private void checkMemory(Path file, String name) {
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new DataException(Sentences.after(name + " cannot be read", e), e);
        }
        int lines = 0;
        int firstLineEnd = -1;
        int lastLineEnd = -1;
        int commas = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                lines++;
                lastLineEnd = i;
                if (firstLineEnd < 0) {
                    firstLineEnd = i;
                }
            } else if (head[i] == ',' && firstLineEnd < 0) {
                commas++;
            }
        }
        long bytesPerRow = lines == 0 ? Math.max(1, head.length) : Math.max(1, (lastLineEnd + 1) / lines);
        long rows = Math.max(1, size / bytesPerRow);
        long needed = rows * ((long) commas * Float.BYTES * 2 + 64);
        if (needed > memoryLimit) {
            throw new DataException(String.format(Locale.ROOT, "%s is %s, about %,d rows of %,d values: reading it needs about %s "
                    + "of memory, more than the %s this Latent Lab can use (start it with a larger -Xmx, or use fewer rows).",
                    name, bytes(size), rows, commas, bytes(needed), bytes(memoryLimit)));
        }
    }

    private static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.max(1, n / (double) (1L << 20)));
    }

    /** A spreadsheet's "CSV UTF-8" starts with U+FEFF, which would otherwise stick to the first header. */
    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    /** The rows read so far: pixel values kept as floats, labels as written. */
    private static final class Rows {
        private List<String> header;
        private int labelColumn;
        private int columns = -1;
        private float[] values = new float[0];
        private int count;
        private final List<String> labels = new ArrayList<>();
        private float max;

        void add(CSVRecord record, String name) {
            long row = record.getRecordNumber();
            if (header == null && columns < 0 && !isNumber(record.get(record.size() - 1))) {
                header = record.toList();
                labelColumn = -1;
                for (int i = 0; i < header.size(); i++) {
                    if (LABEL_HEADERS.contains(header.get(i).toLowerCase())) {
                        labelColumn = i;
                    }
                }
                if (labelColumn < 0) {
                    throw new DataException(name + " has no label column: name one 'label' (or 'class').");
                }
                columns = header.size();
                checkSquare(name);
                return;
            }
            if (columns < 0) {
                columns = record.size();
                checkSquare(name);
            }
            if (record.size() != columns) {
                throw new DataException(name + " row " + row + " has " + record.size() + " cells, not " + columns + ".");
            }
            int pixels = columns - 1;
            if ((long) (count + 1) * pixels > Integer.MAX_VALUE - 16) {
                throw new DataException(name + " has more pixel values than fit in memory at once.");
            }
            if ((count + 1) * pixels > values.length) {
                values = Arrays.copyOf(values, Math.max(pixels * 1024, values.length * 2));
            }
            int p = count * pixels;
            for (int c = 0; c < columns; c++) {
                String cell = record.get(c);
                if (c == labelColumn) {
                    labels.add(cell);
                    continue;
                }
                float v;
                try {
                    v = Float.parseFloat(cell);
                } catch (NumberFormatException e) {
                    v = Float.NaN;
                }
                if (!Float.isFinite(v) || v < 0) {
                    throw new DataException(name + " row " + row + " column " + (c + 1) + " is '" + cell + "', not a pixel value.");
                }
                values[p++] = v;
                max = Math.max(max, v);
            }
            count++;
        }

        private void checkSquare(String name) {
            int pixels = columns - 1;
            int side = (int) Math.round(Math.sqrt(pixels));
            if (side * side != pixels || pixels == 0) {
                throw new DataException(name + " has " + pixels + " pixel columns, which is not a square image (784 is 28×28).");
            }
        }

        Dataset dataset(String name) {
            if (count == 0) {
                throw new DataException(name + " has no rows of pixels.");
            }
            int pixels = columns - 1;
            int side = (int) Math.round(Math.sqrt(pixels));
            float[] v = values.length == count * pixels ? values : Arrays.copyOf(values, count * pixels);
            if (max > 1) {
                if (max > 255) {
                    throw new DataException(name + " has pixel values up to " + max + ": use 0–255 or 0–1.");
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] /= 255f;
                }
            }
            Map<String, Integer> classes = new TreeMap<>((a, b) -> isNumber(a) && isNumber(b)
                    ? Double.compare(Double.parseDouble(a), Double.parseDouble(b)) : a.compareTo(b));
            for (String l : labels) {
                classes.putIfAbsent(l, 0);
            }
            int next = 0;
            for (Map.Entry<String, Integer> e : classes.entrySet()) {
                e.setValue(next++);
            }
            int[] y = new int[count];
            for (int r = 0; r < count; r++) {
                y[r] = classes.get(labels.get(r));
            }
            return new Dataset(name.replaceAll("(?i)\\.csv$", ""), v, y, List.copyOf(classes.keySet()), 1, side, side);
        }
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
