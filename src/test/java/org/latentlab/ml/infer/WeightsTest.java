package org.latentlab.ml.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.latentlab.ml.model.ModelSpec;

/** A model's weights, copied out of the heap for the views and the replay, come back exactly as they were. */
class WeightsTest {
    @Test
    void valuesComeBackExactlyAsNewArrays() {
        SplittableRandom random = new SplittableRandom(5);
        float[][] values = {new float[784 * 64], new float[64], new float[64 * 2]};
        for (float[] v : values) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) random.nextGaussian();
            }
        }
        Weights w = Weights.of(List.of("w1", "b1", "w2"), new long[][] {{784, 64}, {64}, {64, 2}}, values);
        assertThat(w.bytes()).isEqualTo(4L * (784 * 64 + 64 + 64 * 2));
        assertThat(w.names()).containsExactly("w1", "b1", "w2");
        assertThat(w.firstLayerIndex()).isZero();
        for (int i = 0; i < values.length; i++) {
            float[] back = w.values(i);
            assertThat(back).containsExactly(values[i]).isNotSameAs(values[i]);
            back[0] = 99f;
            assertThat(w.values(i)[0]).as("changing a returned array leaves the weights alone").isEqualTo(values[i][0]);
        }
        values[2][1] = 42f;
        assertThat(w.values(2)[1]).as("the weights are a copy").isNotEqualTo(42f);
    }

    @Test
    void aShapeThatDoesNotMatchItsValuesIsRefused() {
        assertThatThrownBy(() -> Weights.of(List.of("w"), new long[][] {{3, 4}}, new float[][] {new float[11]}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("w has 11 values, its shape needs 12");
    }

    @Test
    void weightsRestoredIntoAnotherModelDecodeTheSame() {
        ModelSpec spec = ModelSpec.undercomplete(2);
        float[] codes = {0.5f, -1f, 2f, 0.25f};
        try (Autoencoder trained = Autoencoder.create(spec, Device.cpu(), 3);
                Autoencoder other = Autoencoder.create(spec, Device.cpu(), 4)) {
            float[] expected = trained.decode(codes, 2);
            assertThat(other.decode(codes, 2)).as("two seeds start apart").isNotEqualTo(expected);
            Weights w = trained.weights();
            other.restoreWeights(w);
            assertThat(other.decode(codes, 2)).containsExactly(expected);
            assertThat(trained.weights().values(0)).containsExactly(w.values(0));
        }
    }
}
