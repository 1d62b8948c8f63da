package org.latentlab.ui.latent;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Where the scatter's axes go: the codes projected onto the plane (standardised if asked), each
 * code's σ along the axes, and a box around the visible points that outliers do not stretch and
 * that stays put while the cloud moves a little inside it.
 */
final class ScatterFit {
    /** Room left around the points, as a fraction of their range. */
    static final double MARGIN = 0.08;

    private ScatterFit() {}

    /** The codes of {@code s} on {@code plane} as x and y, each standardised to mean 0 and σ 1 when {@code standardised}. */
    static float[][] project(LatentSnapshot s, LatentPlane plane, boolean standardised) {
        float[] xs = new float[s.size()];
        float[] ys = new float[s.size()];
        plane.project(s.codes(), s.latentSize(), xs, ys);
        if (standardised) {
            standardise(xs);
            standardise(ys);
        }
        return new float[][] {xs, ys};
    }

    /** Each point's σ along the plot's axes, or null unless the snapshot has them and the axes are raw latent dimensions. */
    static float[][] spreads(LatentSnapshot s, LatentPlane plane, boolean standardised) {
        if (s.spreads() == null || standardised || !(plane instanceof LatentPlane.Dims d) || !d.rawAxes()) {
            return null;
        }
        int n = s.size();
        float[] sx = new float[n];
        float[] sy = new float[n];
        for (int i = 0; i < n; i++) {
            sx[i] = s.spreads()[i * s.latentSize() + d.x()];
            sy[i] = s.spreads()[i * s.latentSize() + d.y()];
        }
        return new float[][] {sx, sy};
    }

    /**
     * Keeps the axes where they are while the cloud of codes stays inside them and fills at least 3/4
     * of each axis; otherwise the new fit. Re-fitting to every snapshot (several a second while a
     * model trains) kept the axes creeping, their labels flickering, and the whole view redrawing at
     * every frame.
     */
    static double[] settle(double[] old, double[] fit) {
        if (old == null) {
            return fit;
        }
        for (int a = 0; a < 4; a += 2) {
            double range = fit[a + 1] - fit[a];
            double margin = range * MARGIN / (1 + 2 * MARGIN);
            boolean inside = fit[a] + margin >= old[a] && fit[a + 1] - margin <= old[a + 1];
            if (!inside || range < 0.75 * (old[a + 1] - old[a])) {
                return fit;
            }
        }
        return old;
    }

    /**
     * The 0.5th–99.5th percentile box of the points whose class is not {@code hidden}, with a margin;
     * {@code none} when every point is hidden.
     */
    static double[] robustBounds(float[] xs, float[] ys, int[] labels, BitSet hidden, double[] none) {
        // Primitive copies of the visible points: this runs on the JavaFX thread for up to 70k points.
        float[] x = new float[labels.length];
        float[] y = new float[labels.length];
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (!hidden.get(labels[i])) {
                x[count] = xs[i];
                y[count] = ys[i];
                count++;
            }
        }
        if (count == 0) {
            return none;
        }
        x = Arrays.copyOf(x, count);
        y = Arrays.copyOf(y, count);
        Arrays.sort(x);
        Arrays.sort(y);
        int lo = (int) (x.length * 0.005);
        int hi = Math.max(lo, (int) Math.ceil(x.length * 0.995) - 1);
        double mx = Math.max(1e-6, (x[hi] - x[lo]) * MARGIN);
        double my = Math.max(1e-6, (y[hi] - y[lo]) * MARGIN);
        return new double[] {x[lo] - mx, x[hi] + mx, y[lo] - my, y[hi] + my};
    }

    /**
     * The smallest box holding every recorded frame's {@link #robustBounds} on {@code plane}: a replay
     * keeps these axes for all its frames, so the codes are seen to move rather than the axes. Frames
     * of another code size than {@code latentSize} are left out; {@code none} when no frame counts.
     */
    static double[] replayBounds(java.util.List<LatentSnapshot> frames, int latentSize, LatentPlane plane, boolean standardised,
                                 BitSet hidden, double[] none) {
        double[] union = null;
        for (LatentSnapshot f : frames) {
            if (f.latentSize() != latentSize) {
                continue;
            }
            float[][] xy = project(f, plane, standardised);
            double[] b = robustBounds(xy[0], xy[1], f.labels(), hidden, null);
            if (b == null) {
                continue;
            }
            if (union == null) {
                union = b.clone();
            } else {
                union[0] = Math.min(union[0], b[0]);
                union[1] = Math.max(union[1], b[1]);
                union[2] = Math.min(union[2], b[2]);
                union[3] = Math.max(union[3], b[3]);
            }
        }
        return union == null ? none : union;
    }

    private static void standardise(float[] v) {
        double mean = 0;
        for (float f : v) {
            mean += f;
        }
        mean /= Math.max(1, v.length);
        double var = 0;
        for (float f : v) {
            var += (f - mean) * (f - mean);
        }
        double sd = Math.sqrt(var / Math.max(1, v.length));
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (sd > 0 ? (v[i] - mean) / sd : 0);
        }
    }
}
