package org.latentlab.lesson;

import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.persistence.ShippedModels;

/** The split the shipped 2D autoencoder was trained on, as the window makes it when it opens that model. */
final class ShippedSplit {
    private ShippedSplit() {}

    static Dataset.Split of(String model) throws java.io.IOException {
        var cp = Checkpoints.read(ShippedModels.find(model).orElseThrow().folder());
        return DatasetCatalog.load(cp.dataset()).split(DatasetCatalog.VALIDATION_FRACTION, cp.seed());
    }
}
