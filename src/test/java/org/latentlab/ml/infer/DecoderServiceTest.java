package org.latentlab.ml.infer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;

/** Requests on one channel coalesce: a burst runs a few decodes, and the newest request is the one answered. */
class DecoderServiceTest {
    /** A tiny autoencoder: 8 inputs, a code of 2, no hidden layer. */
    private static final ModelSpec SPEC = ModelSpec.defaults(Variant.UNDERCOMPLETE).toBuilder()
            .inputShape(1, 1, 8).latentSize(2).hiddenSizes(List.of()).build();

    @Test
    void aBurstOfAHundredRequestsRunsAFewDecodesAndAnswersTheNewest() throws Exception {
        Weights weights;
        try (Autoencoder model = Autoencoder.create(SPEC, Device.cpu(), 3)) {
            weights = model.weights();
        }
        try (DecoderService service = new DecoderService()) {
            service.setWeights(SPEC, weights);
            service.decode("warm-up", new float[] {0, 0}, 1).get(30, TimeUnit.SECONDS);
            // Another channel keeps the inference thread busy while the burst arrives, as the grid does while the pointer moves.
            CompletableFuture<float[]> busy = service.decode("grid", new float[2 * 200_000], 200_000);
            List<CompletableFuture<float[]>> burst = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                burst.add(service.decode("pointer", new float[] {i, -i}, 1));
            }
            float[] newest = burst.get(99).get(30, TimeUnit.SECONDS);
            assertThat(busy).as("another channel's request is not replaced").isCompletedWithValueMatching(v -> v.length == 8 * 200_000);

            int decoded = 0;
            for (CompletableFuture<float[]> request : burst) {
                assertThat(request).isDone();
                if (request.isCompletedExceptionally()) {
                    assertThat(request.handle((v, e) -> e instanceof CompletionException ? e.getCause() : e).join())
                            .isInstanceOf(CancellationException.class);
                } else {
                    decoded++;
                }
            }
            assertThat(decoded).as("decodes run for 100 requests").isBetween(1, 3);

            try (Autoencoder same = Autoencoder.forWeights(SPEC, Device.cpu())) {
                same.restoreWeights(weights);
                assertThat(newest).containsExactly(same.decode(new float[] {99, -99}, 1));
            }
        }
    }
}
