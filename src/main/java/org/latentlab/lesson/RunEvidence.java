package org.latentlab.lesson;

import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;

/**
 * What a lesson's figure is measured on: the split the window's run used and, once the run has
 * ended, its model's code size, errors, spec, weights, the seed its weights started from and its epochs (null before a run ends, or for a lesson
 * without one).
 */
public record RunEvidence(Dataset.Split split, int codeSize, Double trainMse, Double validationMse, ModelSpec spec, Weights weights,
                          long seed, int epochs) {
    /** Evidence of the data alone, before any run. */
    public static RunEvidence ofData(Dataset.Split split) {
        return new RunEvidence(split, 0, null, null, null, null, 0, 0);
    }

    public boolean hasRun() {
        return validationMse != null;
    }
}
