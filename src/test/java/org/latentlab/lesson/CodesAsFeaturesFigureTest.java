package org.latentlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ml.train.TrainingService;
import org.latentlab.persistence.LessonLibrary;

/** Lesson 5 as its file sets it up: the run's frozen codes, PCA's and the pixels under a linear classifier with few labels. */
class CodesAsFeaturesFigureTest {
    @Test
    void theRunsCodesBeatThePixelsWithTenLabelsAndTheNoteSaysSo() throws Exception {
        var lesson = LessonLibrary.builtIn().stream().filter(l -> "codes-as-features".equals(l.figure())).findFirst().orElseThrow();
        Dataset.Split split = DatasetCatalog.load(lesson.preset().dataset()).split(DatasetCatalog.VALIDATION_FRACTION, 7);
        ModelSpec spec = lesson.preset().spec().withInputShape(1, 28, 28);
        assertThat(spec.variant()).isEqualTo(Variant.UNDERCOMPLETE);
        TrainingResult run = new TrainingService(new TrainingPlan(split, spec, lesson.preset().epochs(), 7, "cpu", 0), null).run();
        try {
            CodesAsFeaturesFigure figure = new CodesAsFeaturesFigure();
            CodesAsFeaturesFigure.Result r = figure.result(split, run.model());
            assertThat(r.labels()).containsExactly(10, 100, 1000);
            for (double[] accuracies : new double[][] {r.autoencoder(), r.pca(), r.pixels()}) {
                assertThat(accuracies[0]).as("10 labels: better than chance").isGreaterThan(0.2);
                assertThat(accuracies[2]).as("more labels, better").isGreaterThan(accuracies[0]);
            }
            assertThat(r.autoencoder()[0]).as("with 10 labels the codes beat the pixels").isGreaterThan(r.pixels()[0]);
            Measured m = figure.measure(new RunEvidence(split, spec, run.model().weights(), 7, run.metrics()));
            assertThat(m.shown()).isTrue();
            assertThat(m.figure()).contains(String.format("the autoencoder's %d-number codes %.0f%%", spec.codeSize(), 100 * r.autoencoder()[0]))
                    .contains("With 10 labels the codes beat the pixels by");
        } finally {
            run.model().close();
        }
    }
}
