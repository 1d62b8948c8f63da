package org.latentlab.lesson;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import org.latentlab.analysis.LinearProbe;
import org.latentlab.analysis.Pca;
import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Autoencoder;

/**
 * Lesson 5, codes as features (the course's unsupervised pretraining): a linear classifier trained
 * on a few labelled training images — 1, 10 and 100 of each class — and scored on the validation
 * images, fed the run's frozen codes, PCA's as many components (fitted on every training image,
 * without labels) and the raw pixels. Each score is the mean over {@link #DRAWS} disjoint draws of
 * the labelled images, so the fewest-label figure is not one lucky pick.
 */
public final class CodesAsFeaturesFigure implements LessonFigure {
    /** Labelled training images per class. */
    public static final int[] PER_CLASS = {1, 10, 100};
    /** Disjoint draws of labelled images each accuracy is averaged over. */
    public static final int DRAWS = 3;

    /** Validation accuracy by labels per class (in the order of {@link #PER_CLASS}) for each kind of feature. */
    public record Result(int codeSize, int[] labels, double[] autoencoder, double[] pca, double[] pixels) {}

    @Override
    public String id() {
        return "codes-as-features";
    }

    @Override
    public boolean needsRun() {
        return true;
    }

    @Override
    public Measured measure(RunEvidence e) {
        if (!e.hasRun()) {
            return new Measured("Train the model to measure its codes as features.", false);
        }
        if (e.split().train().isTable()) {
            return new Measured("This lesson classifies pictures by their codes; open a set of labelled pictures.", false);
        }
        Result r;
        try (Autoencoder model = Autoencoder.of(e.spec(), Device.cpu(), e.weights())) {
            r = result(e.split(), model);
        }
        int fewest = 0;
        boolean shown = r.autoencoder()[fewest] > r.pixels()[fewest];
        String figure = String.format("A linear classifier on the validation images, trained with %s labels: the autoencoder's %d-number codes %s, "
                        + "PCA's %d components %s, the raw pixels %s. %s",
                joined(r.labels()), r.codeSize(), percents(r.autoencoder()), r.codeSize(), percents(r.pca()), percents(r.pixels()),
                shown ? String.format("With %d labels the codes beat the pixels by %.0f points.", r.labels()[fewest],
                        100 * (r.autoencoder()[fewest] - r.pixels()[fewest]))
                        : String.format("With %d labels the codes did not beat the pixels on this run: train longer, or give the code more room.",
                        r.labels()[fewest]));
        return new Measured(figure, shown);
    }

    /** The three kinds of feature scored on {@code split} with {@code model}'s codes. */
    public Result result(Dataset.Split split, Autoencoder model) {
        Dataset train = split.train();
        Dataset validation = split.validation();
        int k = model.spec().codeSize();
        int classes = train.classNames().size();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < train.size(); i++) {
            byClass.get(train.labels()[i]).add(i);
        }
        int fewestInClass = byClass.stream().mapToInt(List::size).min().orElse(0);
        float[] validationCodes = model.encode(validation.values(), validation.size());
        Pca pca = Pca.fit(train.values(), train.size(), train.sampleSize(), Pca.Options.defaults().withComponents(k));
        float[] validationPca = pca.transform(validation.values(), validation.size(), k);
        int[] labels = new int[PER_CLASS.length];
        double[] ae = new double[PER_CLASS.length];
        double[] pc = new double[PER_CLASS.length];
        double[] px = new double[PER_CLASS.length];
        for (int p = 0; p < PER_CLASS.length; p++) {
            int perClass = PER_CLASS[p];
            int draws = Math.min(DRAWS, fewestInClass / perClass);
            if (draws == 0) {
                throw new IllegalArgumentException("This lesson needs " + perClass + " training images of every class, and one class has only "
                        + fewestInClass + ".");
            }
            labels[p] = perClass * classes;
            for (int d = 0; d < draws; d++) {
                int[] chosen = new int[perClass * classes];
                int at = 0;
                for (List<Integer> members : byClass) {
                    for (int j = 0; j < perClass; j++) {
                        chosen[at++] = members.get(d * perClass + j);
                    }
                }
                Dataset labelled = train.subset("labelled", chosen);
                float[] codes = model.encode(labelled.values(), labelled.size());
                float[] components = pca.transform(labelled.values(), labelled.size(), k);
                ae[p] += LinearProbe.accuracy(codes, labelled.labels(), validationCodes, validation.labels(), k) / draws;
                pc[p] += LinearProbe.accuracy(components, labelled.labels(), validationPca, validation.labels(), k) / draws;
                px[p] += LinearProbe.accuracy(labelled.values(), labelled.labels(), validation.values(), validation.labels(),
                        train.sampleSize()) / draws;
            }
        }
        return new Result(k, labels, ae, pc, px);
    }

    private static String joined(int[] labels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            b.append(i == 0 ? "" : i == labels.length - 1 ? " and " : ", ").append(String.format("%,d", labels[i]));
        }
        return b.toString();
    }

    private static String percents(double[] accuracies) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < accuracies.length; i++) {
            b.append(i == 0 ? "" : " / ").append(String.format("%.0f%%", 100 * accuracies[i]));
        }
        return b.toString();
    }
}
