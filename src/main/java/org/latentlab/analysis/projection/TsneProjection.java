package org.latentlab.analysis.projection;

import java.util.Random;
import smile.manifold.TSNE;

/**
 * t-SNE of the codes, by {@link BarnesHutTsne} (the default: sparse neighbour probabilities and a
 * quadtree, n log n per iteration) or by Smile's exact {@link TSNE} (n² per iteration, kept to
 * compare against), run in slices of {@code reportEvery} iterations so the layout is seen as it
 * moves and the run can pause or stop between slices. The starting layout is drawn here from the
 * seed (or is the warm start); supervision stretches the squared distances between points of
 * different labels before the neighbour probabilities are calibrated.
 */
public final class TsneProjection implements Projection {
    /** How the gradient is computed. */
    public enum Method {
        /** Barnes–Hut: neighbours within 3 × perplexity, far points taken in quadtree cells (θ = 0.5). */
        BARNES_HUT,
        /** Smile's exact t-SNE: every pair each iteration. */
        EXACT
    }

    /** Exact t-SNE keeps three n×n tables of doubles: 600 MB at this many points. */
    public static final int MAX_POINTS = 5_000;
    /** Barnes–Hut finds each code's neighbours by brute force: seconds at this many points. */
    public static final int MAX_POINTS_BARNES_HUT = 20_000;
    /** How far apart supervision at weight 1 puts points of different labels (times the squared distance). */
    private static final double SUPERVISED_STRETCH = 10;
    private static final double START_SPREAD = 1e-4;

    private final TsneSettings settings;
    private final Method method;

    /** Barnes–Hut t-SNE. */
    public TsneProjection(TsneSettings settings) {
        this(settings, Method.BARNES_HUT);
    }

    public TsneProjection(TsneSettings settings, Method method) {
        this.settings = settings;
        this.method = method;
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
        int most0 = method == Method.EXACT ? MAX_POINTS : MAX_POINTS_BARNES_HUT;
        if (n > most0) {
            throw new IllegalArgumentException("t-SNE here takes at most " + most0 + " codes, got " + n
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
        Random random = new Random(settings.seed());
        double[] start = new double[2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                start[2 * i + j] = warm != null ? warm[i][j] : random.nextGaussian() * START_SPREAD;
            }
        }
        return method == Method.EXACT ? exact(codes, run, start) : barnesHut(codes, run, start, warm != null);
    }

    private float[][] barnesHut(Codes codes, ProjectionRun run, double[] start, boolean warm) {
        BarnesHutTsne tsne = new BarnesHutTsne(codes, stretch(), settings.perplexity(), settings.learningRate(), start, warm);
        float[][] good = copy(tsne.layout());
        int done = 0;
        while (done < settings.iterations() && run.proceed()) {
            int slice = Math.min(settings.reportEvery(), settings.iterations() - done);
            boolean finite = tsne.step(slice);
            done += slice;
            float[][] now = copy(tsne.layout());
            if (!finite || !finite(now)) {
                throw diverged(done, good);
            }
            good = now;
            run.report(done, copy(tsne.layout()));
        }
        return good;
    }

    private float[][] exact(Codes codes, ProjectionRun run, double[] start) {
        int n = codes.n();
        TSNE tsne = new TSNE(squaredDistances(codes), 2, settings.perplexity(), settings.learningRate(), 0);
        double[][] y = tsne.coordinates;
        for (int i = 0; i < n; i++) {
            y[i][0] = start[2 * i];
            y[i][1] = start[2 * i + 1];
        }
        float[][] good = copy(y);
        int done = 0;
        while (done < settings.iterations() && run.proceed()) {
            int slice = Math.min(settings.reportEvery(), settings.iterations() - done);
            tsne.update(slice);
            done += slice;
            float[][] now = copy(y);
            if (!finite(now)) {
                throw diverged(done, good);
            }
            good = now;
            run.report(done, copy(y));
        }
        return good;
    }

    private static DivergedException diverged(int done, float[][] good) {
        return new DivergedException("t-SNE diverged after " + done + " iterations (the layout left the finite numbers): "
                + "lower the learning rate; the map keeps its last good layout.", good);
    }

    /** How much supervision stretches the squared distance between codes of different labels. */
    private double stretch() {
        return 1 + (SUPERVISED_STRETCH - 1) * settings.supervise();
    }

    /** Squared Euclidean distances between codes, stretched between different labels by the supervise weight. */
    private double[][] squaredDistances(Codes codes) {
        int n = codes.n();
        int d = codes.d();
        float[] v = codes.values();
        int[] labels = codes.labels();
        double stretch = stretch();
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

    private static float[][] copy(double[] y) {
        float[][] out = new float[y.length / 2][2];
        for (int i = 0; i < out.length; i++) {
            out[i][0] = (float) y[2 * i];
            out[i][1] = (float) y[2 * i + 1];
        }
        return out;
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
        return "t-SNE (perplexity " + format(settings.perplexity()) + (method == Method.EXACT ? ", exact" : "") + ")";
    }
}
