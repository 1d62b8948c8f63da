package org.latentlab.analysis.projection;

import java.util.Random;
import smile.manifold.TSNE;

/**
 * t-SNE of the codes by Smile's exact {@link TSNE}, run in slices of {@code reportEvery}
 * iterations ({@link TSNE#update}) so the layout is seen as it moves and the run can pause or
 * stop between slices. The starting layout is drawn here from the seed (or is the warm start);
 * supervision stretches the squared distances between points of different labels before Smile
 * calibrates its neighbour probabilities.
 */
public final class TsneProjection implements Projection {
    /** Exact t-SNE keeps three n×n tables of doubles: 600 MB at this many points. */
    public static final int MAX_POINTS = 5_000;
    /** How far apart supervision at weight 1 puts points of different labels (times the squared distance). */
    private static final double SUPERVISED_STRETCH = 10;
    private static final double START_SPREAD = 1e-4;

    private final TsneSettings settings;

    public TsneProjection(TsneSettings settings) {
        this.settings = settings;
    }

    public TsneSettings settings() {
        return settings;
    }

    @Override
    public float[][] layout(Codes codes, ProjectionRun run) {
        codes.requirePlane("t-SNE");
        int n = codes.n();
        if (n < 4) {
            throw new IllegalArgumentException("t-SNE needs at least 4 codes, got " + n + ".");
        }
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("t-SNE here is exact and takes at most " + MAX_POINTS + " codes, got " + n
                    + ": take a sample of them.");
        }
        double most = (n - 1) / 3.0;
        if (settings.perplexity() > most) {
            throw new IllegalArgumentException("A perplexity of " + format(settings.perplexity()) + " is above a third of "
                    + (n - 1) + " (the other points), so it must be at most " + format(most) + " for " + n + " codes.");
        }
        float[][] warm = run.warmStart();
        if (warm != null && warm.length != n) {
            throw new IllegalArgumentException("The warm-start layout has " + warm.length + " points for " + n + " codes.");
        }
        TSNE tsne = new TSNE(squaredDistances(codes), 2, settings.perplexity(), settings.learningRate(), 0);
        double[][] y = tsne.coordinates;
        Random random = new Random(settings.seed());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                y[i][j] = warm != null ? warm[i][j] : random.nextGaussian() * START_SPREAD;
            }
        }
        float[][] good = copy(y);
        int done = 0;
        while (done < settings.iterations() && run.proceed()) {
            int slice = Math.min(settings.reportEvery(), settings.iterations() - done);
            tsne.update(slice);
            done += slice;
            float[][] now = copy(y);
            if (!finite(now)) {
                throw new DivergedException("t-SNE diverged after " + done + " iterations (the layout left the finite numbers): "
                        + "lower the learning rate; the map keeps its last good layout.", good);
            }
            good = now;
            run.report(done, copy(y));
        }
        return good;
    }

    /** Squared Euclidean distances between codes, stretched between different labels by the supervise weight. */
    private double[][] squaredDistances(Codes codes) {
        int n = codes.n();
        int d = codes.d();
        float[] v = codes.values();
        int[] labels = codes.labels();
        double stretch = 1 + (SUPERVISED_STRETCH - 1) * settings.supervise();
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    double diff = (double) v[i * d + c] - v[j * d + c];
                    s += diff * diff;
                }
                if (stretch != 1 && labels[i] >= 0 && labels[j] >= 0 && labels[i] != labels[j]) {
                    s *= stretch;
                }
                dist[i][j] = s;
                dist[j][i] = s;
            }
        }
        return dist;
    }

    private static boolean finite(float[][] y) {
        for (float[] row : y) {
            for (float e : row) {
                if (!Float.isFinite(e)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static float[][] copy(double[][] y) {
        float[][] out = new float[y.length][2];
        for (int i = 0; i < y.length; i++) {
            out[i][0] = (float) y[i][0];
            out[i][1] = (float) y[i][1];
        }
        return out;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    @Override
    public boolean warmStarts() {
        return true;
    }

    @Override
    public String describe() {
        return "t-SNE (perplexity " + format(settings.perplexity()) + ")";
    }
}
