package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * One named term of an objective, e.g. {@code reconstruction} or {@code kl}. It reads the clean
 * input and the block's forward output ({@code [reconstruction, code, ...]}) and returns a scalar.
 */
public interface LossPart {
    /** The name shown in the curves and training events. */
    String name();

    /** The term's value for this batch, a scalar, already weighted. */
    NDArray evaluate(NDList input, NDList output);
}
