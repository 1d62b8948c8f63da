package org.latentlab.lesson;

import java.util.Arrays;
import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Autoencoder;

/**
 * Lesson 10: a grid decoded over the region of each shipped model's latent plane that its
 * validation codes occupy (the 1st to 99th percentile of each axis), and the tiles that look like
 * no digit counted for both. A tile looks like no digit when its nearest training image is farther
 * than the 95th percentile of the same distance for the two models' own reconstructions of
 * validation digits: what the models decode from a real digit's code sets the bar.
 */
public final class LatentHolesFigure implements LessonFigure {
    /** Tiles per side of the grid. */
    public static final int GRID = 15;
    /** Validation digits per model whose reconstructions set the threshold. */
    public static final int REFERENCE = 200;
    public static final double PERCENTILE = 0.95;

    public record Result(int tiles, double threshold, int autoencoderHoles, int vaeHoles) {}

    @Override
    public String id() {
        return "latent-holes";
    }

    @Override
    public boolean needsRun() {
        return false;
    }

    public Result result(Dataset.Split split) {
        Dataset validation = split.validation();
        NearestTrainingImage nearest = new NearestTrainingImage(split.train());
        int reference = Math.min(REFERENCE, validation.size());
        float[] digits = Arrays.copyOf(validation.values(), reference * validation.sampleSize());
        try (ShippedPair models = ShippedPair.load()) {
            double[] ae = nearest.distances(models.autoencoder.reconstruct(digits, reference), reference);
            double[] vae = nearest.distances(models.vae.reconstruct(digits, reference), reference);
            double[] pooled = new double[ae.length + vae.length];
            System.arraycopy(ae, 0, pooled, 0, ae.length);
            System.arraycopy(vae, 0, pooled, ae.length, vae.length);
            double threshold = percentile(pooled, PERCENTILE);
            return new Result(GRID * GRID, threshold, holes(models.autoencoder, validation, nearest, threshold),
                    holes(models.vae, validation, nearest, threshold));
        }
    }

    /** The codes of a GRID × GRID lattice over the 1st–99th percentile box of the model's validation codes. */
    static float[] grid(float[] codes, int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = codes[2 * i];
            ys[i] = codes[2 * i + 1];
        }
        double x0 = percentile(xs, 0.01);
        double x1 = percentile(xs, 0.99);
        double y0 = percentile(ys, 0.01);
        double y1 = percentile(ys, 0.99);
        float[] out = new float[GRID * GRID * 2];
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                int k = r * GRID + c;
                out[2 * k] = (float) (x0 + (x1 - x0) * c / (GRID - 1));
                out[2 * k + 1] = (float) (y0 + (y1 - y0) * r / (GRID - 1));
            }
        }
        return out;
    }

    private static int holes(Autoencoder model, Dataset validation, NearestTrainingImage nearest, double threshold) {
        if (model.spec().codeSize() != 2) {
            throw new IllegalStateException("This lesson needs models with a 2D code.");
        }
        float[] codes = model.encode(validation.values(), validation.size());
        int tiles = GRID * GRID;
        double[] d = nearest.distances(model.decode(grid(codes, validation.size()), tiles), tiles);
        return (int) Arrays.stream(d).filter(x -> x > threshold).count();
    }

    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }

    @Override
    public Measured measure(RunEvidence evidence) {
        Result r = result(evidence.split());
        boolean shown = r.vaeHoles() < r.autoencoderHoles();
        String figure = String.format("Of %d tiles decoded over the region each model's codes occupy, %d look like no digit for the "
                + "autoencoder and %d for the VAE (a tile looks like no digit when it lies more than %.4f, RMS per pixel, from every "
                + "training image: farther than 95%% of the two models' reconstructions of real digits)%s", r.tiles(), r.autoencoderHoles(),
                r.vaeHoles(), r.threshold(), shown ? "." : "; the VAE's plane is not fuller than the autoencoder's on these models.");
        return new Measured(figure, shown);
    }
}
