package org.latentlab.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UmapProjectionTest {
    @Test
    void mapOfTwoThousandShippedCodesSeparatesClassesAtLeastAsWellAsThePcaPlane() {
        Codes codes = ShippedCodes.first(2000);
        float[][] map = new UmapProjection(UmapSettings.defaults().withEpochs(200)).layout(codes);
        double umap = LayoutQuality.knnAccuracy(map, codes.labels(), 5);
        double pca = LayoutQuality.knnAccuracy(new PcaProjection(0, 1).layout(codes), codes.labels(), 5);
        assertThat(map).hasNumberOfRows(2000);
        assertThat(umap).isGreaterThanOrEqualTo(0.85).isGreaterThanOrEqualTo(pca);
    }

    @Test
    void theSameSeedGivesTheSameMapAndAnotherSeedAnother() {
        Codes codes = ShippedCodes.first(300);
        UmapSettings settings = UmapSettings.defaults().withEpochs(50).withSeed(3);
        float[][] a = new UmapProjection(settings).layout(codes);
        float[][] b = new UmapProjection(settings).layout(codes);
        float[][] c = new UmapProjection(settings.withSeed(4)).layout(codes);
        assertThat(b).isDeepEqualTo(a);
        assertThat(java.util.Arrays.deepEquals(c, a)).isFalse();
    }

    @Test
    void moreNeighboursThanOtherPointsAreRefusedWithASentence() {
        Codes codes = ShippedCodes.first(10);
        assertThatThrownBy(() -> new UmapProjection(UmapSettings.defaults()).layout(codes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UMAP cannot take 15 neighbours of each of 10 codes: each has only 9 others.");
    }
}
