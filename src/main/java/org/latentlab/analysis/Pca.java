package org.latentlab.analysis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Principal component analysis fitted on a training set: the mean, the principal directions
 * (unit vectors, by falling variance), their variances and explained-variance ratios; transform to
 * the first k components and reconstruct from them. Rows are flat float arrays ({@code n × d}).
 */
public final class Pca {
    private final int dimension;
    private final double[] mean;
    /** Components row-major: component i occupies {@code [i*d, (i+1)*d)}. */
    private final double[] components;
    private final double[] variances;
    private final double totalVariance;

    private Pca(int dimension, double[] mean, double[] components, double[] variances, double totalVariance) {
        this.dimension = dimension;
        this.mean = mean;
        this.components = components;
        this.variances = variances;
        this.totalVariance = totalVariance;
    }

    /**
     * Fits PCA on {@code n} rows of {@code d} values: the covariance is accumulated in one pass
     * over the rows (skipping zero values, which most image pixels are) and decomposed with Commons
     * Math's {@link EigenDecomposition}.
     */
    public static Pca fit(float[] x, int n, int d) {
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 rows, got " + n + ".");
        }
        if (x.length != (long) n * d) {
            throw new IllegalArgumentException("expected " + n + "×" + d + " values, got " + x.length);
        }
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            int off = i * d;
            for (int j = 0; j < d; j++) {
                mean[j] += x[off + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] cov = scatterMatrix(x, n, d);
        // cov = (XᵀX − n·μμᵀ) / (n − 1), the sample covariance (as scikit-learn uses).
        double[][] c = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = (cov[a * d + b] - n * mean[a] * mean[b]) / (n - 1);
                c[a][b] = v;
                c[b][a] = v;
            }
        }
        double total = 0;
        for (int a = 0; a < d; a++) {
            total += c[a][a];
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(c, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double[] components = new double[d * d];
        double[] variances = new double[d];
        for (int i = 0; i < d; i++) {
            RealVector v = eig.getEigenvector(order[i]);
            variances[i] = Math.max(0, values[order[i]]);
            double norm = v.getNorm();
            // A fixed sign (largest entry positive) makes components comparable between fits.
            int argmax = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(v.getEntry(j)) > Math.abs(v.getEntry(argmax))) {
                    argmax = j;
                }
            }
            double sign = v.getEntry(argmax) < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) {
                components[i * d + j] = sign * v.getEntry(j) / norm;
            }
        }
        return new Pca(d, mean, components, variances, total);
    }

    /** XᵀX, upper triangle, row by row: the inner loop is contiguous (the JIT vectorises it). */
    private static double[] scatterMatrix(float[] x, int n, int d) {
        double[] s = new double[d * d];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            int off = i * d;
            for (int j = 0; j < d; j++) {
                row[j] = x[off + j];
            }
            for (int a = 0; a < d; a++) {
                double va = row[a];
                if (va == 0) {
                    continue;
                }
                int base = a * d;
                for (int b = a; b < d; b++) {
                    s[base + b] += va * row[b];
                }
            }
        }
        return s;
    }

    /** Input size d. */
    public int dimension() {
        return dimension;
    }

    /** The training mean, one value per input dimension (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** Component i as a unit vector of length d (a copy). */
    public double[] component(int i) {
        double[] c = new double[dimension];
        System.arraycopy(components, i * dimension, c, 0, dimension);
        return c;
    }

    /** Variance along each component, largest first. */
    public double[] variances() {
        return variances.clone();
    }

    /** Share of the total variance each of the first k components explains. */
    public double[] explainedVarianceRatio(int k) {
        checkK(k);
        double[] r = new double[k];
        for (int i = 0; i < k; i++) {
            r[i] = totalVariance == 0 ? 0 : variances[i] / totalVariance;
        }
        return r;
    }

    /** Codes of {@code n} rows on the first k components ({@code n × k}). */
    public float[] transform(float[] x, int n, int k) {
        checkK(k);
        int d = dimension;
        float[] out = new float[n * k];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = x[i * d + j] - mean[j];
            }
            for (int c = 0; c < k; c++) {
                double s = 0;
                int base = c * d;
                for (int j = 0; j < d; j++) {
                    s += centred[j] * components[base + j];
                }
                out[i * k + c] = (float) s;
            }
        }
        return out;
    }

    /** Rows rebuilt from their codes on the first k components ({@code n × d}). */
    public float[] inverseTransform(float[] codes, int n, int k) {
        checkK(k);
        int d = dimension;
        float[] out = new float[n * d];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(mean, 0, row, 0, d);
            for (int c = 0; c < k; c++) {
                double z = codes[i * k + c];
                int base = c * d;
                for (int j = 0; j < d; j++) {
                    row[j] += z * components[base + j];
                }
            }
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) row[j];
            }
        }
        return out;
    }

    /** Mean squared error per value of reconstructing {@code n} rows from k components. */
    public double reconstructionError(float[] x, int n, int k) {
        float[] r = inverseTransform(transform(x, n, k), n, k);
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            double e = r[i] - x[i];
            s += e * e;
        }
        return s / r.length;
    }

    private void checkK(int k) {
        if (k < 1 || k > dimension) {
            throw new IllegalArgumentException("The number of components must be between 1 and " + dimension + ", got " + k + ".");
        }
    }

}
