package org.latentlab.ml.inspect;

/**
 * How a set of values is distributed: {@code counts.length} equal bins from {@code min} to
 * {@code max}, as TensorBoard's histogram dashboard draws one step of a tensor.
 */
public record Histogram(double min, double max, int[] counts, int total) {
    /** The histogram of {@code values} in {@code bins} bins spanning their range (finite values only). */
    public static Histogram of(float[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        int[] counts = new int[bins];
        if (lo > hi) {
            return new Histogram(0, 0, counts, 0);
        }
        if (hi - lo < 1e-12) {
            hi = lo + 1e-6;
        }
        double width = (hi - lo) / bins;
        int total = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
                total++;
            }
        }
        return new Histogram(lo, hi, counts, total);
    }

    /** The largest bin's count. */
    public int peak() {
        int p = 0;
        for (int c : counts) {
            p = Math.max(p, c);
        }
        return p;
    }
}
