package org.latentlab.ml.train;

import org.latentlab.ml.infer.Autoencoder;

/** A finished run: its model (the caller closes it), its figures and how it ended. */
public record TrainingResult(Autoencoder model, TrainingMetrics metrics, Outcome outcome, String message,
                             float[] validationCodes, int[] validationLabels) {

    /** How a run ended. */
    public enum Outcome {
        /** Every epoch ran. */
        COMPLETED,
        /** The person stopped it; the weights are those of the last step. */
        STOPPED,
        /** The loss became NaN or infinite; the weights of the last good epoch were put back. */
        DIVERGED
    }
}
