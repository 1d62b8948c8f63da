package org.latentlab.lesson;

import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;

/**
 * What a lesson's figure is measured on: the split the window's run used and, once the run has
 * ended, its model's code size, errors, spec and weights (null before a run ends, or for a lesson
 * without one).
 */
public record RunEvidence(Dataset.Split split, int codeSize, Double trainMse, Double validationMse, ModelSpec spec, Weights weights) {
    /** Evidence of the data alone, before any run. */
    public static RunEvidence ofData(Dataset.Split split) {
        return new RunEvidence(split, 0, null, null, null, null);
    }

    public boolean hasRun() {
        return validationMse != null;
    }
}
