package org.latentlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latentlab.data.Dataset;

/**
 * Lesson 10 on the shipped models: the tiles of each latent plane that decode to no digit, counted
 * against one threshold taken from the models' own reconstructions, and the note saying whether the
 * VAE's plane has fewer of them. On the shipped weights it does not (the autoencoder's in-between
 * decodes are blurry blends, near some training digit by pixel distance), so the note must say so.
 */
class LatentHolesFigureTest {
    @Test
    void theNoteCountsBothModelsHoleTilesAndSaysWhetherTheVaeHasFewer() throws Exception {
        Dataset.Split split = ShippedSplit.of(ShippedPair.AUTOENCODER);
        LatentHolesFigure figure = new LatentHolesFigure();
        LatentHolesFigure.Result r = figure.result(split);
        assertThat(r.tiles()).isEqualTo(LatentHolesFigure.GRID * LatentHolesFigure.GRID);
        assertThat(r.threshold()).isPositive();
        assertThat(r.autoencoderHoles()).isBetween(0, r.tiles());
        assertThat(r.vaeHoles()).isBetween(0, r.tiles());
        Measured m = figure.measure(RunEvidence.ofData(split));
        assertThat(m.shown()).as("shown exactly when the VAE has fewer hole tiles").isEqualTo(r.vaeHoles() < r.autoencoderHoles());
        assertThat(m.figure().contains("the VAE's plane is not fuller")).isEqualTo(!m.shown());
        assertThat(m.figure()).contains(String.format("more than %.4f, RMS per pixel", r.threshold()));
        assertThat(m.figure()).contains(r.autoencoderHoles() + " look like no digit for the autoencoder and " + r.vaeHoles() + " for the VAE");
    }
}
