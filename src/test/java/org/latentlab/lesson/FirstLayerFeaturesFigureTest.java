package org.latentlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ml.train.TrainingService;
import org.latentlab.persistence.LessonLibrary;

/** Lesson 8: the first layer's filters after the lesson's run are smooth where its random start was noise. */
class FirstLayerFeaturesFigureTest {
    @Test
    void smoothnessIsNearOneForABlobAndNearZeroForNoise() {
        int side = 28;
        boolean[] all = new boolean[side * side];
        Arrays.fill(all, true);
        float[] blob = new float[side * side];
        float[] noise = new float[side * side];
        SplittableRandom random = new SplittableRandom(3);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                blob[r * side + c] = (float) Math.exp(-((r - 14) * (r - 14) + (c - 10) * (c - 10)) / 30.0);
                noise[r * side + c] = (float) random.nextGaussian();
            }
        }
        assertThat(FirstLayerFeaturesFigure.smoothness(blob, 0, 1, side, side, all)).isGreaterThan(0.9);
        assertThat(Math.abs(FirstLayerFeaturesFigure.smoothness(noise, 0, 1, side, side, all))).isLessThan(0.1);
    }

    @Test
    void afterTheLessonsRunTheFiltersAreSmoothAndTheNoteSaysStrokesGrewOutOfTheNoise() {
        var lesson = LessonLibrary.builtIn().stream().filter(l -> "first-layer-features".equals(l.figure())).findFirst().orElseThrow();
        assertThat(lesson.preset().view()).isEqualTo("FILTERS");
        Dataset.Split split = DatasetCatalog.load(lesson.preset().dataset()).split(DatasetCatalog.VALIDATION_FRACTION, 7);
        ModelSpec spec = lesson.preset().spec().withInputShape(1, 28, 28);
        TrainingResult run = new TrainingService(new TrainingPlan(split, spec, lesson.preset().epochs(), 7, "cpu", 0), null).run();
        try {
            var weights = run.model().weights();
            FirstLayerFeaturesFigure figure = new FirstLayerFeaturesFigure();
            FirstLayerFeaturesFigure.Result r = figure.result(split.train(), spec, weights, 7);
            assertThat(Math.abs(r.random())).as("the random start is noise").isLessThan(0.02);
            assertThat(r.trained()).as("the trained filters are smooth").isGreaterThan(FirstLayerFeaturesFigure.SHOWN_ABOVE);
            Measured m = figure.measure(new RunEvidence(split, spec, weights, 7, run.metrics()));
            assertThat(m.shown()).isTrue();
            assertThat(m.figure()).contains(String.format("The first layer's %d filters have a neighbouring-pixel weight correlation of %.2f",
                    spec.codeSize(), r.trained())).contains("strokes and blobs have grown out of the noise");
        } finally {
            run.model().close();
        }
    }
}
