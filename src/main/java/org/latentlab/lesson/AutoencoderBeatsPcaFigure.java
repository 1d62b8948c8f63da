package org.latentlab.lesson;

import org.latentlab.analysis.Pca;
import org.latentlab.data.Dataset;

/**
 * Lesson 1: the run's non-linear autoencoder against PCA with as many components as its code has,
 * both measured by validation MSE on the run's own split.
 */
public final class AutoencoderBeatsPcaFigure implements LessonFigure {
    @Override
    public String id() {
        return "ae-beats-pca";
    }

    @Override
    public boolean needsRun() {
        return true;
    }

    /** PCA's validation MSE with {@code k} components fitted on the split's training set. */
    public static double pcaMse(Dataset.Split split, int k) {
        Dataset train = split.train();
        Dataset validation = split.validation();
        Pca pca = Pca.fit(train.values(), train.size(), train.sampleSize(), Pca.Options.defaults().withComponents(k));
        return pca.reconstructionError(validation.values(), validation.size(), k);
    }

    @Override
    public Measured measure(RunEvidence e) {
        if (!e.hasRun()) {
            return new Measured("Train the model to measure it against PCA.", false);
        }
        double pca = pcaMse(e.split(), e.codeSize());
        double ae = e.validationMse();
        boolean shown = ae < pca;
        String figure = String.format("Validation MSE with a code of %d: the autoencoder %.4f, PCA %.4f (%s).", e.codeSize(), ae, pca,
                shown ? String.format("the autoencoder's error is %.0f%% of PCA's", 100 * ae / pca)
                        : "this run did not beat PCA: too few epochs, or a learning rate too low; train it longer");
        return new Measured(figure, shown);
    }
}
