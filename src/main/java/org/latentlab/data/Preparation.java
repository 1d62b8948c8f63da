package org.latentlab.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a folder of pictures becomes model inputs: as {@link Mode#PICTURES} (resized and
 * centre-cropped to a square {@code size}, colour kept or made grey) or as {@link Mode#DIGITS}
 * (the MNIST-style preparation of {@link ImageImport}: grey, inverted, cropped to the ink,
 * centred). A checkpoint records it so new inputs are prepared the same way.
 */
public record Preparation(Mode mode, int size, boolean colour) {
    /** Pictures as pictures, or pictures as handwritten digits. */
    public enum Mode {
        PICTURES, DIGITS;

        /** The word on the command line and in {@code spec.json}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The square sides a picture may be prepared into. */
    public static final List<Integer> SIZES = List.of(16, 28, 32, 48, 64, 96, 128);

    /** Today's preparation: MNIST-style 28×28 grey digits. */
    public static final Preparation DIGITS = new Preparation(Mode.DIGITS, 28, false);

    /** Digits are always grey; a size outside {@link #SIZES} is refused with one sentence. */
    public Preparation {
        Objects.requireNonNull(mode, "mode");
        if (!SIZES.contains(size)) {
            throw new DataException("The picture size must be one of " + sizes() + " pixels, got " + size + ".");
        }
        if (mode == Mode.DIGITS) {
            colour = false;
        }
    }

    /** Pictures as pictures at {@code size}, in colour or grey. */
    public static Preparation pictures(int size, boolean colour) {
        return new Preparation(Mode.PICTURES, size, colour);
    }

    /** Values per pixel: 3 in colour, 1 in grey. */
    public int channels() {
        return colour ? 3 : 1;
    }

    /** How it reads in a sentence or a status line, e.g. {@code pictures, 32×32, colour}. */
    public String describe() {
        return mode.id() + ", " + size + "×" + size + ", " + (colour ? "colour" : "grey");
    }

    /** {@code mode:size:colour|grey}, as {@link #parse} reads it. */
    public String text() {
        return mode.id() + ":" + size + ":" + (colour ? "colour" : "grey");
    }

    /** Reads {@link #text()}; throws {@link DataException} with one sentence when it is not one. */
    public static Preparation parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split(":");
        if (parts.length == 3) {
            Mode mode = mode(parts[0]);
            int size;
            try {
                size = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new DataException("The picture size '" + parts[1] + "' is not a whole number: use one of " + sizes() + ".");
            }
            if (parts[2].equals("colour") || parts[2].equals("grey")) {
                return new Preparation(mode, size, parts[2].equals("colour"));
            }
        }
        throw new DataException("'" + text + "' is not a preparation of pictures: write it as pictures:32:colour or digits:28:grey.");
    }

    /** {@code pictures} or {@code digits}, as typed; anything else is refused with one sentence. */
    public static Mode mode(String word) {
        for (Mode m : Mode.values()) {
            if (m.id().equalsIgnoreCase(word == null ? "" : word.trim())) {
                return m;
            }
        }
        throw new DataException("Pictures are read as pictures or as digits, not '" + word + "'.");
    }

    /** The sizes as a phrase: {@code 16, 28, 32, 48, 64, 96 or 128}. */
    public static String sizes() {
        List<String> s = SIZES.stream().map(String::valueOf).toList();
        return String.join(", ", s.subList(0, s.size() - 1)) + " or " + s.get(s.size() - 1);
    }
}
