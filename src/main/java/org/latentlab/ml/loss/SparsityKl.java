package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * The sparse autoencoder's penalty λ · Σ_j KL(p ‖ p̂_j), where p̂_j is unit j's mean activation over
 * the batch (a sigmoid code) and p the target rate: it is zero only when every unit fires at rate p.
 */
public final class SparsityKl implements LossPart {
    /** The name every sparsity penalty carries. */
    public static final String NAME = "sparsity";
    private final float target;
    private final Tunable weight;

    public SparsityKl(double target, double weight) {
        this(target, new Tunable(weight));
    }

    /** A penalty whose weight λ can change during a run. */
    public SparsityKl(double target, Tunable weight) {
        this.target = (float) target;
        this.weight = weight;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray evaluate(NDList input, NDList output) {
        NDArray rate = output.get(ForwardOutput.CODE).mean(new int[] {0}).clip(1e-6f, 1 - 1e-6f);
        float p = target;
        // p·log(p/p̂) + (1−p)·log((1−p)/(1−p̂)), with p̂ kept inside (0,1).
        NDArray kl = rate.log().neg().add((float) Math.log(p)).mul(p)
                .add(rate.neg().add(1f).log().neg().add((float) Math.log(1 - p)).mul(1 - p));
        return kl.sum().mul(weight.get());
    }
}
