package org.latentlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each hint fires on its pattern and stays quiet otherwise. */
class RunHintsTest {
    @Test
    void overfittingIsNamedOnlyWhenValidationRisesWhileTrainingFalls() {
        assertThat(RunHints.overfitting(List.of(1.0, 0.8, 0.7, 0.6), List.of(1.0, 0.9, 0.95, 1.0), 2)).get().asString()
                .startsWith("Over-fitting").contains("(0.9000 → 1.000)");
        assertThat(RunHints.overfitting(List.of(1.0, 0.8, 0.7, 0.6), List.of(1.0, 0.9, 0.85, 0.8), 2)).isEmpty();
        assertThat(RunHints.overfitting(List.of(1.0, 0.8, 0.9, 1.0), List.of(1.0, 0.9, 0.95, 1.0), 2)).isEmpty();
        assertThat(RunHints.overfitting(List.of(1.0, 0.8), List.of(1.0, 1.1), 2)).isEmpty();
    }

    @Test
    void overfittingNeedsValidationRisingOverTheWholeWindowAndAboveItsBest() {
        // Falling validation loss with one noisy uptick is not over-fitting.
        assertThat(RunHints.overfitting(List.of(1.0, 0.8, 0.7, 0.6, 0.5), List.of(1.0, 0.9, 0.92, 0.85, 0.8), 3)).isEmpty();
        // Rising each epoch, but within noise of its best.
        assertThat(RunHints.overfitting(List.of(1.0, 0.8, 0.7, 0.6, 0.5), List.of(1.0, 0.9, 0.9001, 0.9002, 0.9003), 3)).isEmpty();
        // Rising for three epochs, 5 % above its best, while training falls.
        assertThat(RunHints.overfitting(List.of(1.0, 0.8, 0.7, 0.6, 0.5), List.of(1.0, 0.9, 0.92, 0.93, 0.945), 3)).isPresent();
    }

    @Test
    void aLossFlatFromTheFirstEpochIsNotLearning() {
        assertThat(RunHints.notLearning(List.of(0.11, 0.11))).as("too early to tell").isEmpty();
        assertThat(RunHints.notLearning(List.of(0.1101, 0.1100, 0.1102))).get().asString()
                .startsWith("Not learning: after 3 epochs").contains("learning rate");
        assertThat(RunHints.notLearning(List.of(0.11, Double.NaN, Double.NaN))).isPresent();
        assertThat(RunHints.notLearning(List.of(0.06, 0.04, 0.035))).isEmpty();
    }

    @Test
    void codesCollapsedToAPointAreNotLearning() {
        float[] same = new float[100 * 3];
        java.util.Arrays.fill(same, 0.5f);
        assertThat(RunHints.collapsedCodes(same, 100, 3)).get().asString().startsWith("Not learning: every image gets the same code");
        same[4] = 0.9f;
        assertThat(RunHints.collapsedCodes(same, 100, 3)).isEmpty();
    }

    @Test
    void collapsedVaeDimensionsAreTheOnesThatIgnoreTheImage() {
        Random r = new Random(1);
        int n = 500;
        int k = 4;
        float[] mu = new float[n * k];
        for (int i = 0; i < n; i++) {
            mu[i * k] = (float) r.nextGaussian();
            mu[i * k + 1] = (float) (0.01 * r.nextGaussian());
            mu[i * k + 2] = (float) r.nextGaussian();
            mu[i * k + 3] = 0.3f;
        }
        assertThat(RunHints.inactiveDimensions(mu, n, k)).containsExactly(1, 3);
        assertThat(RunHints.posteriorCollapse(mu, n, k)).get().asString().contains("2 of 4 dimensions (z2, z4)");
        for (int i = 0; i < n; i++) {
            mu[i * k + 1] = mu[i * k];
            mu[i * k + 3] = mu[i * k + 2];
        }
        assertThat(RunHints.posteriorCollapse(mu, n, k)).isEmpty();
    }

    @Test
    void deadUnitsNeverFire() {
        int n = 100;
        int k = 3;
        float[] codes = new float[n * k];
        for (int i = 0; i < n; i++) {
            codes[i * k] = i % 7 == 0 ? 0.9f : 0f;
            codes[i * k + 1] = 0.001f;
            codes[i * k + 2] = 0.2f;
        }
        assertThat(RunHints.deadUnits(codes, n, k)).containsExactly(1);
        assertThat(RunHints.deadUnitsHint(codes, n, k)).get().asString().startsWith("Dead units: 1 of 3");
    }
}
