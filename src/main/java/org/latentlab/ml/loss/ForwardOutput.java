package org.latentlab.ml.loss;

/**
 * Where a {@link LossPart} finds things in an autoencoder's forward output: the reconstruction,
 * the code, the decoder's output before its final activation, then whatever else the encoder
 * returned (a VAE's μ and log σ²). The block that produces the output follows the same positions.
 */
public final class ForwardOutput {
    /** Position of the reconstruction. */
    public static final int RECONSTRUCTION = 0;
    /** Position of the latent code. */
    public static final int CODE = 1;
    /** Position of the decoder's output before the final activation (logits for a sigmoid output). */
    public static final int PRE_ACTIVATION = 2;
    /** Position of the first extra array the encoder returned. */
    public static final int EXTRAS = 3;

    private ForwardOutput() {}
}
