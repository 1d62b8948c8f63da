package org.latentlab.persistence;

import org.latentlab.data.Preparation;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;

/**
 * What a checkpoint folder holds besides the weights: the spec, the data set and seed that define
 * its train/validation split, how a folder of pictures was prepared (so new inputs are prepared the
 * same way), the final figures, and the validation latent codes (so a loaded model's scatter shows
 * at once).
 */
public record Checkpoint(ModelSpec spec, String dataset, long seed, TrainingMetrics metrics,
                         int latentSize, float[] validationCodes, int[] validationLabels, Preparation preparation) {
    /** A checkpoint of data prepared as today's digits (a shipped set, a CSV, or pictures read as digits). */
    public Checkpoint(ModelSpec spec, String dataset, long seed, TrainingMetrics metrics,
                      int latentSize, float[] validationCodes, int[] validationLabels) {
        this(spec, dataset, seed, metrics, latentSize, validationCodes, validationLabels, Preparation.DIGITS);
    }

    public Checkpoint {
        java.util.Objects.requireNonNull(preparation, "preparation");
    }
}
