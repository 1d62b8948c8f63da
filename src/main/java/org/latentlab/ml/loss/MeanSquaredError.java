package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** Reconstruction error as the mean squared difference per pixel, values in [0,1]. */
public final class MeanSquaredError implements LossPart {
    /** The name every reconstruction term carries. */
    public static final String NAME = "reconstruction";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray evaluate(NDList input, NDList output) {
        NDArray diff = output.get(ForwardOutput.RECONSTRUCTION).sub(input.head());
        return diff.square().mean();
    }
}
