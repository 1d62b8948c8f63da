package org.latentlab.ml.infer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.latentlab.concurrent.Background;
import org.latentlab.ml.model.ModelSpec;

class DecoderServiceTest {
    @Test
    void aBurstOfRequestsOnOneChannelRunsOnlyAFewAndTheNewestAlways() throws Exception {
        ModelSpec spec = ModelSpec.undercomplete(2).withInputShape(1, 28, 28);
        Weights weights;
        try (Autoencoder model = Autoencoder.create(spec, Device.cpu(), 7)) {
            weights = model.weights();
        }
        Background background = Background.threaded();
        DecoderService decoder = new DecoderService(background);
        decoder.setWeights(spec, weights);
        decoder.decode("warm-up", new float[2], 1).get(30, TimeUnit.SECONDS);
        List<CompletableFuture<float[]>> burst = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            burst.add(decoder.decode("pointer", new float[] {i / 10f, 0}, 1));
        }
        float[] newest = burst.get(99).get(30, TimeUnit.SECONDS);
        long ran = burst.stream().filter(f -> !f.isCompletedExceptionally()).count();
        assertThat(newest).hasSize(784);
        assertThat(ran).as("requests decoded of 100").isBetween(1L, 3L);
        decoder.close();
        background.close();
    }
}
