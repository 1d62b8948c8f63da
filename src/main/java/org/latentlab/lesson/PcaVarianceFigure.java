package org.latentlab.lesson;

import org.latentlab.analysis.Pca;
import org.latentlab.data.Dataset;

/**
 * Lesson 7: how many principal components the training images need for 90% and 95% of their
 * variance, and how much the first explain, from PCA fitted on this split's training set.
 */
public final class PcaVarianceFigure implements LessonFigure {
    /** What the figure measured, for the lesson's note and its test. */
    public record Result(int dimensions, int for90, int for95, double first, double firstTen) {}

    @Override
    public String id() {
        return "pca-variance";
    }

    @Override
    public boolean needsRun() {
        return false;
    }

    /** The cumulative explained variance of every component of the split's training set. */
    public Result result(Dataset.Split split) {
        Dataset train = split.train();
        int d = train.sampleSize();
        Pca pca = Pca.fit(train.values(), train.size(), d, Pca.Options.defaults().withComponents(Math.min(d, train.size() - 1)));
        double[] ratio = pca.explainedVarianceRatio(pca.fittedComponents());
        int for90 = -1;
        int for95 = -1;
        double sum = 0;
        double firstTen = 0;
        for (int i = 0; i < ratio.length; i++) {
            sum += ratio[i];
            if (i < 10) {
                firstTen = sum;
            }
            if (for90 < 0 && sum >= 0.90) {
                for90 = i + 1;
            }
            if (for95 < 0 && sum >= 0.95) {
                for95 = i + 1;
            }
        }
        return new Result(d, for90, for95, ratio.length == 0 ? 0 : ratio[0], firstTen);
    }

    @Override
    public Measured measure(RunEvidence evidence) {
        Result r = result(evidence.split());
        boolean shown = r.for90() > 0 && r.for90() < r.dimensions() / 4;
        String figure = String.format("On this training set (%d values per image), %d components hold 90%% of the variance and %d hold "
                + "95%%; the first alone holds %.1f%%, the first ten %.1f%%.", r.dimensions(), r.for90(), r.for95(), 100 * r.first(),
                100 * r.firstTen());
        return new Measured(shown ? figure : figure + " These images are not much more compressible than their pixel count: "
                + "the effect does not show on this data.", shown);
    }
}
