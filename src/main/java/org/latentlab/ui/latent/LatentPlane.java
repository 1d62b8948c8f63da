package org.latentlab.ui.latent;

import java.util.SplittableRandom;

/**
 * How a code of k dimensions is shown on a plane, and how a point of the plane becomes a code
 * again: two chosen dimensions (the others taken from a base code), or the plane of the codes' first
 * two principal components.
 */
public sealed interface LatentPlane {
    String xLabel();

    String yLabel();

    /** Plane coordinates of {@code n} codes of {@code k} values each. */
    void project(float[] codes, int k, float[] xs, float[] ys);

    /** The code at plane point (x, y); dimensions the plane does not span come from {@code base} (zeros if null). */
    float[] toCode(double x, double y, float[] base, int k);

    /** True when the plane's axes are raw latent dimensions (so the VAE prior's contours apply). */
    boolean rawAxes();

    /**
     * Two dimensions of the codes as the axes, named {@code prefix} and their number ({@code z1} for a
     * latent dimension, {@code PC1} for PCA's codes); {@code y < 0} for a one-dimensional code (jittered vertically).
     */
    record Dims(int x, int y, String prefix) implements LatentPlane {
        /** Two latent dimensions, z1, z2, …. */
        public Dims(int x, int y) {
            this(x, y, "z");
        }

        @Override
        public String xLabel() {
            return prefix + (x + 1);
        }

        @Override
        public String yLabel() {
            return y < 0 ? "(jitter)" : prefix + (y + 1);
        }

        @Override
        public void project(float[] codes, int k, float[] xs, float[] ys) {
            SplittableRandom jitter = new SplittableRandom(1);
            for (int i = 0; i < xs.length; i++) {
                xs[i] = codes[i * k + x];
                ys[i] = y < 0 ? (float) (jitter.nextDouble() * 2 - 1) : codes[i * k + y];
            }
        }

        @Override
        public float[] toCode(double px, double py, float[] base, int k) {
            float[] z = base == null ? new float[k] : base.clone();
            z[x] = (float) px;
            if (y >= 0) {
                z[y] = (float) py;
            }
            return z;
        }

        @Override
        public boolean rawAxes() {
            return y >= 0;
        }
    }

    /** The plane through the codes' mean spanned by their first two principal directions. */
    record Principal(double[] mean, double[] first, double[] second) implements LatentPlane {
        @Override
        public String xLabel() {
            return "PC1 of the codes";
        }

        @Override
        public String yLabel() {
            return "PC2 of the codes";
        }

        @Override
        public void project(float[] codes, int k, float[] xs, float[] ys) {
            for (int i = 0; i < xs.length; i++) {
                double a = 0;
                double b = 0;
                for (int j = 0; j < k; j++) {
                    double c = codes[i * k + j] - mean[j];
                    a += c * first[j];
                    b += c * second[j];
                }
                xs[i] = (float) a;
                ys[i] = (float) b;
            }
        }

        @Override
        public float[] toCode(double px, double py, float[] base, int k) {
            float[] z = new float[k];
            for (int j = 0; j < k; j++) {
                z[j] = (float) (mean[j] + px * first[j] + py * second[j]);
            }
            return z;
        }

        @Override
        public boolean rawAxes() {
            return false;
        }
    }
}
