package org.latentlab.ml.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.FloatBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model's parameters share one array; each is found at its own offset, and a wrong size is refused. */
class WeightsTest {
    private static final long[][] SHAPES = {{2, 3}, {3}, {3, 1}};

    @Test
    void eachParameterIsItsOwnStretchOfTheSharedArray() {
        float[] values = new float[12];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        Weights w = new Weights(List.of("w1", "b1", "w2"), SHAPES, values);
        assertThat(w.offset(0)).isZero();
        assertThat(w.offset(1)).isEqualTo(6);
        assertThat(w.offset(2)).isEqualTo(9);
        assertThat(w.size(1)).isEqualTo(3);
        FloatBuffer last = w.parameter(2);
        float[] read = new float[last.remaining()];
        last.get(read);
        assertThat(read).containsExactly(9f, 10f, 11f);
        assertThatThrownBy(() -> w.parameter(0).put(0, 1f)).isInstanceOf(ReadOnlyBufferException.class);
        assertThat(w.firstLayerIndex()).isZero();
    }

    @Test
    void anArrayThatDoesNotMatchTheShapesIsRefused() {
        assertThatThrownBy(() -> new Weights(List.of("w1", "b1", "w2"), SHAPES, new float[11]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the shapes hold 12 values, the array 11");
    }
}
