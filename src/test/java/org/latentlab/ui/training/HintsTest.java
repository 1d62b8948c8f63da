package org.latentlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latentlab.ml.train.TrainingEvent;

/** The hints of one run: told once, forgotten when the next run starts, compared within a phase. */
class HintsTest {
    private static TrainingEvent.Epoch epoch(int i, double train, double validation) {
        return new TrainingEvent.Epoch(i, i * 10L, (float) train, (float) validation, new float[0], validation, 1);
    }

    @Test
    void aRunWhoseLossStaysFlatIsToldItIsNotLearning() {
        Hints hints = new Hints();
        hints.epoch(epoch(1, 0.110, 0.110));
        hints.epoch(epoch(2, 0.110, 0.110));
        assertThat(hints.hintProperty().get()).isEmpty();
        hints.epoch(epoch(3, 0.1101, 0.110));
        assertThat(hints.hintProperty().get()).startsWith("Not learning");
    }

    @Test
    void theNextRunStartsWithoutTheLastRunsHintOrLosses() {
        Hints hints = new Hints();
        for (int i = 1; i <= 3; i++) {
            hints.epoch(epoch(i, 0.11, 0.11));
        }
        assertThat(hints.hintProperty().get()).isNotEmpty();
        hints.clear();
        assertThat(hints.hintProperty().get()).isEmpty();
        // A learning run: its first epochs are not compared with the last run's.
        hints.epoch(epoch(1, 0.08, 0.07));
        hints.epoch(epoch(2, 0.05, 0.05));
        hints.epoch(epoch(3, 0.04, 0.045));
        assertThat(hints.hintProperty().get()).isEmpty();
    }

    @Test
    void overfittingIsNotFlaggedWhileValidationLossStillFalls() {
        Hints hints = new Hints();
        double[] validation = {0.09, 0.07, 0.0702, 0.0704, 0.065, 0.06};
        for (int i = 0; i < validation.length; i++) {
            hints.epoch(epoch(i + 1, 0.1 - 0.01 * i, validation[i]));
        }
        assertThat(hints.hintProperty().get()).isEmpty();
        hints.epoch(epoch(7, 0.03, 0.062));
        hints.epoch(epoch(8, 0.02, 0.064));
        hints.epoch(epoch(9, 0.01, 0.066));
        assertThat(hints.hintProperty().get()).startsWith("Over-fitting");
    }
}
