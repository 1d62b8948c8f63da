package org.latentlab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Principal component analysis fitted on a training set: the mean, the principal directions (unit
 * vectors, by falling variance), their variances and explained-variance ratios; codes on the first
 * k components and reconstructions from them. Optional standardisation (each column scaled to unit
 * variance, as the course's StandardScaler step) and whitening (codes scaled to unit variance).
 *
 * <p>The covariance is accumulated in one pass over the rows into a {@code double[]} (skipping
 * zero values, which most image pixels are), never through a generic matrix product. The first k
 * components then come from a randomized subspace iteration on the d×d covariance (Commons Math QR
 * and a small {@link EigenDecomposition} of the (k+p)×(k+p) projection); the full decomposition is
 * kept for when most components are asked for. Rows are flat float arrays ({@code n × d}).
 */
public final class Pca {
    /** How the components are found. */
    public enum Route {
        /** Randomized for a few components, full otherwise. */
        AUTO,
        /** Commons Math's {@link EigenDecomposition} of the whole covariance. */
        FULL,
        /** Randomized subspace iteration for the first k components. */
        RANDOMIZED
    }

    /** What to fit: the number of components (0: all), standardisation, whitening, the route. */
    public record Options(int components, boolean standardise, boolean whiten, Route route, long seed) {
        /** All components, no scaling, the automatic route. */
        public static Options defaults() {
            return new Options(0, false, false, Route.AUTO, 7);
        }

        public Options withComponents(int k) {
            return new Options(k, standardise, whiten, route, seed);
        }

        public Options withRoute(Route r) {
            return new Options(components, standardise, whiten, r, seed);
        }

        public Options withStandardise(boolean s) {
            return new Options(components, s, whiten, route, seed);
        }

        public Options withWhiten(boolean w) {
            return new Options(components, standardise, w, route, seed);
        }
    }

    private static final int OVERSAMPLING = 10;
    private static final int POWER_ITERATIONS = 8;

    private final int dimension;
    private final int fitted;
    private final double[] mean;
    private final double[] scale;
    /** Components row-major: component i occupies {@code [i*d, (i+1)*d)}. */
    private final double[] components;
    private final double[] variances;
    private final double totalVariance;
    private final boolean whiten;
    private final List<String> warnings;

    private Pca(int dimension, int fitted, double[] mean, double[] scale, double[] components, double[] variances,
                double totalVariance, boolean whiten, List<String> warnings) {
        this.dimension = dimension;
        this.fitted = fitted;
        this.mean = mean;
        this.scale = scale;
        this.components = components;
        this.variances = variances;
        this.totalVariance = totalVariance;
        this.whiten = whiten;
        this.warnings = List.copyOf(warnings);
    }

    /** Fits every component with the full decomposition, no scaling. */
    public static Pca fit(float[] x, int n, int d) {
        return fit(x, n, d, Options.defaults());
    }

    /** Fits PCA on {@code n} rows of {@code d} values. */
    public static Pca fit(float[] x, int n, int d, Options options) {
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 rows, got " + n + ".");
        }
        if (d < 1 || x.length != (long) n * d) {
            throw new IllegalArgumentException("expected " + n + "×" + d + " values, got " + x.length);
        }
        int k = options.components() == 0 ? d : options.components();
        if (k < 1 || k > d) {
            throw new IllegalArgumentException("The number of components must be between 1 and the input size " + d + ", got " + k + ".");
        }
        List<String> warnings = new ArrayList<>();
        double[] mean = columnMeans(x, n, d);
        double[] cov = covariance(x, n, d, mean);
        double[] scale = new double[d];
        Arrays.fill(scale, 1);
        if (options.standardise()) {
            int constant = 0;
            for (int j = 0; j < d; j++) {
                // StandardScaler's population deviation; a constant column is centred but not scaled.
                double var = cov[j * d + j] * (n - 1) / n;
                if (var > 1e-24) {
                    scale[j] = 1 / Math.sqrt(var);
                } else {
                    constant++;
                }
            }
            if (constant > 0) {
                warnings.add(constant + " of " + d + " columns are constant (zero variance), so they cannot be standardised: "
                        + "they are centred and left unscaled.");
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a * d + b] *= scale[a] * scale[b];
                }
            }
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            total += cov[j * d + j];
        }
        Route route = options.route();
        if (route == Route.AUTO) {
            route = k + OVERSAMPLING <= d / 4 ? Route.RANDOMIZED : Route.FULL;
        }
        double[][] eig = route == Route.FULL ? fullEigen(cov, d, k) : randomizedEigen(cov, d, k, options.seed());
        if (options.whiten()) {
            for (int i = 0; i < k; i++) {
                if (eig[1][i] <= 1e-12) {
                    throw new IllegalArgumentException("Component " + (i + 1) + " has no variance, so it cannot be whitened: "
                            + "ask for fewer components or turn whitening off.");
                }
            }
        }
        return new Pca(d, k, mean, scale, eig[0], eig[1], total, options.whiten(), warnings);
    }

    private static double[] columnMeans(float[] x, int n, int d) {
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
        return mean;
    }

    /**
     * The sample covariance (XᵀX − n·μμᵀ)/(n − 1), as scikit-learn uses. XᵀX is accumulated row by
     * row into the upper triangle: the inner loop is contiguous (the JIT vectorises it) and zero
     * values are skipped.
     */
    static double[] covariance(float[] x, int n, int d, double[] mean) {
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
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = (s[a * d + b] - n * mean[a] * mean[b]) / (n - 1);
                s[a * d + b] = v;
                s[b * d + a] = v;
            }
        }
        return s;
    }

    /** All eigenpairs by Commons Math, the first k kept: {components (k×d), variances (k)}. */
    private static double[][] fullEigen(double[] cov, int d, int k) {
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(square(cov, d), false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double[] components = new double[k * d];
        double[] variances = new double[k];
        for (int i = 0; i < k; i++) {
            RealVector v = eig.getEigenvector(order[i]);
            variances[i] = Math.max(0, values[order[i]]);
            double[] c = v.toArray();
            normaliseSign(c);
            System.arraycopy(c, 0, components, i * d, d);
        }
        return new double[][] {components, variances};
    }

    /**
     * The first k eigenpairs by randomized subspace iteration: Q spans C^q·Ω for a Gaussian Ω with
     * k + 10 columns, re-orthonormalised (thin QR) after every product; the eigenpairs of QᵀCQ, lifted
     * by Q, approximate C's leading ones.
     */
    private static double[][] randomizedEigen(double[] cov, int d, int k, long seed) {
        int l = Math.min(d, k + OVERSAMPLING);
        RealMatrix c = new Array2DRowRealMatrix(square(cov, d), false);
        Random r = new Random(seed);
        double[][] omega = new double[d][l];
        for (double[] rowOmega : omega) {
            for (int j = 0; j < l; j++) {
                rowOmega[j] = r.nextGaussian();
            }
        }
        RealMatrix q = orthonormal(c.multiply(new Array2DRowRealMatrix(omega, false)), l);
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            q = orthonormal(c.multiply(q), l);
        }
        RealMatrix b = q.transpose().multiply(c).multiply(q);
        RealMatrix sym = b.add(b.transpose()).scalarMultiply(0.5);
        EigenDecomposition eig = new EigenDecomposition(sym);
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[l];
        for (int i = 0; i < l; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, s) -> Double.compare(values[s], values[p]));
        double[] components = new double[k * d];
        double[] variances = new double[k];
        for (int i = 0; i < k; i++) {
            double[] v = q.operate(eig.getEigenvector(order[i])).toArray();
            double norm = 0;
            for (double e : v) {
                norm += e * e;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                v[j] /= norm;
            }
            normaliseSign(v);
            System.arraycopy(v, 0, components, i * d, d);
            variances[i] = Math.max(0, values[order[i]]);
        }
        return new double[][] {components, variances};
    }

    /**
     * An orthonormal basis of the first {@code columns} columns of a tall matrix: the thin Q of its QR
     * decomposition, by Gram–Schmidt applied twice (stable to machine precision for a few columns).
     * Commons Math's {@code QRDecomposition} would build the full d×d Q on every call, for a few columns.
     */
    private static RealMatrix orthonormal(RealMatrix m, int columns) {
        int d = m.getRowDimension();
        double[][] q = new double[columns][];
        for (int j = 0; j < columns; j++) {
            double[] v = m.getColumn(j);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < j; i++) {
                    double dot = 0;
                    for (int r = 0; r < d; r++) {
                        dot += q[i][r] * v[r];
                    }
                    for (int r = 0; r < d; r++) {
                        v[r] -= dot * q[i][r];
                    }
                }
            }
            double norm = 0;
            for (double e : v) {
                norm += e * e;
            }
            norm = Math.sqrt(norm);
            for (int r = 0; r < d; r++) {
                v[r] = norm > 0 ? v[r] / norm : 0;
            }
            q[j] = v;
        }
        double[][] rows = new double[d][columns];
        for (int j = 0; j < columns; j++) {
            for (int r = 0; r < d; r++) {
                rows[r][j] = q[j][r];
            }
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    private static double[][] square(double[] flat, int d) {
        double[][] m = new double[d][d];
        for (int a = 0; a < d; a++) {
            System.arraycopy(flat, a * d, m[a], 0, d);
        }
        return m;
    }

    /** A fixed sign (largest entry positive) makes components comparable between fits and routes. */
    private static void normaliseSign(double[] v) {
        int argmax = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[argmax])) {
                argmax = j;
            }
        }
        if (v[argmax] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
    }

    /** Input size d. */
    public int dimension() {
        return dimension;
    }

    /** Number of components fitted. */
    public int fittedComponents() {
        return fitted;
    }

    /** Notes on the fit a person should know about (constant columns under standardisation). */
    public List<String> warnings() {
        return warnings;
    }

    /** The training mean, one value per input dimension (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** Component i as a unit vector of length d (a copy). */
    public double[] component(int i) {
        checkK(i + 1);
        double[] c = new double[dimension];
        System.arraycopy(components, i * dimension, c, 0, dimension);
        return c;
    }

    /** Variance along each fitted component, largest first. */
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

    /** Codes of {@code n} rows on the first k components ({@code n × k}), in double precision. */
    public double[] codes(float[] x, int n, int k) {
        checkK(k);
        int d = dimension;
        double[] out = new double[n * k];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = (x[i * d + j] - mean[j]) * scale[j];
            }
            for (int c = 0; c < k; c++) {
                double s = 0;
                int base = c * d;
                for (int j = 0; j < d; j++) {
                    s += centred[j] * components[base + j];
                }
                out[i * k + c] = whiten ? s / Math.sqrt(variances[c]) : s;
            }
        }
        return out;
    }

    /** Codes of {@code n} rows on the first k components ({@code n × k}). */
    public float[] transform(float[] x, int n, int k) {
        double[] c = codes(x, n, k);
        float[] out = new float[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = (float) c[i];
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
            Arrays.fill(row, 0);
            for (int c = 0; c < k; c++) {
                double z = codes[i * k + c] * (whiten ? Math.sqrt(variances[c]) : 1);
                int base = c * d;
                for (int j = 0; j < d; j++) {
                    row[j] += z * components[base + j];
                }
            }
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) (row[j] / scale[j] + mean[j]);
            }
        }
        return out;
    }

    /** Rows rebuilt from the first k components ({@code n × d}). */
    public float[] reconstruct(float[] x, int n, int k) {
        return inverseTransform(transform(x, n, k), n, k);
    }

    /** Mean squared error per value of reconstructing {@code n} rows from k components. */
    public double reconstructionError(float[] x, int n, int k) {
        float[] r = reconstruct(x, n, k);
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            double e = r[i] - x[i];
            s += e * e;
        }
        return s / r.length;
    }

    /** Reconstruction error for every k from 1 to {@code maxK}: one pass of codes, k updated incrementally. */
    public double[] reconstructionErrorByK(float[] x, int n, int maxK) {
        checkK(maxK);
        int d = dimension;
        double[] errors = new double[maxK];
        double[] c = codes(x, n, maxK);
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            Arrays.fill(row, 0);
            for (int k = 0; k < maxK; k++) {
                double z = c[i * maxK + k] * (whiten ? Math.sqrt(variances[k]) : 1);
                int base = k * d;
                double s = 0;
                for (int j = 0; j < d; j++) {
                    row[j] += z * components[base + j];
                    double e = row[j] / scale[j] + mean[j] - x[i * d + j];
                    s += e * e;
                }
                errors[k] += s;
            }
        }
        for (int k = 0; k < maxK; k++) {
            errors[k] /= (double) n * d;
        }
        return errors;
    }

    private void checkK(int k) {
        if (k < 1 || k > fitted) {
            throw new IllegalArgumentException("The number of components must be between 1 and " + fitted + ", got " + k + ".");
        }
    }
}
