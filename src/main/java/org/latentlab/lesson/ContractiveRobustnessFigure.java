package org.latentlab.lesson;

import ai.djl.Device;
import java.util.SplittableRandom;
import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.model.Knobs;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ml.train.TrainingService;

/**
 * Lesson 4, contractive means robust to small changes: how far the code moves, ‖f(x+δ)−f(x)‖, when
 * each validation image gets a small random perturbation, for the run's contractive model and for
 * its twin trained with λ = 0 (same network, data, seed and epochs), over a few sizes of δ. The move
 * is measured as a share of the typical distance between two images' codes, so a model whose whole
 * code is merely smaller does not pass as robust.
 */
public final class ContractiveRobustnessFigure implements LessonFigure {
    /** Perturbation sizes: the root mean square change per pixel. */
    public static final double[] DELTAS = {0.01, 0.03, 0.1, 0.3};
    /** Validation images perturbed. */
    static final int IMAGES = 500;

    /** Each model's code move as a share of its code spread, by δ in the order of {@link #DELTAS}. */
    public record Result(double[] contractive, double[] plain) {
        /** True when the contractive code moved less at every δ. */
        public boolean robustEverywhere() {
            for (int i = 0; i < contractive.length; i++) {
                if (contractive[i] >= plain[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public String id() {
        return "contractive-robustness";
    }

    @Override
    public boolean needsRun() {
        return true;
    }

    @Override
    public Measured measure(RunEvidence e) {
        if (!e.hasRun()) {
            return new Measured("Train the model to measure how far its code moves under small changes.", false);
        }
        if (e.spec().variant() != Variant.CONTRACTIVE) {
            return new Measured("This lesson compares a contractive model with its λ = 0 twin; choose the Contractive variant.", false);
        }
        Result r;
        try (Autoencoder model = Autoencoder.of(e.spec(), Device.cpu(), e.weights())) {
            r = result(e.split(), model, e.seed(), Math.max(1, e.metrics().epochs()));
        }
        StringBuilder moves = new StringBuilder();
        for (int i = 0; i < DELTAS.length; i++) {
            moves.append(i == 0 ? "" : "; ").append(String.format("δ %.2f: %.1f%% against %.1f%%", DELTAS[i], 100 * r.contractive()[i],
                    100 * r.plain()[i]));
        }
        boolean shown = r.robustEverywhere();
        String figure = String.format("How far the code moves when each image gets a random change of δ per pixel, as a share of the distance "
                        + "between two images' codes, for this model (λ = %s) and the same model trained with λ = 0: %s. %s",
                e.spec().get(Knobs.CONTRACTIVE_WEIGHT), moves, shown ? "The contractive code moved less at every δ."
                        : "The contractive code did not move less at every δ on this run: raise λ or train longer.");
        return new Measured(figure, shown);
    }

    /** Both models' code moves: {@code model} as trained, and a twin trained here with λ = 0 for {@code epochs} from {@code seed}. */
    public Result result(Dataset.Split split, Autoencoder model, long seed, int epochs) {
        ModelSpec twinSpec = model.spec().toBuilder().set(Knobs.CONTRACTIVE_WEIGHT, 0.0).build();
        TrainingResult twin = new TrainingService(new TrainingPlan(split, twinSpec, epochs, seed, "cpu", 0), null).run();
        try {
            Dataset validation = split.validation();
            int n = Math.min(IMAGES, validation.size());
            float[] x = java.util.Arrays.copyOf(validation.values(), n * validation.sampleSize());
            return new Result(moves(model, x, n), moves(twin.model(), x, n));
        } finally {
            twin.model().close();
        }
    }

    /** The mean code move for each δ (the same perturbations for every model), over the RMS distance between codes of neighbouring images. */
    static double[] moves(Autoencoder model, float[] x, int n) {
        int d = model.spec().codeSize();
        int size = x.length / n;
        float[] z = model.encode(x, n);
        double spread = 0;
        for (int i = 0; i < n; i++) {
            spread += squaredDistance(z, i, z, (i + 1) % n, d) / n;
        }
        spread = Math.sqrt(spread);
        double[] out = new double[DELTAS.length];
        for (int k = 0; k < DELTAS.length; k++) {
            SplittableRandom random = new SplittableRandom(11 + k);
            float[] moved = x.clone();
            double[] g = new double[size];
            for (int i = 0; i < n; i++) {
                double norm = 0;
                for (int p = 0; p < size; p++) {
                    g[p] = random.nextGaussian();
                    norm += g[p] * g[p];
                }
                double scale = DELTAS[k] * Math.sqrt(size) / Math.sqrt(norm);
                for (int p = 0; p < size; p++) {
                    moved[i * size + p] += (float) (g[p] * scale);
                }
            }
            float[] zd = model.encode(moved, n);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.sqrt(squaredDistance(zd, i, z, i, d));
            }
            out[k] = sum / n / spread;
        }
        return out;
    }

    private static double squaredDistance(float[] a, int i, float[] b, int j, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            double t = a[i * d + c] - b[j * d + c];
            s += t * t;
        }
        return s;
    }
}
