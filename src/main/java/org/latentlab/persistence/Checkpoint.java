package org.latentlab.persistence;

import org.latentlab.data.Preparation;
import org.latentlab.data.Standardisation;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;

/**
 * What a checkpoint folder holds besides the weights: the spec, the data set and seed that define
 * its train/validation split, how a folder of pictures was prepared (so new inputs are prepared the
 * same way) or a table's z-score (so decoded rows are in the table's units), the final figures, and the validation latent codes (so a loaded model's scatter shows
 * at once).
 */
public record Checkpoint(ModelSpec spec, String dataset, long seed, TrainingMetrics metrics,
                         int latentSize, float[] validationCodes, int[] validationLabels, Preparation preparation,
                         Standardisation standardisation) {
    /** A checkpoint of data prepared as today's digits (a shipped set, a CSV, or pictures read as digits). */
    public Checkpoint(ModelSpec spec, String dataset, long seed, TrainingMetrics metrics,
                      int latentSize, float[] validationCodes, int[] validationLabels) {
        this(spec, dataset, seed, metrics, latentSize, validationCodes, validationLabels, Preparation.DIGITS);
    }

    /** A checkpoint of pictures prepared as {@code preparation} says. */
    public Checkpoint(ModelSpec spec, String dataset, long seed, TrainingMetrics metrics,
                      int latentSize, float[] validationCodes, int[] validationLabels, Preparation preparation) {
        this(spec, dataset, seed, metrics, latentSize, validationCodes, validationLabels, preparation, null);
    }

    /** True when the model was trained on a table, whose z-score {@link #standardisation()} holds. */
    public boolean table() {
        return standardisation != null;
    }

    public Checkpoint {
        java.util.Objects.requireNonNull(preparation, "preparation");
    }
}
