package org.latentlab.ml.train;

import java.util.List;

/**
 * The figures a run ends with: reconstruction MSE per pixel on the whole training and validation
 * sets, and the history of epoch losses.
 */
public record TrainingMetrics(
        double trainMse,
        double valMse,
        int epochs,
        long steps,
        double seconds,
        List<EpochRecord> history) {

    public TrainingMetrics {
        history = List.copyOf(history);
    }

    /** One epoch of the history. */
    public record EpochRecord(int epoch, long step, double trainLoss, double validationLoss, double validationMse) {}
}
