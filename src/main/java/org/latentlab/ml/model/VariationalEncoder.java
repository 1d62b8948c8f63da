package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The VAE's encoder: a hidden stack, then two heads giving μ and log σ² of a diagonal Gaussian.
 * In training the code is a sample {@code z = μ + σ·ε} (the reparameterisation trick, so gradients
 * reach μ and σ); otherwise it is μ. Returns {@code [z, μ, log σ²]}.
 */
public final class VariationalEncoder extends AbstractBlock {
    private static final byte VERSION = 1;
    private final Block hidden;
    private final Linear mean;
    private final Linear logVariance;
    private final int latentSize;

    public VariationalEncoder(Block hidden, int latentSize) {
        super(VERSION);
        this.latentSize = latentSize;
        this.hidden = addChildBlock("hidden", hidden);
        this.mean = addChildBlock("mean", Linear.builder().setUnits(latentSize).build());
        this.logVariance = addChildBlock("log_variance", Linear.builder().setUnits(latentSize).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList h = hidden.forward(ps, inputs, training, params);
        NDArray mu = mean.forward(ps, h, training, params).head();
        NDArray logVar = logVariance.forward(ps, h, training, params).head();
        NDArray z = training ? sample(mu, logVar) : mu;
        return new NDList(z, mu, logVar);
    }

    /** σ of each code from this encoder's output {@code [z, μ, log σ²]}. */
    public static NDArray standardDeviation(NDList encoded) {
        return encoded.get(2).mul(0.5f).exp();
    }

    /** {@code μ + exp(½ log σ²)·ε} with ε ~ N(0, I). */
    public static NDArray sample(NDArray mu, NDArray logVar) {
        NDArray eps = mu.getManager().randomNormal(0f, 1f, mu.getShape(), DataType.FLOAT32, mu.getDevice());
        return mu.add(logVar.mul(0.5f).exp().mul(eps));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape code = new Shape(inputShapes[0].get(0), latentSize);
        return new Shape[] {code, code, code};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        hidden.initialize(manager, dataType, inputShapes);
        Shape[] h = hidden.getOutputShapes(inputShapes);
        mean.initialize(manager, dataType, h);
        logVariance.initialize(manager, dataType, h);
    }
}
