package org.latentlab.analysis;

/** How close one image is to another: mean squared error and PSNR (values in [0,1], so the peak is 1). */
public final class ImageQuality {
    private ImageQuality() {}

    /** Mean squared difference per value. */
    public static double mse(float[] reference, float[] test) {
        if (reference.length != test.length || reference.length == 0) {
            throw new IllegalArgumentException("images must have the same, non-zero size");
        }
        double sum = 0;
        for (int i = 0; i < reference.length; i++) {
            double d = reference[i] - test[i];
            sum += d * d;
        }
        return sum / reference.length;
    }

    /** The mean squared error of each of {@code n} images (rows of {@code reference} and {@code test}). */
    public static double[] msePerImage(float[] reference, float[] test, int n) {
        if (reference.length != test.length || n < 1 || reference.length % n != 0) {
            throw new IllegalArgumentException("images must have the same size, n rows each");
        }
        int d = reference.length / n;
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double e = test[i * d + j] - reference[i * d + j];
                sum += e * e;
            }
            errors[i] = sum / d;
        }
        return errors;
    }

    /** Peak signal-to-noise ratio in dB, 10·log10(1 / MSE); infinite for identical images. */
    public static double psnr(float[] reference, float[] test) {
        double mse = mse(reference, test);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(1 / mse);
    }
}
