package org.latentlab.lesson;

import ai.djl.Device;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.persistence.ShippedModels;

/** The shipped 2D autoencoder and the shipped 2D VAE of the same shape, loaded together for a lesson's figure; close it after. */
final class ShippedPair implements AutoCloseable {
    static final String AUTOENCODER = "mnist-undercomplete-2d";
    static final String VAE = "mnist-vae-2d";

    final Autoencoder autoencoder;
    final Autoencoder vae;

    private ShippedPair(Autoencoder autoencoder, Autoencoder vae) {
        this.autoencoder = autoencoder;
        this.vae = vae;
    }

    static ShippedPair load() {
        Autoencoder ae = load(AUTOENCODER);
        try {
            return new ShippedPair(ae, load(VAE));
        } catch (RuntimeException e) {
            ae.close();
            throw e;
        }
    }

    private static Autoencoder load(String name) {
        var entry = ShippedModels.find(name)
                .orElseThrow(() -> new IllegalStateException("This lesson needs the shipped model " + name + ", which is not in the models folder."));
        try {
            return Checkpoints.load(entry.folder(), Device.cpu()).model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        autoencoder.close();
        vae.close();
    }
}
