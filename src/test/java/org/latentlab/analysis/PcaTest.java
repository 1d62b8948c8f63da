package org.latentlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.junit.jupiter.api.Test;

class PcaTest {
    @Test
    void explainedVarianceOfTheCourseExampleMatchesScikitLearn() {
        float[] x = {-1, -1, -2, -1, -3, -2, 1, 1, 2, 1, 3, 2};
        Pca pca = Pca.fit(x, 6, 2);
        double[] ratio = pca.explainedVarianceRatio(2);
        assertThat(ratio[0]).isCloseTo(0.99244289, within(1e-7));
        assertThat(ratio[1]).isCloseTo(0.00755711, within(1e-7));
    }

    @Test
    void allComponentsReconstructTheInputAndErrorFallsWithK() {
        Dataset.Split split = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
        Dataset train = split.train();
        Pca pca = Pca.fit(train.values(), train.size(), 784);
        double[] ratio = pca.explainedVarianceRatio(2);
        assertThat(ratio[0] + ratio[1]).isCloseTo(0.175, within(0.01));

        Dataset val = split.validation();
        float[] few = java.util.Arrays.copyOf(val.values(), 20 * 784);
        float[] back = pca.inverseTransform(pca.transform(few, 20, 784), 20, 784);
        double maxErr = 0;
        for (int i = 0; i < few.length; i++) {
            maxErr = Math.max(maxErr, Math.abs(back[i] - few[i]));
        }
        assertThat(maxErr).isLessThan(1e-5);

        double previous = Double.MAX_VALUE;
        for (int k : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            double e = pca.reconstructionError(val.values(), val.size(), k);
            assertThat(e).isLessThan(previous);
            previous = e;
        }
    }
}
