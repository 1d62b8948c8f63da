package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import org.latentlab.ml.model.AutoencoderBlock;

/** An L1 penalty on the code's activations, λ · mean |h|: it pushes most units to exactly zero. */
public final class SparsityL1 implements LossPart {
    private final float weight;

    public SparsityL1(double weight) {
        this.weight = (float) weight;
    }

    @Override
    public String name() {
        return SparsityKl.NAME;
    }

    @Override
    public NDArray evaluate(NDList input, NDList output) {
        return output.get(AutoencoderBlock.CODE).abs().mean().mul(weight);
    }
}
