package org.latentlab.analysis.projection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The codes a projection lays out: {@code n} rows of {@code d} finite values (flat, row-major) and
 * one label per row ({@code -1} where a row has none).
 */
public record Codes(float[] values, int n, int d, int[] labels) {
    /** Checks the shape and that every value is a finite number. */
    public Codes {
        if (n < 1 || d < 1 || values.length != (long) n * d) {
            throw new IllegalArgumentException("Expected " + n + "×" + d + " code values, got " + values.length + ".");
        }
        if (labels.length != n) {
            throw new IllegalArgumentException("Expected one label per code (" + n + "), got " + labels.length + ".");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("Code " + (i / d) + " holds " + values[i] + " in dimension " + (i % d + 1)
                        + ": codes must be finite numbers (the model may have diverged).");
            }
        }
    }

    /** Codes from flat values, unlabelled. */
    public static Codes of(float[] values, int n, int d) {
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        return new Codes(values, n, d, none);
    }

    /** Codes from rows of equal length, with their labels. */
    public static Codes of(float[][] rows, int[] labels) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("There are no codes to project.");
        }
        int d = rows[0].length;
        float[] flat = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("Code " + i + " has " + rows[i].length + " values where the first has " + d + ".");
            }
            System.arraycopy(rows[i], 0, flat, i * d, d);
        }
        return new Codes(flat, rows.length, d, labels);
    }

    /**
     * Reads a checkpoint's {@code codes.csv} (header {@code index,label,z1..zd}, one row per
     * validation code).
     */
    public static Codes readCsv(Path file) throws IOException {
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            int first = csv.getHeaderNames().indexOf("z1");
            if (first < 0) {
                throw new IllegalArgumentException(file + " has no z1 column, so it holds no codes.");
            }
            for (CSVRecord r : csv) {
                float[] row = new float[r.size() - first];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Float.parseFloat(r.get(first + j));
                }
                rows.add(row);
                labels.add(r.isMapped("label") ? Integer.parseInt(r.get("label")) : -1);
            }
        }
        return of(rows.toArray(new float[0][]), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The first {@code m} codes. */
    public Codes head(int m) {
        int k = Math.min(m, n);
        return new Codes(java.util.Arrays.copyOf(values, k * d), k, d, java.util.Arrays.copyOf(labels, k));
    }

    /** Code {@code i} as a new array. */
    public float[] row(int i) {
        float[] r = new float[d];
        System.arraycopy(values, i * d, r, 0, d);
        return r;
    }

    /** The codes as rows of doubles (what the manifold libraries take). */
    double[][] doubleRows() {
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = values[i * d + j];
            }
        }
        return rows;
    }

    /** The codes as rows of floats. */
    float[][] floatRows() {
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = row(i);
        }
        return rows;
    }

    /** One sentence when these codes have fewer than two dimensions to lay out. */
    void requirePlane(String projection) {
        if (d < 2) {
            throw new IllegalArgumentException(projection + " needs codes of at least 2 dimensions; these have " + d + ".");
        }
    }
}
