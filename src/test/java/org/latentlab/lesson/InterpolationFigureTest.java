package org.latentlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latentlab.data.Dataset;

/** Lesson 3 on the shipped models: the VAE's middle interpolation frames lie closer to real digits than the autoencoder's. */
class InterpolationFigureTest {
    @Test
    void theVaesMiddleFramesLieCloserToTheirNearestTrainingImageThanTheAutoencoders() throws Exception {
        Dataset.Split split = ShippedSplit.of(ShippedPair.AUTOENCODER);
        InterpolationFigure figure = new InterpolationFigure();
        InterpolationFigure.Result r = figure.result(split);
        assertThat(r.pairs()).isEqualTo(5);
        assertThat(r.framesPerPair()).isEqualTo(5);
        assertThat(r.vae()).as("the VAE's middle frames' distance").isPositive().isLessThan(r.autoencoder());
        Measured m = figure.measure(RunEvidence.ofData(split));
        assertThat(m.shown()).isTrue();
        assertThat(m.figure()).contains(String.format("%.4f (RMS per pixel) from their nearest training image through the VAE's code and %.4f",
                r.vae(), r.autoencoder()));
    }
}
