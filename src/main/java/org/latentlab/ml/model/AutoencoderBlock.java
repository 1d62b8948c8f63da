package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.latentlab.data.Noise;
import org.latentlab.ml.loss.ForwardOutput;
import org.latentlab.ml.loss.Tunable;

/**
 * An autoencoder as one DJL block with an {@code encoder} and a {@code decoder} child, as DJL's own
 * {@code EncoderDecoder} is built, so either half can run alone. Inputs and outputs are flat
 * ({@code N × C·H·W}). In training the input may first be corrupted (the denoising variant). The
 * forward pass returns {@code [reconstruction, code, decoder output before its final activation,
 * ...whatever else the encoder returns]} (a VAE's μ and log σ²), the contract every
 * {@link org.latentlab.ml.loss.LossPart} reads (the positions of {@link ForwardOutput}).
 */
public final class AutoencoderBlock extends AbstractBlock {
    private static final byte VERSION = 1;
    /** Position of the reconstruction in the forward output. */
    public static final int RECONSTRUCTION = ForwardOutput.RECONSTRUCTION;
    /** Position of the latent code in the forward output. */
    public static final int CODE = ForwardOutput.CODE;
    /** Position of the decoder's output before the final activation (logits for a sigmoid output). */
    public static final int PRE_ACTIVATION = ForwardOutput.PRE_ACTIVATION;
    /** Position of the first extra array the encoder returned. */
    public static final int EXTRAS = ForwardOutput.EXTRAS;

    private final Block encoder;
    private final Block decoder;
    private final Noise noise;
    private final boolean sigmoidOutput;
    private Tunable noiseLevel;

    /** An autoencoder with a sigmoid output and no input corruption. */
    public AutoencoderBlock(Block encoder, Block decoder) {
        this(encoder, decoder, Noise.NONE, true);
    }

    /**
     * @param noise corruption of the input while training ({@link Noise#NONE} for none)
     * @param sigmoidOutput whether reconstructions pass through a sigmoid (values in [0,1]) or are linear
     */
    public AutoencoderBlock(Block encoder, Block decoder, Noise noise, boolean sigmoidOutput) {
        super(VERSION);
        this.encoder = addChildBlock("encoder", encoder);
        this.decoder = addChildBlock("decoder", decoder);
        this.noise = noise;
        this.sigmoidOutput = sigmoidOutput;
        this.noiseLevel = new Tunable(noise.level());
    }

    /** Reads the training noise's level from {@code level}, so it can change during a run. */
    public void useNoiseLevel(Tunable level) {
        noiseLevel = level;
    }

    public Block encoder() {
        return encoder;
    }

    public Block decoder() {
        return decoder;
    }

    /** Whether reconstructions pass through a sigmoid. */
    public boolean sigmoidOutput() {
        return sigmoidOutput;
    }

    /**
     * The encoder's own uncertainty about each code, σ per dimension ({@code N × latent}), from what
     * the encoder returned; null when the encoder gives one code and no spread (every variant but the VAE).
     */
    public NDArray codeSpread(NDList encoded) {
        return hasCodeSpread() ? VariationalEncoder.standardDeviation(encoded) : null;
    }

    /** Whether the encoder gives a spread with each code (see {@link #codeSpread}). */
    public boolean hasCodeSpread() {
        return encoder instanceof VariationalEncoder;
    }

    /** The decoder's output as reconstructions: through the sigmoid when the model has one. */
    public NDArray outputActivation(NDArray preActivation) {
        return sigmoidOutput ? ai.djl.nn.Activation.sigmoid(preActivation) : preActivation;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        if (training && !noise.isNone()) {
            x = Corruption.apply(new Noise(noise.kind(), noiseLevel.get()), x);
        }
        NDList encoded = encoder.forward(ps, new NDList(x), training, params);
        NDArray pre = decoder.forward(ps, new NDList(encoded.head()), training, params).head();
        NDList out = new NDList(encoded.size() + 2);
        out.add(outputActivation(pre));
        out.add(encoded.head());
        out.add(pre);
        for (int i = 1; i < encoded.size(); i++) {
            out.add(encoded.get(i));
        }
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] code = encoder.getOutputShapes(inputShapes);
        Shape[] reconstruction = decoder.getOutputShapes(new Shape[] {code[0]});
        Shape[] out = new Shape[code.length + 2];
        out[0] = reconstruction[0];
        out[1] = code[0];
        out[2] = reconstruction[0];
        System.arraycopy(code, 1, out, 3, code.length - 1);
        return out;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape[] code = encoder.getOutputShapes(inputShapes);
        decoder.initialize(manager, dataType, code[0]);
    }
}
