package org.latentlab.analysis;

/**
 * The accuracy of a linear classifier (multinomial logistic regression) trained on frozen codes:
 * how much of the label a linear read-out can recover, the "unsupervised pretraining" use of an
 * autoencoder. Plain Java (no DJL): codes are standardised, then full-batch gradient descent with
 * Adam and a small L2 penalty runs for a fixed number of iterations, so the result is repeatable.
 */
public final class LinearProbe {
    private static final int ITERATIONS = 300;
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 1e-4;

    private LinearProbe() {}

    /** Validation accuracy of the classifier trained on the training codes. */
    public static double accuracy(float[] trainCodes, int[] trainLabels, float[] valCodes, int[] valLabels, int dim) {
        int classes = 0;
        for (int l : trainLabels) {
            classes = Math.max(classes, l + 1);
        }
        int n = trainLabels.length;
        double[] mean = new double[dim];
        double[] scale = new double[dim];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < dim; c++) {
                mean[c] += trainCodes[i * dim + c];
            }
        }
        for (int c = 0; c < dim; c++) {
            mean[c] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < dim; c++) {
                double d = trainCodes[i * dim + c] - mean[c];
                scale[c] += d * d;
            }
        }
        for (int c = 0; c < dim; c++) {
            double sd = Math.sqrt(scale[c] / n);
            scale[c] = sd > 1e-12 ? 1 / sd : 0;
        }
        double[] x = standardise(trainCodes, n, dim, mean, scale);
        int width = dim + 1;
        double[] w = new double[classes * width];
        double[] m1 = new double[w.length];
        double[] m2 = new double[w.length];
        double[] grad = new double[w.length];
        double[] p = new double[classes];
        for (int it = 1; it <= ITERATIONS; it++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                softmax(w, x, i * dim, dim, classes, p);
                p[trainLabels[i]] -= 1;
                for (int k = 0; k < classes; k++) {
                    int base = k * width;
                    double g = p[k];
                    for (int c = 0; c < dim; c++) {
                        grad[base + c] += g * x[i * dim + c];
                    }
                    grad[base + dim] += g;
                }
            }
            for (int j = 0; j < w.length; j++) {
                double g = grad[j] / n + L2 * w[j];
                m1[j] = 0.9 * m1[j] + 0.1 * g;
                m2[j] = 0.999 * m2[j] + 0.001 * g * g;
                double mh = m1[j] / (1 - Math.pow(0.9, it));
                double vh = m2[j] / (1 - Math.pow(0.999, it));
                w[j] -= LEARNING_RATE * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        double[] xv = standardise(valCodes, valLabels.length, dim, mean, scale);
        int correct = 0;
        for (int i = 0; i < valLabels.length; i++) {
            softmax(w, xv, i * dim, dim, classes, p);
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            if (best == valLabels[i]) {
                correct++;
            }
        }
        return (double) correct / valLabels.length;
    }

    private static double[] standardise(float[] codes, int n, int dim, double[] mean, double[] scale) {
        double[] x = new double[n * dim];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < dim; c++) {
                x[i * dim + c] = (codes[i * dim + c] - mean[c]) * scale[c];
            }
        }
        return x;
    }

    private static void softmax(double[] w, double[] x, int off, int dim, int classes, double[] p) {
        int width = dim + 1;
        double max = -Double.MAX_VALUE;
        for (int k = 0; k < classes; k++) {
            double z = w[k * width + dim];
            for (int c = 0; c < dim; c++) {
                z += w[k * width + c] * x[off + c];
            }
            p[k] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < classes; k++) {
            p[k] /= sum;
        }
    }
}
