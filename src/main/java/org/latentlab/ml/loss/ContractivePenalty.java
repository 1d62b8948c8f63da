package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;

/**
 * The contractive autoencoder's penalty λ · ‖J_f(x)‖²_F, in closed form for a sigmoid encoder layer
 * {@code h = σ(Wx + b)}: {@code ∂h_j/∂x_i = h_j(1 − h_j) W_ji}, so
 * {@code ‖J‖²_F = Σ_j (h_j(1 − h_j))² Σ_i W_ji²}. Averaged over the batch.
 */
public final class ContractivePenalty implements LossPart {
    /** The name the curves show. */
    public static final String NAME = "contractive";
    private final Parameter encoderWeight;
    private final Tunable weight;

    /** @param encoderWeight the sigmoid layer's weight, shape (code units, inputs) */
    public ContractivePenalty(Parameter encoderWeight, double weight) {
        this(encoderWeight, new Tunable(weight));
    }

    /** A penalty whose weight λ can change during a run. */
    public ContractivePenalty(Parameter encoderWeight, Tunable weight) {
        this.encoderWeight = encoderWeight;
        this.weight = weight;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray evaluate(NDList input, NDList output) {
        return frobeniusSquared(output.get(ForwardOutput.CODE), encoderWeight.getArray()).mean().mul(weight.get());
    }

    /** ‖J‖²_F for each sample, from its code h and the layer's weight W. */
    public static NDArray frobeniusSquared(NDArray h, NDArray w) {
        NDArray slope = h.mul(h.neg().add(1f)).square();
        NDArray rowNorms = w.square().sum(new int[] {1});
        return slope.mul(rowNorms).sum(new int[] {1});
    }
}
