package org.latentlab.ui.latent;

import java.util.SplittableRandom;

/**
 * How a code of k dimensions is shown on a plane, and how a point of the plane becomes a code
 * again: two chosen dimensions (the others taken from a base code), the plane of two of the codes'
 * principal components, or a map (t-SNE, UMAP) that places each code but has no inverse.
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

    /** True when every point of the plane is a code, so a lattice over it can be decoded (not so on a map). */
    default boolean decodable() {
        return true;
    }

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

    /** The plane through the codes' mean spanned by two principal directions, named on the axes. */
    record Principal(double[] mean, double[] first, double[] second, String xLabel, String yLabel) implements LatentPlane {
        /** The plane of the first two principal directions. */
        public Principal(double[] mean, double[] first, double[] second) {
            this(mean, first, second, "PC1 of the codes", "PC2 of the codes");
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

    /**
     * A map of {@code n} codes (t-SNE, UMAP): {@code xy} holds each code's place, {@code codes} the
     * codes it was made from ({@code n × k}). Codes of the same samples take their samples' places;
     * any other code (a probe, a drawn picture's) takes the place of the nearest mapped code, and a
     * point of the map stands for the code of the mapped point nearest to it: a map has no inverse.
     * {@code family} is the same for every layout of one run, so the view keeps its zoom while the
     * points move.
     */
    record Map(float[] xy, float[] codes, int k, String xLabel, String yLabel, long family) implements LatentPlane {
        public Map {
            if (k < 1 || xy.length % 2 != 0 || codes.length != (long) (xy.length / 2) * k) {
                throw new IllegalArgumentException("A map needs one place per code");
            }
        }

        /** Number of mapped points. */
        public int size() {
            return xy.length / 2;
        }

        @Override
        public void project(float[] values, int valuesK, float[] xs, float[] ys) {
            int n = size();
            if (xs.length == n && valuesK == k) {
                for (int i = 0; i < n; i++) {
                    xs[i] = xy[2 * i];
                    ys[i] = xy[2 * i + 1];
                }
                return;
            }
            for (int i = 0; i < xs.length; i++) {
                int nearest = nearestCode(values, i * valuesK, Math.min(k, valuesK));
                xs[i] = xy[2 * nearest];
                ys[i] = xy[2 * nearest + 1];
            }
        }

        @Override
        public float[] toCode(double px, double py, float[] base, int valuesK) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i = 0; i < size(); i++) {
                double dx = xy[2 * i] - px;
                double dy = xy[2 * i + 1] - py;
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            float[] z = new float[valuesK];
            System.arraycopy(codes, best * k, z, 0, Math.min(k, valuesK));
            return z;
        }

        @Override
        public boolean rawAxes() {
            return false;
        }

        @Override
        public boolean decodable() {
            return false;
        }

        private int nearestCode(float[] values, int offset, int width) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i = 0; i < size(); i++) {
                double d = 0;
                for (int j = 0; j < width; j++) {
                    double diff = codes[i * k + j] - values[offset + j];
                    d += diff * diff;
                }
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            return best;
        }
    }
}
