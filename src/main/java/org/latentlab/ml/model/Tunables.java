package org.latentlab.ml.model;

import org.latentlab.ml.loss.Tunable;

/**
 * The knobs of a spec that may change while it trains: β, the sparsity weight, the contractive
 * weight and the training noise's level. The objective's parts and the block read them at every step.
 */
public record Tunables(Tunable beta, Tunable sparsityWeight, Tunable contractiveWeight, Tunable noiseLevel) {
    /** The values of {@code spec}. */
    public static Tunables of(ModelSpec spec) {
        return new Tunables(new Tunable(spec.beta()), new Tunable(spec.sparsityWeight()), new Tunable(spec.contractiveWeight()),
                new Tunable(spec.noise().level()));
    }

    /** Takes the tunable values of {@code spec} (validated first); the other knobs of a running model cannot change. */
    public void update(ModelSpec spec) {
        spec.validate();
        beta.set(spec.beta());
        sparsityWeight.set(spec.sparsityWeight());
        contractiveWeight.set(spec.contractiveWeight());
        noiseLevel.set(spec.noise().level());
    }
}
