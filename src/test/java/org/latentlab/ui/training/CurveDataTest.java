package org.latentlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.ml.train.TrainingMetrics;

/** A run's loss history as the curves, the CSV export and the run's metrics read it. */
class CurveDataTest {
    private static final List<String> PARTS = List.of("reconstruction", "kl");

    @Test
    void theCsvHasARowPerStepWithEachPartAndTheValidationValuesOnTheStepsTheyWereMeasured() {
        CurveData data = new CurveData();
        data.addStep(1, 4f, PARTS, new float[] {3f, 1f});
        data.addStep(2, 3f, PARTS, new float[] {2.5f, 0.5f});
        data.addValidation(2, 2.5f, 0.5);
        data.addStep(3, 2f, PARTS, new float[] {1.5f, 0.5f});
        assertThat(data.toCsv()).isEqualTo("""
                step,total,reconstruction,kl,validation_loss,validation_mse
                1,4.0,3.0,1.0,,
                2,3.0,2.5,0.5,2.5,0.5
                3,2.0,1.5,0.5,,
                """);
    }

    @Test
    void anObjectiveOfOnePartKeepsNoParts() {
        CurveData data = new CurveData();
        data.addStep(1, 4f, List.of("reconstruction"), new float[] {4f});
        assertThat(data.parts()).isEmpty();
        assertThat(data.toCsv()).startsWith("step,total,validation_loss,validation_mse\n1,4.0,,\n");
    }

    @Test
    void theMetricsHaveOneRecordPerValidationWithTheMeanTrainingLossSinceThePreviousOne() {
        CurveData data = new CurveData();
        float[] losses = {4, 3, 2, 1};
        for (int step = 1; step <= 4; step++) {
            data.addStep(step, losses[step - 1]);
        }
        data.addValidation(2, 2.5f, 0.5);
        data.addValidation(4, 1.5f, 0.25);
        TrainingMetrics m = data.toMetrics();
        assertThat(m.history()).containsExactly(
                new TrainingMetrics.EpochRecord(1, 2, 3.5, 2.5, 0.5),
                new TrainingMetrics.EpochRecord(2, 4, 1.5, 1.5, 0.25));
        assertThat(m.valMse()).isEqualTo(0.25);
        assertThat(m.trainMse()).as("not measured in the window").isNaN();
        assertThat(m.epochs()).isEqualTo(2);
        assertThat(m.steps()).isEqualTo(4);
    }

    @Test
    void everyAppendChangesTheVersionAndClearEmptiesEverything() {
        CurveData data = new CurveData();
        long start = data.version();
        for (int i = 0; i < 5000; i++) {
            data.addStep(i, 1f / (i + 1));
        }
        assertThat(data.version()).isEqualTo(start + 5000);
        assertThat(data.size()).isEqualTo(5000);
        assertThat(data.step(4999)).isEqualTo(4999f);
        assertThat(data.loss(4999)).isEqualTo(1f / 5000);
        data.setBaseline(0.055, "PCA with 2 components");
        data.addPhase(0, "layer 1");
        data.addPhase(10, null);
        assertThat(data.phaseNames()).containsExactly("layer 1");
        long before = data.version();
        data.clear();
        assertThat(data.version()).isGreaterThan(before);
        assertThat(data.size()).isZero();
        assertThat(data.phaseSteps()).isEmpty();
        assertThat(data.baseline()).isNaN();
        assertThat(data.baselineLabel()).isEmpty();
    }
}
