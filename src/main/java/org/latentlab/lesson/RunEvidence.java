package org.latentlab.lesson;

import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;

/**
 * What a lesson's figure is measured on: the split the window's run used and, once the run has
 * ended, its model's spec, weights, the seed its weights started from and its metrics (null before
 * a run ends, or for a lesson without one).
 */
public record RunEvidence(Dataset.Split split, ModelSpec spec, Weights weights, long seed, TrainingMetrics metrics) {
    /** Evidence of the data alone, before any run. */
    public static RunEvidence ofData(Dataset.Split split) {
        return new RunEvidence(split, null, null, 0, null);
    }

    public boolean hasRun() {
        return metrics != null && spec != null && weights != null;
    }

    /** The run's code size (0 before a run). */
    public int codeSize() {
        return spec == null ? 0 : spec.codeSize();
    }

    /** The run's training MSE; only after a run. */
    public double trainMse() {
        return metrics.trainMse();
    }

    /** The run's validation MSE; only after a run. */
    public double validationMse() {
        return metrics.valMse();
    }
}
