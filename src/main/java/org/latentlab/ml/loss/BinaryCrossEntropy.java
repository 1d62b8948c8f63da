package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Reconstruction error as binary cross-entropy, computed from the decoder's logits in the stable
 * form {@code max(l,0) − l·x + log(1 + e^−|l|)} (DJL's {@code fromSigmoid=true} path returns the
 * negative value, in 0.36.0 as in 0.35.1). Averaged per pixel, or summed per image for the VAE's
 * evidence lower bound.
 */
public final class BinaryCrossEntropy implements LossPart {
    private final boolean sumPerImage;

    /** @param sumPerImage sum over each image's pixels (the VAE's ELBO) rather than average them */
    public BinaryCrossEntropy(boolean sumPerImage) {
        this.sumPerImage = sumPerImage;
    }

    @Override
    public String name() {
        return MeanSquaredError.NAME;
    }

    @Override
    public NDArray evaluate(NDList input, NDList output) {
        NDArray logits = output.get(ForwardOutput.PRE_ACTIVATION);
        NDArray x = input.head();
        NDArray bce = logits.maximum(0f).sub(logits.mul(x)).add(logits.abs().neg().exp().add(1f).log());
        return sumPerImage ? bce.sum(new int[] {1}).mean() : bce.mean();
    }
}
