package org.latentlab.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsneProjectionTest {
    @Test
    void mapOfTwoThousandShippedCodesSeparatesClassesAtLeastAsWellAsThePcaPlane() {
        Codes codes = ShippedCodes.first(2000);
        assertThat(codes.n()).isEqualTo(2000);
        assertThat(codes.d()).isEqualTo(16);
        List<float[][]> seen = new ArrayList<>();
        float[][] map = new TsneProjection(TsneSettings.defaults().withIterations(TSNE_ITERATIONS).withReportEvery(50))
                .layout(codes, ProjectionRun.observed((i, l) -> seen.add(l)));
        double tsne = LayoutQuality.knnAccuracy(map, codes.labels(), 5);
        double pca = LayoutQuality.knnAccuracy(new PcaProjection(0, 1).layout(codes), codes.labels(), 5);
        assertThat(tsne).isGreaterThanOrEqualTo(0.85).isGreaterThanOrEqualTo(pca);
        assertThat(seen).hasSize(TSNE_ITERATIONS / 50);
        assertThat(seen.get(0)[0]).isNotEqualTo(seen.get(seen.size() - 1)[0]);
    }

    static final int TSNE_ITERATIONS = 300;

    @Test
    void barnesHutSeparatesTheClassesAsWellAsTheExactGradient() {
        Codes codes = ShippedCodes.first(1000);
        TsneSettings settings = TsneSettings.defaults().withIterations(TSNE_ITERATIONS).withReportEvery(50);
        double barnesHut = LayoutQuality.knnAccuracy(new TsneProjection(settings).layout(codes), codes.labels(), 5);
        double exact = LayoutQuality.knnAccuracy(new TsneProjection(settings, TsneProjection.Method.EXACT).layout(codes),
                codes.labels(), 5);
        assertThat(barnesHut).isGreaterThanOrEqualTo(0.85).isGreaterThanOrEqualTo(exact - 0.02);
    }

    @Test
    void theBarnesHutMapOfTwoThousandCodesIsTheSameForTheSameSeed() {
        Codes codes = ShippedCodes.first(2000);
        TsneSettings settings = TsneSettings.defaults().withIterations(40).withSeed(9);
        float[][] a = new TsneProjection(settings).layout(codes);
        float[][] b = new TsneProjection(settings).layout(codes);
        assertThat(b).isDeepEqualTo(a);
    }

    @Test
    void theSameSeedGivesTheSameMapAndAnotherSeedAnother() {
        Codes codes = ShippedCodes.first(300);
        TsneSettings settings = TsneSettings.defaults().withIterations(60).withSeed(5);
        float[][] a = new TsneProjection(settings).layout(codes);
        float[][] b = new TsneProjection(settings).layout(codes);
        float[][] c = new TsneProjection(settings.withSeed(6)).layout(codes);
        assertThat(b).isDeepEqualTo(a);
        assertThat(java.util.Arrays.deepEquals(c, a)).isFalse();
    }

    @Test
    void cancellingBetweenIterationsReturnsTheLayoutReachedSoFar() {
        Codes codes = ShippedCodes.first(200);
        List<Integer> iterations = new ArrayList<>();
        ProjectionRun[] run = new ProjectionRun[1];
        run[0] = ProjectionRun.observed((i, l) -> {
            iterations.add(i);
            run[0].cancel();
        });
        float[][] map = new TsneProjection(TsneSettings.defaults().withIterations(500).withReportEvery(10)).layout(codes, run[0]);
        assertThat(iterations).containsExactly(10);
        assertThat(run[0].isCancelled()).isTrue();
        assertThat(map).hasNumberOfRows(200);
    }

    @Test
    void aPausedRunWaitsBetweenIterationsUntilResumed() throws Exception {
        Codes codes = ShippedCodes.first(200);
        List<Integer> iterations = java.util.Collections.synchronizedList(new ArrayList<>());
        ProjectionRun[] run = new ProjectionRun[1];
        run[0] = ProjectionRun.observed((i, l) -> {
            iterations.add(i);
            if (i == 10) {
                run[0].pause();
            }
        });
        var done = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                new TsneProjection(TsneSettings.defaults().withIterations(30).withReportEvery(10)).layout(codes, run[0]));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (iterations.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(300);
        assertThat(run[0].isPaused()).isTrue();
        assertThat(iterations).containsExactly(10);
        assertThat(done).isNotDone();
        run[0].resume();
        assertThat(done.get(10, java.util.concurrent.TimeUnit.SECONDS)).hasNumberOfRows(200);
        assertThat(iterations).containsExactly(10, 20, 30);
    }

    @Test
    void aWarmStartBeginsFromTheGivenLayout() {
        Codes codes = ShippedCodes.first(200);
        float[][] start = new float[200][];
        for (int i = 0; i < 200; i++) {
            start[i] = new float[] {i, -i};
        }
        List<float[][]> seen = new ArrayList<>();
        new TsneProjection(TsneSettings.defaults().withIterations(1).withReportEvery(1))
                .layout(codes, ProjectionRun.observed((i, l) -> seen.add(l)).warmStartedFrom(start));
        // One step moves each point a little from where it was put (the mean is then taken out).
        assertThat(seen.get(0)[150][0] - seen.get(0)[50][0]).isCloseTo(100f, org.assertj.core.data.Offset.offset(5f));
    }

    @Test
    void supervisionPullsSameLabelPointsTogether() {
        Codes codes = ShippedCodes.first(300);
        TsneSettings settings = TsneSettings.defaults().withIterations(300).withPerplexity(20);
        double plain = LayoutQuality.knnAccuracy(new TsneProjection(settings).layout(codes), codes.labels(), 5);
        double supervised = LayoutQuality.knnAccuracy(new TsneProjection(settings.withSupervise(1)).layout(codes), codes.labels(), 5);
        assertThat(supervised).isGreaterThan(plain);
    }

    @Test
    void aRunThatDivergesKeepsItsLastGoodLayoutWithASentence() {
        Codes codes = ShippedCodes.first(100);
        assertThatThrownBy(() -> new TsneProjection(TsneSettings.defaults().withPerplexity(10).withLearningRate(1e306)
                .withIterations(50).withReportEvery(10)).layout(codes))
                .isInstanceOfSatisfying(DivergedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("t-SNE diverged after ").endsWith(
                            "iterations (the layout left the finite numbers): lower the learning rate; the map keeps its last good layout.");
                    assertThat(e.lastGood()).hasNumberOfRows(100);
                    for (float[] p : e.lastGood()) {
                        assertThat(Float.isFinite(p[0]) && Float.isFinite(p[1])).isTrue();
                    }
                });
    }

    @Test
    void aPerplexityAboveAThirdOfThePointsIsRefusedWithASentence() {
        Codes codes = ShippedCodes.first(31);
        assertThatThrownBy(() -> new TsneProjection(TsneSettings.defaults().withPerplexity(11)).layout(codes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A perplexity of 11 is above a third of 30 (the other points), so it must be at most 10 for 31 codes.");
    }
}
