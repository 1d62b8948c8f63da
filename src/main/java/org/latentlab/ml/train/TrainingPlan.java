package org.latentlab.ml.train;

import org.latentlab.data.Dataset;
import org.latentlab.ml.model.ModelSpec;

/**
 * What to train and how: the split, the model spec, epochs, seed and device, and how often to
 * send the validation codes while training ({@code 0} ms: only at epoch ends).
 */
public record TrainingPlan(Dataset.Split data, ModelSpec spec, int epochs, long seed, String device,
                           long codesIntervalMillis) {

    /** The images a run trains on: the split's training set, or its first {@code spec.trainImages()} (0: all). */
    public Dataset trainingSet() {
        Dataset train = data.train();
        int n = spec.trainImages();
        return n == 0 || n >= train.size() ? train : train.subset(train.name(), java.util.stream.IntStream.range(0, n).toArray());
    }

    /** Checks every knob and the data's shape, one sentence for the first that is wrong. */
    public TrainingPlan validate() {
        spec.validate();
        if (epochs < 1 || epochs > 100_000) {
            throw new IllegalArgumentException("The number of epochs must be between 1 and 100000, got " + epochs + ".");
        }
        Dataset train = data.train();
        if (train.sampleSize() != spec.inputSize()) {
            throw new IllegalArgumentException(String.format(
                    "The model expects inputs of %d values but %s has samples of %d.", spec.inputSize(), train.name(), train.sampleSize()));
        }
        if (codesIntervalMillis < 0) {
            throw new IllegalArgumentException("The code snapshot interval cannot be negative.");
        }
        return this;
    }
}
