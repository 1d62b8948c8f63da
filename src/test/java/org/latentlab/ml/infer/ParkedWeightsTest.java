package org.latentlab.ml.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An epoch's weights kept for the replay come back exactly as they were, whether or not they have left the heap yet. */
class ParkedWeightsTest {
    private static Weights weights() {
        SplittableRandom random = new SplittableRandom(5);
        float[] values = new float[784 * 64 + 64 + 64 * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return new Weights(List.of("w1", "b1", "w2"), new long[][] {{784, 64}, {64}, {64, 2}}, values);
    }

    @Test
    void parkedWeightsUnparkToTheSameValuesBeforeAndAfterTheyLeaveTheHeap() throws Exception {
        Weights original = weights();
        java.util.concurrent.ExecutorService copier = java.util.concurrent.Executors.newSingleThreadExecutor();
        ParkedWeights parked = ParkedWeights.park(original, copier);
        copier.shutdown();
        assertThat(parked.bytes()).isEqualTo(4L * (784 * 64 + 64 + 64 * 2));
        Weights early = parked.unpark();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!parked.offHeap() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(parked.offHeap()).isTrue();
        Weights late = parked.unpark();
        for (Weights w : List.of(early, late)) {
            assertThat(w.names()).isEqualTo(original.names());
            assertThat(w.shapes()).isDeepEqualTo(original.shapes());
            assertThat(w.values()).isEqualTo(original.values());
            assertThat(w.values()).isNotSameAs(original.values());
        }
    }
}
