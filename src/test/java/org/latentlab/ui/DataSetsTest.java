package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latentlab.analysis.Pca;
import org.latentlab.concurrent.Background;
import org.latentlab.data.Dataset;
import org.latentlab.ui.training.DataSets;

/** The data the main window, the comparison and the side-by-side panels share, each piece made once. */
class DataSetsTest {
    private final DataSets data = new DataSets(Background.synchronous());

    @Test
    void aDataSetIsReadOnceAndSplitOncePerSeed() {
        Dataset mnist = data.dataset("mnist-10k");
        assertThat(data.dataset("mnist-10k")).isSameAs(mnist);
        Dataset.Split split = data.split(mnist, 7);
        assertThat(data.split(mnist, 7)).isSameAs(split);
        assertThat(data.split(mnist, 8)).isNotSameAs(split);
    }

    @Test
    void pcaIsFittedOncePerSplitAndCodeSizeAndServesEverySmallerCode() throws Exception {
        Dataset.Split split = data.split(data.dataset("mnist-10k"), 7);
        Pca two = data.pca(split, 2).get();
        assertThat(data.pca(split, 2).get()).isSameAs(two);
        // The comparison view needs 64 components, the curves' baseline k: one fit serves both.
        assertThat(data.pca(split, 16).get()).isSameAs(two);
        assertThat(two.fittedComponents()).isEqualTo(64);
        Pca wide = data.pca(split, 100).get();
        assertThat(wide).isNotSameAs(two);
        assertThat(wide.fittedComponents()).isEqualTo(100);
    }
}
