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

/** Lesson 4 as its file sets it up: the contractive code moves less than its λ = 0 twin's under the same small changes. */
class ContractiveRobustnessFigureTest {
    @Test
    void theContractiveCodeMovesLessThanItsTwinsAtEverySizeOfChange() {
        var lesson = LessonLibrary.builtIn().stream().filter(l -> "contractive-robustness".equals(l.figure())).findFirst().orElseThrow();
        Dataset.Split split = DatasetCatalog.load(lesson.preset().dataset()).split(DatasetCatalog.VALIDATION_FRACTION, 7);
        ModelSpec spec = lesson.preset().spec().withInputShape(1, 28, 28);
        assertThat(spec.variant()).isEqualTo(Variant.CONTRACTIVE);
        int epochs = lesson.preset().epochs();
        TrainingResult run = new TrainingService(new TrainingPlan(split, spec, epochs, 7, "cpu", 0), null).run();
        try {
            ContractiveRobustnessFigure figure = new ContractiveRobustnessFigure();
            ContractiveRobustnessFigure.Result r = figure.result(split, run.model(), 7, epochs);
            for (int i = 0; i < ContractiveRobustnessFigure.DELTAS.length; i++) {
                assertThat(r.plain()[i]).as("at δ %s the λ = 0 code moves by a factor more", ContractiveRobustnessFigure.DELTAS[i])
                        .isGreaterThan(1.5 * r.contractive()[i]);
                if (i > 0) {
                    assertThat(r.contractive()[i]).as("a larger change moves the code further").isGreaterThan(r.contractive()[i - 1]);
                }
            }
            Measured m = figure.measure(new RunEvidence(split, spec, run.model().weights(), 7, run.metrics()));
            assertThat(m.shown()).isTrue();
            assertThat(m.figure()).contains(String.format("δ 0.01: %.1f%% against %.1f%%", 100 * r.contractive()[0], 100 * r.plain()[0]))
                    .contains("The contractive code moved less at every δ.");
        } finally {
            run.model().close();
        }
    }

    @Test
    void aModelThatIsNotContractiveGetsOneSentence() {
        Dataset.Split split = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
        ModelSpec spec = ModelSpec.undercomplete(2);
        Measured m = new ContractiveRobustnessFigure().measure(new RunEvidence(split, spec,
                new org.latentlab.ml.infer.Weights(java.util.List.of(), new long[0][], new float[0]), 7,
                new org.latentlab.ml.train.TrainingMetrics(0.05, 0.05, 1, 1, 1.0, java.util.List.of())));
        assertThat(m.shown()).isFalse();
        assertThat(m.figure()).isEqualTo("This lesson compares a contractive model with its λ = 0 twin; choose the Contractive variant.");
    }
}
