package org.latentlab.ui.decode;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.latentlab.ui.latent.LatentPlane;

/**
 * A regular N×N lattice over the latent plane, as the course's "decoded manifold" figure: either
 * over a rectangle (the scatter's view, so tiles line up with its axes) or over the standard normal's
 * quantiles 0.05…0.95 in each axis (the VAE's prior, as in the Keras example). Row 0 is the top.
 */
public record Lattice(int n, double[] xs, double[] ys) {
    /** Cell centres over the rectangle {minX, maxX, minY, maxY}; ys run from top (max) to bottom. */
    public static Lattice over(int n, double[] bounds) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = bounds[0] + (i + 0.5) * (bounds[1] - bounds[0]) / n;
            ys[i] = bounds[3] - (i + 0.5) * (bounds[3] - bounds[2]) / n;
        }
        return new Lattice(n, xs, ys);
    }

    /** The standard normal's quantiles at probabilities evenly spaced from 0.05 to 0.95. */
    public static Lattice gaussianQuantiles(int n) {
        NormalDistribution normal = new NormalDistribution();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double p = n == 1 ? 0.5 : 0.05 + 0.9 * i / (n - 1);
            xs[i] = normal.inverseCumulativeProbability(p);
            ys[n - 1 - i] = xs[i];
        }
        return new Lattice(n, xs, ys);
    }

    /** The codes of every tile, row after row ({@code n² × k}), with dimensions off the plane from {@code base}. */
    public float[] codes(LatentPlane plane, float[] base, int k) {
        float[] out = new float[n * n * k];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                float[] z = plane.toCode(xs[c], ys[r], base, k);
                System.arraycopy(z, 0, out, (r * n + c) * k, k);
            }
        }
        return out;
    }
}
