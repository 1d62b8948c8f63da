package org.latentlab.lesson;

import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Interpolation;

/**
 * Lesson 3: pairs of validation digits of different classes interpolated along a straight line
 * through the shipped autoencoder's code and the shipped VAE's; the decoded middle frames' mean
 * distance to their nearest training image, for both. Frames that look like digits lie near one.
 */
public final class InterpolationFigure implements LessonFigure {
    /** Frames of each path, ends included. */
    public static final int STEPS = 9;
    /** The middle frames measured: every frame but the first two and the last two. */
    public static final int MIDDLE_FROM = 2;

    /** The mean RMS distance of the middle frames to their nearest training image, per model, over {@code pairs} pairs. */
    public record Result(int pairs, int framesPerPair, double autoencoder, double vae) {}

    @Override
    public String id() {
        return "interpolation";
    }

    @Override
    public boolean needsRun() {
        return false;
    }

    /** The first validation digit of class c and the first of class c + 5, for every class c below 5 (or as many as the data has). */
    public static int[][] pairs(Dataset validation) {
        int classes = Math.max(2, validation.classNames().size());
        int half = classes / 2;
        int[] first = new int[classes];
        java.util.Arrays.fill(first, -1);
        int[] labels = validation.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0 && labels[i] < classes && first[labels[i]] < 0) {
                first[labels[i]] = i;
            }
        }
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int c = 0; c < half; c++) {
            if (first[c] >= 0 && first[c + half] >= 0) {
                out.add(new int[] {first[c], first[c + half]});
            }
        }
        return out.toArray(int[][]::new);
    }

    public Result result(Dataset.Split split) {
        Dataset validation = split.validation();
        NearestTrainingImage nearest = new NearestTrainingImage(split.train());
        int[][] pairs = pairs(validation);
        try (ShippedPair models = ShippedPair.load()) {
            return new Result(pairs.length, STEPS - 2 * MIDDLE_FROM, middleDistance(models.autoencoder, validation, pairs, nearest),
                    middleDistance(models.vae, validation, pairs, nearest));
        }
    }

    private static double middleDistance(Autoencoder model, Dataset validation, int[][] pairs, NearestTrainingImage nearest) {
        int d = model.spec().codeSize();
        int frames = STEPS - 2 * MIDDLE_FROM;
        float[] codes = new float[pairs.length * frames * d];
        for (int p = 0; p < pairs.length; p++) {
            float[] a = model.encode(validation.sample(pairs[p][0]), 1);
            float[] b = model.encode(validation.sample(pairs[p][1]), 1);
            float[] path = Interpolation.path(a, b, STEPS, false);
            System.arraycopy(path, MIDDLE_FROM * d, codes, p * frames * d, frames * d);
        }
        int n = pairs.length * frames;
        return NearestTrainingImage.mean(nearest.distances(model.decode(codes, n), n));
    }

    @Override
    public Measured measure(RunEvidence evidence) {
        Result r = result(evidence.split());
        boolean shown = r.vae() < r.autoencoder();
        String figure = String.format("The middle %d frames of %d interpolations between digits of different classes lie on average %.4f "
                + "(RMS per pixel) from their nearest training image through the VAE's code and %.4f through the autoencoder's (%s).",
                r.framesPerPair(), r.pairs(), r.vae(), r.autoencoder(),
                shown ? String.format("the VAE's are %.0f%% as far", 100 * r.vae() / r.autoencoder())
                        : "the VAE's middle frames are not closer to real digits on these models");
        return new Measured(figure, shown);
    }
}
