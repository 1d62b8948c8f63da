package org.latentlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A format added the way a new one is added, to show it takes one class and one list entry: the
 * UCI Semeion handwritten digits ({@code semeion.data}), one digit a line as 256 values of a 16×16
 * black-and-white picture, then the digit as ten 0/1 flags, all separated by spaces.
 */
final class SemeionReader implements DatasetReader {
    private static final int SIDE = 16;
    private static final int PIXELS = SIDE * SIDE;

    @Override
    public String name() {
        return "Semeion digits file";
    }

    @Override
    public String description() {
        return "a Semeion digits file (256 pixels then ten 0/1 flags a line)";
    }

    @Override
    public Source source() {
        return Source.FILE;
    }

    @Override
    public List<String> extensions() {
        return List.of("*.data");
    }

    /** A .data file whose first line holds 266 values. */
    @Override
    public boolean canRead(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".data")) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
            String first = in.readLine();
            return first != null && first.trim().split("\\s+").length == PIXELS + 10;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Dataset read(Path file, ReadProgress progress) {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new DataException(name + " cannot be read: " + e.getMessage() + ".", e);
        }
        float[] values = new float[lines.size() * PIXELS];
        int[] labels = new int[lines.size()];
        for (int r = 0; r < lines.size(); r++) {
            progress.advance((double) r / lines.size(), name);
            String[] cells = lines.get(r).trim().split("\\s+");
            if (cells.length != PIXELS + 10) {
                throw new DataException(name + " line " + (r + 1) + " has " + cells.length + " values, not " + (PIXELS + 10) + ".");
            }
            for (int p = 0; p < PIXELS; p++) {
                values[r * PIXELS + p] = Float.parseFloat(cells[p]);
            }
            labels[r] = -1;
            for (int digit = 0; digit < 10; digit++) {
                if (cells[PIXELS + digit].equals("1")) {
                    labels[r] = digit;
                }
            }
            if (labels[r] < 0) {
                throw new DataException(name + " line " + (r + 1) + " flags no digit.");
            }
        }
        progress.advance(1, name);
        List<String> digits = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            digits.add(Integer.toString(d));
        }
        return new Dataset(name.replace(".data", ""), values, labels, digits, 1, SIDE, SIDE);
    }
}
