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
