package org.latentlab.lesson;

import ai.djl.Device;
import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;

/**
 * Lesson 8, first-layer features: a trained dense encoder's first-layer weights, drawn as pictures in
 * the Filters view, are strokes and blobs rather than noise. Measured as their smoothness: the
 * correlation of each unit's weight at a pixel with its weight at the next pixel to the right and
 * below, over the pixels where the training images vary (the always-blank border gets no gradient
 * and keeps its random start), averaged over the units — and the same for the layer's random start.
 */
public final class FirstLayerFeaturesFigure implements LessonFigure {
    /** Smoothness above which the filters read as strokes rather than noise (a random start's is 0.00 to within 0.01). */
    public static final double SHOWN_ABOVE = 0.5;
    /** A pixel counts as varying when its standard deviation over the training images exceeds this. */
    static final double VARYING = 0.05;

    /** The smoothness of what the run changed in the layer, of the trained layer itself, and of its random start. */
    public record Result(int units, double learned, double trained, double random) {}

    @Override
    public String id() {
        return "first-layer-features";
    }

    @Override
    public boolean needsRun() {
        return true;
    }

    @Override
    public Measured measure(RunEvidence e) {
        if (!e.hasRun()) {
            return new Measured("Train the model to measure its first layer's features.", false);
        }
        long[] shape = e.weights().firstLayerIndex() < 0 ? null : e.weights().shapes()[e.weights().firstLayerIndex()];
        Dataset train = e.split().train();
        if (shape == null || shape.length != 2 || train.isTable() || train.channels() != 1 || shape[1] != train.sampleSize()) {
            return new Measured("This lesson reads a dense encoder's first layer on grey pictures; this model or data has none.", false);
        }
        Result r = result(train, e.spec(), e.weights(), e.seed());
        boolean shown = r.trained() > SHOWN_ABOVE;
        String figure = String.format("The first layer's %d filters have a neighbouring-pixel weight correlation of %.2f, against %.2f at their "
                        + "random start (the change the run made to them: %.2f)%s.", r.units(), r.trained(), r.random(), r.learned(),
                shown ? ": smooth strokes and blobs have grown out of the noise" : ": they are still mostly noise; train more epochs");
        return new Measured(figure, shown);
    }

    /**
     * The smoothness of {@code weights}' first layer, of the change from its start (the run's weights as
     * {@code spec} initialises them from {@code seed}) and of that start.
     */
    public Result result(Dataset train, ModelSpec spec, Weights weights, long seed) {
        boolean[] varying = varying(train);
        int index = weights.firstLayerIndex();
        int units = (int) weights.shapes()[index][0];
        int h = train.height();
        int w = train.width();
        float[] start;
        try (Autoencoder fresh = Autoencoder.create(spec, Device.cpu(), seed)) {
            start = fresh.weights().values();
        }
        float[] change = new float[units * h * w];
        int offset = weights.offset(index);
        for (int i = 0; i < change.length; i++) {
            change[i] = weights.values()[offset + i] - start[offset + i];
        }
        return new Result(units, smoothness(change, 0, units, h, w, varying), smoothness(weights.values(), offset, units, h, w, varying),
                smoothness(start, offset, units, h, w, varying));
    }

    /** The mean over units of the correlation between horizontally and vertically neighbouring weights among varying pixels. */
    static double smoothness(float[] values, int offset, int units, int height, int width, boolean[] varying) {
        int size = height * width;
        double sum = 0;
        int counted = 0;
        for (int u = 0; u < units; u++) {
            int base = offset + u * size;
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            int n = 0;
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    int p = r * width + c;
                    if (!varying[p]) {
                        continue;
                    }
                    for (int q : new int[] {c + 1 < width ? p + 1 : -1, r + 1 < height ? p + width : -1}) {
                        if (q < 0 || !varying[q]) {
                            continue;
                        }
                        double a = values[base + p];
                        double b = values[base + q];
                        sa += a;
                        sb += b;
                        saa += a * a;
                        sbb += b * b;
                        sab += a * b;
                        n++;
                    }
                }
            }
            double cov = sab / n - (sa / n) * (sb / n);
            double va = saa / n - (sa / n) * (sa / n);
            double vb = sbb / n - (sb / n) * (sb / n);
            if (n > 1 && va > 0 && vb > 0) {
                sum += cov / Math.sqrt(va * vb);
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /** The pixels whose value varies over the training images. */
    static boolean[] varying(Dataset train) {
        int d = train.sampleSize();
        int n = train.size();
        double[] mean = new double[d];
        double[] square = new double[d];
        float[] x = train.values();
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < d; p++) {
                double v = x[i * d + p];
                mean[p] += v;
                square[p] += v * v;
            }
        }
        boolean[] out = new boolean[d];
        for (int p = 0; p < d; p++) {
            double m = mean[p] / n;
            out[p] = Math.sqrt(Math.max(0, square[p] / n - m * m)) > VARYING;
        }
        return out;
    }
}
