package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** An L1 penalty on the code's activations, λ · mean |h|: it pushes most units to exactly zero. */
public final class SparsityL1 implements LossPart {
    private final Tunable weight;

    public SparsityL1(double weight) {
        this(new Tunable(weight));
    }

    /** A penalty whose weight λ can change during a run. */
    public SparsityL1(Tunable weight) {
        this.weight = weight;
    }

    @Override
    public String name() {
        return SparsityKl.NAME;
    }

    @Override
    public NDArray evaluate(NDList input, NDList output) {
        return output.get(ForwardOutput.CODE).abs().mean().mul(weight.get());
    }
}
