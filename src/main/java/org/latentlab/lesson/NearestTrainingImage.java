package org.latentlab.lesson;

import java.util.stream.IntStream;
import org.latentlab.data.Dataset;

/**
 * How far an image is from every image of a training set: the root-mean-square pixel difference to
 * the nearest one. A decoded image that looks like a digit lies near some training digit; one that
 * looks like no digit lies far from all of them.
 */
public final class NearestTrainingImage {
    private final float[] train;
    private final int dim;
    private final int n;

    public NearestTrainingImage(Dataset training) {
        this.train = training.values();
        this.dim = training.sampleSize();
        this.n = training.size();
    }

    /** The RMS distance of each of the {@code count} images (row after row) to its nearest training image. */
    public double[] distances(float[] images, int count) {
        return IntStream.range(0, count).parallel().mapToDouble(i -> nearest(images, i * dim)).toArray();
    }

    private double nearest(float[] images, int offset) {
        double best = Double.MAX_VALUE;
        for (int j = 0; j < n; j++) {
            double d = 0;
            int base = j * dim;
            for (int c = 0; c < dim && d < best; c++) {
                double diff = images[offset + c] - train[base + c];
                d += diff * diff;
            }
            if (d < best) {
                best = d;
            }
        }
        return Math.sqrt(best / dim);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
