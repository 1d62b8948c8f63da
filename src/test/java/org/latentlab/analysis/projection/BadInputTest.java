package org.latentlab.analysis.projection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BadInputTest {
    private static final Codes ONE_D = Codes.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 8, 1);

    @Test
    void aNanOrInfiniteCodeIsRefusedWithASentence() {
        assertThatThrownBy(() -> Codes.of(new float[] {0, 1, Float.NaN, 2}, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Code 1 holds NaN in dimension 1: codes must be finite numbers (the model may have diverged).");
        assertThatThrownBy(() -> Codes.of(new float[] {0, Float.POSITIVE_INFINITY}, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Code 0 holds Infinity in dimension 2: codes must be finite numbers (the model may have diverged).");
    }

    @Test
    void everyProjectionOfOneDimensionalCodesIsRefusedWithASentence() {
        assertThatThrownBy(() -> new TsneProjection(TsneSettings.defaults().withPerplexity(2)).layout(ONE_D))
                .hasMessage("t-SNE needs codes of at least 2 dimensions; these have 1.");
        assertThatThrownBy(() -> new UmapProjection(UmapSettings.defaults().withNeighbours(3)).layout(ONE_D))
                .hasMessage("UMAP needs codes of at least 2 dimensions; these have 1.");
        assertThatThrownBy(() -> new PcaProjection(0, 1).layout(ONE_D))
                .hasMessage("A PCA plane needs codes of at least 2 dimensions; these have 1.");
        assertThatThrownBy(() -> new RawDimensions(0, 1).layout(ONE_D))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A plane of two dimensions needs codes of at least 2 dimensions; these have 1.");
    }
}
