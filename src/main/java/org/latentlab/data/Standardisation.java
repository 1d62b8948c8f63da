package org.latentlab.data;

/**
 * A table's z-score: each feature's mean and standard deviation (population), so a model learns
 * on standardised values and its outputs go back into the table's own units. A constant feature
 * keeps a deviation of 1 (it is centred, not scaled).
 */
public record Standardisation(double[] means, double[] deviations) {
    public Standardisation {
        if (means.length != deviations.length || means.length == 0) {
            throw new IllegalArgumentException("a mean and a deviation for each of at least one feature");
        }
        means = means.clone();
        deviations = deviations.clone();
    }

    /** The means and deviations of the {@code n} rows of {@code d} values in {@code rows}. */
    public static Standardisation fit(double[] rows, int n, int d) {
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += rows[i * d + j] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = rows[i * d + j] - mean[j];
                sd[j] += e * e / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]);
            if (!(sd[j] > 1e-12)) {
                sd[j] = 1;
            }
        }
        return new Standardisation(mean, sd);
    }

    /** Features per row. */
    public int features() {
        return means.length;
    }

    /** Rows in the table's units as z-scores. */
    public float[] standardise(double[] rows) {
        float[] z = new float[rows.length];
        int d = features();
        for (int i = 0; i < rows.length; i++) {
            z[i] = (float) ((rows[i] - means[i % d]) / deviations[i % d]);
        }
        return z;
    }

    /** Rows of z-scores (a model's inputs or outputs) back in the table's units. */
    public double[] toUnits(float[] z) {
        double[] out = new double[z.length];
        int d = features();
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i] * deviations[i % d] + means[i % d];
        }
        return out;
    }
}
