package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A transposed convolution with stride 2, a 3×3 kernel, padding 1 and output padding 1 (it doubles
 * the image size), as PyTorch's {@code ConvTranspose2d(c_in, c_out, 3, 2, 1, 1)} computes it. DJL's
 * PyTorch engine (0.36.0 as 0.35.1) throws "Not implemented" for its own, so it is built from ops it
 * has: zero insertion (two matrix products) then an ordinary convolution with the kernel flipped
 * and its channel axes swapped. The weight has PyTorch's shape {@code (c_in, c_out, 3, 3)}.
 */
public final class TransposedConv2d extends AbstractBlock {
    private static final byte VERSION = 1;
    private final int filters;
    private final Parameter weight;
    private final Parameter bias;

    public TransposedConv2d(int filters) {
        super(VERSION);
        this.filters = filters;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long channelsIn = inputShapes[0].get(1);
        weight.setShape(new Shape(channelsIn, filters, 3, 3));
        bias.setShape(new Shape(filters));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        NDArray b = ps.getValue(bias, x.getDevice(), training);
        NDArray kernel = w.flip(2, 3).transpose(1, 0, 2, 3);
        return Conv2d.conv2d(Upsampling2d.zeroInsert(x), kernel, b, new Shape(1, 1), new Shape(1, 1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        return new Shape[] {new Shape(s.get(0), filters, s.get(2) * 2, s.get(3) * 2)};
    }

    @Override
    public void initialize(ai.djl.ndarray.NDManager manager, DataType dataType, Shape... inputShapes) {
        super.initialize(manager, dataType, inputShapes);
    }
}
