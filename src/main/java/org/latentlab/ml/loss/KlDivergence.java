package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * The VAE's regulariser: β · KL(N(μ, σ²) ‖ N(0, I)) = β · ½ Σ (σ² + μ² − 1 − log σ²), summed over
 * the code's dimensions and averaged over the batch. Reads μ and log σ² from the encoder's extras.
 */
public final class KlDivergence implements LossPart {
    /** The name the curves show. */
    public static final String NAME = "kl";
    private final Tunable beta;

    public KlDivergence(double beta) {
        this(new Tunable(beta));
    }

    /** A KL term whose β can change during a run. */
    public KlDivergence(Tunable beta) {
        this.beta = beta;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray evaluate(NDList input, NDList output) {
        NDArray mu = output.get(ForwardOutput.EXTRAS);
        NDArray logVar = output.get(ForwardOutput.EXTRAS + 1);
        return perDimension(mu, logVar).sum(new int[] {1}).mean().mul(beta.get());
    }

    /** ½ (σ² + μ² − 1 − log σ²) for each sample and dimension, unweighted. */
    public static NDArray perDimension(NDArray mu, NDArray logVar) {
        return logVar.exp().add(mu.square()).sub(1f).sub(logVar).mul(0.5f);
    }
}
