package org.latentlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A data set from a CSV file with one image per row: a label column (named {@code label},
 * {@code class} or {@code y}; without a header, the first column) and one column per pixel of a
 * square grey image, as 0–255 or 0–1 (the Kaggle MNIST layout). Labels may be numbers or names.
 */
public final class CsvReader {
    private CsvReader() {}

    public static Dataset read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String[]> rows = new ArrayList<>();
        String[] header = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null && rows.isEmpty() && !isNumber(cells[cells.length - 1].trim())) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataException(name + " cannot be read as text: " + e.getMessage() + ".", e);
        }
        if (rows.isEmpty()) {
            throw new DataException(name + " has no rows of pixels.");
        }
        int labelColumn = 0;
        if (header != null) {
            labelColumn = -1;
            for (int i = 0; i < header.length; i++) {
                String h = header[i].trim().replace("\"", "").toLowerCase();
                if (h.equals("label") || h.equals("class") || h.equals("y") || h.equals("target")) {
                    labelColumn = i;
                }
            }
            if (labelColumn < 0) {
                throw new DataException(name + " has no label column: name one 'label' (or 'class').");
            }
        }
        int columns = rows.get(0).length;
        int pixels = columns - 1;
        int side = (int) Math.round(Math.sqrt(pixels));
        if (side * side != pixels || pixels == 0) {
            throw new DataException(name + " has " + pixels + " pixel columns, which is not a square image (784 is 28×28).");
        }
        float[] values = new float[rows.size() * pixels];
        String[] rawLabels = new String[rows.size()];
        float max = 0;
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            if (cells.length != columns) {
                throw new DataException(name + " row " + (r + 1 + (header == null ? 0 : 1)) + " has " + cells.length + " cells, not " + columns + ".");
            }
            int p = 0;
            for (int c = 0; c < columns; c++) {
                if (c == labelColumn) {
                    rawLabels[r] = cells[c].trim().replace("\"", "");
                    continue;
                }
                try {
                    float v = Float.parseFloat(cells[c].trim());
                    if (!Float.isFinite(v) || v < 0) {
                        throw new NumberFormatException();
                    }
                    values[r * pixels + p++] = v;
                    max = Math.max(max, v);
                } catch (NumberFormatException e) {
                    throw new DataException(name + " row " + (r + 1 + (header == null ? 0 : 1)) + " column " + (c + 1)
                            + " is '" + cells[c].trim() + "', not a pixel value.");
                }
            }
        }
        if (max > 1) {
            if (max > 255) {
                throw new DataException(name + " has pixel values up to " + max + ": use 0–255 or 0–1.");
            }
            for (int i = 0; i < values.length; i++) {
                values[i] /= 255f;
            }
        }
        Map<String, Integer> classes = new TreeMap<>((a, b) -> isNumber(a) && isNumber(b)
                ? Double.compare(Double.parseDouble(a), Double.parseDouble(b)) : a.compareTo(b));
        for (String l : rawLabels) {
            classes.putIfAbsent(l, 0);
        }
        int next = 0;
        for (Map.Entry<String, Integer> e : classes.entrySet()) {
            e.setValue(next++);
        }
        int[] labels = new int[rows.size()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = classes.get(rawLabels[r]);
        }
        return new Dataset(name.replaceAll("\\.csv$", ""), values, labels, List.copyOf(classes.keySet()), 1, side, side);
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
