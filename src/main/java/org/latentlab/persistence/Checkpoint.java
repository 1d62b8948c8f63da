package org.latentlab.persistence;

import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;

/**
 * What a checkpoint folder holds besides the weights: the spec, the data set and seed that define
 * its train/validation split, the final figures, and the validation latent codes (so a loaded
 * model's scatter shows at once).
 */
public record Checkpoint(ModelSpec spec, String dataset, long seed, TrainingMetrics metrics,
                         int latentSize, float[] validationCodes, int[] validationLabels) {}
