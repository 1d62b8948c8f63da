package org.latentlab.ml.infer;

/** Paths between two latent codes: straight (linear) or along the great circle (spherical, for Gaussian codes). */
public final class Interpolation {
    private Interpolation() {}

    /** (1 − t)·a + t·b. */
    public static float[] linear(float[] a, float[] b, double t) {
        float[] z = new float[a.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) ((1 - t) * a[i] + t * b[i]);
        }
        return z;
    }

    /**
     * Spherical interpolation: keeps the norm typical of samples from a Gaussian prior, where the
     * straight line passes through the low-norm middle. Falls back to linear for (anti)parallel codes.
     */
    public static float[] spherical(float[] a, float[] b, double t) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        double cos = dot / Math.sqrt(Math.max(1e-24, na * nb));
        double omega = Math.acos(Math.max(-1, Math.min(1, cos)));
        double sin = Math.sin(omega);
        if (sin < 1e-6) {
            return linear(a, b, t);
        }
        if (t == 0) {
            return a.clone();
        }
        if (t == 1) {
            return b.clone();
        }
        double wa = Math.sin((1 - t) * omega) / sin;
        double wb = Math.sin(t * omega) / sin;
        float[] z = new float[a.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (wa * a[i] + wb * b[i]);
        }
        return z;
    }

    /** {@code steps} codes from a to b inclusive, row after row. */
    public static float[] path(float[] a, float[] b, int steps, boolean spherical) {
        float[] out = new float[steps * a.length];
        for (int s = 0; s < steps; s++) {
            double t = steps == 1 ? 0 : (double) s / (steps - 1);
            float[] z = spherical ? spherical(a, b, t) : linear(a, b, t);
            System.arraycopy(z, 0, out, s * a.length, a.length);
        }
        return out;
    }
}
