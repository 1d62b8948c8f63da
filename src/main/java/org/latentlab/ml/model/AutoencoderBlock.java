package org.latentlab.ml.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * An autoencoder as one DJL block with an {@code encoder} and a {@code decoder} child, as DJL's own
 * {@code EncoderDecoder} is built, so either half can run alone. Inputs and outputs are flat
 * ({@code N × C·H·W}); the forward pass returns {@code [reconstruction, code]}, the contract every
 * {@link org.latentlab.ml.loss.Objective} reads.
 */
public final class AutoencoderBlock extends AbstractBlock {
    private static final byte VERSION = 1;
    /** Position of the reconstruction in the forward output. */
    public static final int RECONSTRUCTION = 0;
    /** Position of the latent code in the forward output. */
    public static final int CODE = 1;

    private final Block encoder;
    private final Block decoder;

    public AutoencoderBlock(Block encoder, Block decoder) {
        super(VERSION);
        this.encoder = addChildBlock("encoder", encoder);
        this.decoder = addChildBlock("decoder", decoder);
    }

    public Block encoder() {
        return encoder;
    }

    public Block decoder() {
        return decoder;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList code = encoder.forward(ps, inputs, training, params);
        NDList reconstruction = decoder.forward(ps, new NDList(code.head()), training, params);
        return new NDList(reconstruction.head(), code.head());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] code = encoder.getOutputShapes(inputShapes);
        Shape[] reconstruction = decoder.getOutputShapes(new Shape[] {code[0]});
        return new Shape[] {reconstruction[0], code[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape[] code = encoder.getOutputShapes(inputShapes);
        decoder.initialize(manager, dataType, code[0]);
    }
}
