package org.latentlab.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A corruption of the input, as the denoising autoencoder sees it: Gaussian noise of standard
 * deviation σ, masking noise (each value set to 0 with probability q), or salt-and-pepper (each
 * value set to 0 or 1 with probability p). Results stay in [0,1]. Written {@code kind:level}, e.g.
 * {@code gaussian:0.5}; {@code none} for no corruption.
 */
public record Noise(Kind kind, double level) {
    /** The kinds of corruption. */
    public enum Kind {
        NONE, GAUSSIAN, MASKING, SALTPEPPER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** No corruption. */
    public static final Noise NONE = new Noise(Kind.NONE, 0);

    public Noise {
        if (kind == Kind.NONE) {
            level = 0;
        } else if (kind == Kind.GAUSSIAN && !(level > 0 && level <= 2)) {
            throw new IllegalArgumentException("The Gaussian noise level σ must be in (0, 2], got " + level + ".");
        } else if (kind != Kind.GAUSSIAN && !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The " + kind.id() + " noise level must be a probability in (0, 1), got " + level + ".");
        }
    }

    /** Parses {@code gaussian:0.5}, {@code masking:0.3}, {@code saltpepper:0.1} or {@code none}. */
    public static Noise parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return NONE;
        }
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        Kind kind;
        try {
            kind = Kind.valueOf(parts[0].replace("-", "").replace("_", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a noise: use gaussian:σ, masking:q, saltpepper:p or none.");
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' needs a level, e.g. " + kind.id() + ":0.3.");
        }
        double level;
        try {
            level = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The noise level in '" + text + "' is not a number.");
        }
        return new Noise(kind, level);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /** A corrupted copy of {@code values}; the same seed gives the same noise. */
    public float[] apply(float[] values, long seed) {
        float[] out = values.clone();
        if (kind == Kind.NONE) {
            return out;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < out.length; i++) {
            switch (kind) {
                case GAUSSIAN -> out[i] = clamp(out[i] + (float) (level * gaussian(rnd)));
                case MASKING -> out[i] = rnd.nextDouble() < level ? 0f : out[i];
                case SALTPEPPER -> {
                    if (rnd.nextDouble() < level) {
                        out[i] = rnd.nextBoolean() ? 1f : 0f;
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static float clamp(float v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    @Override
    public String toString() {
        return kind == Kind.NONE ? "none" : kind.id() + ":" + level;
    }
}
