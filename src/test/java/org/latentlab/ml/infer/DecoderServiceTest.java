package org.latentlab.ml.infer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.latentlab.concurrent.Background;
import org.latentlab.ml.model.ModelSpec;

class DecoderServiceTest {
    /** A background whose lanes hold their tasks until the test runs them, as a busy decoder would. */
    private static final class HeldBackground implements Background {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public boolean open() {
            return true;
        }

        @Override
        public Executor lane(String name) {
            return held::add;
        }

        @Override
        public Thread newThread(String name, Runnable work) {
            return new Thread(work, THREAD_PREFIX + name);
        }

        @Override
        public void close() {
            // nothing of its own runs
        }

        void runHeld() {
            List<Runnable> tasks = List.copyOf(held);
            held.clear();
            tasks.forEach(Runnable::run);
        }
    }

    @Test
    void aBurstOfRequestsOnOneChannelWhileTheDecoderIsBusyDecodesOnlyTheNewest() throws Exception {
        ModelSpec spec = ModelSpec.undercomplete(2).withInputShape(1, 28, 28);
        Weights weights;
        try (Autoencoder model = Autoencoder.create(spec, Device.cpu(), 7)) {
            weights = model.weights();
        }
        HeldBackground background = new HeldBackground();
        DecoderService decoder = new DecoderService(background);
        decoder.setWeights(spec, weights);
        List<CompletableFuture<float[]>> burst = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            burst.add(decoder.decode("pointer", new float[] {i / 10f, 0}, 1));
        }
        CompletableFuture<float[]> other = decoder.decode("grid", new float[2], 1);
        background.runHeld();

        long decoded = burst.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).count();
        assertThat(decoded).as("requests decoded of 100").isEqualTo(1);
        assertThat(burst.get(99).get()).hasSize(784);
        assertThat(burst.subList(0, 99)).allMatch(f -> f.isCompletedExceptionally()
                && f.handle((v, e) -> e instanceof CancellationException).join());
        assertThat(other.get()).as("another channel is not replaced").hasSize(784);
        decoder.close();
        background.runHeld();
        assertThat(decoder.decode("pointer", new float[2], 1).isCompletedExceptionally()).as("closed").isTrue();
    }
}
