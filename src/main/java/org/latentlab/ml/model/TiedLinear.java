package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A decoder layer whose weight is its encoder layer's, transposed ({@code y = x·W + b'} where the
 * encoder computes {@code h = x·Wᵀ + b}): tied weights. It owns only its bias, so a tied model holds
 * about half the weights of an untied one.
 */
public final class TiedLinear extends AbstractBlock {
    private static final byte VERSION = 1;
    private final Linear encoder;
    private final int units;
    private final Parameter bias;

    /** A decoder layer tied to {@code encoder}; {@code units} is the encoder layer's input size. */
    public TiedLinear(Linear encoder, int units) {
        super(VERSION);
        this.encoder = encoder;
        this.units = units;
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(units)).build());
    }

    /** The encoder layer's weight, shape {@code (encoder units, units)}. */
    Parameter tiedWeight() {
        return encoder.getParameters().get("weight");
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray w = ps.getValue(tiedWeight(), x.getDevice(), training);
        NDArray b = ps.getValue(bias, x.getDevice(), training);
        return new NDList(x.matMul(w).add(b));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), units)};
    }
}
