package org.latentlab.ml.infer;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * A copy of every parameter of a model as plain numbers, in the block's parameter order: what a
 * view needs to decode at a given moment of a run, or to draw the first layer's filters.
 *
 * <p>All parameters share one array, parameter {@code i} from {@link #offset(int) offset(i)} on: one
 * large array is humongous to G1, so the sets a run hands the window are never copied by young collections.
 */
public record Weights(List<String> names, long[][] shapes, float[] values) {
    public Weights {
        names = List.copyOf(names);
        if (names.size() != shapes.length) {
            throw new IllegalArgumentException("one name and one shape per parameter");
        }
        long total = 0;
        for (long[] shape : shapes) {
            total += sizeOf(shape);
        }
        if (total != values.length) {
            throw new IllegalArgumentException("the shapes hold " + total + " values, the array " + values.length);
        }
    }

    /** Where parameter {@code i} starts in {@link #values()}. */
    public int offset(int i) {
        int offset = 0;
        for (int j = 0; j < i; j++) {
            offset += size(j);
        }
        return offset;
    }

    /** Number of values in parameter {@code i}. */
    public int size(int i) {
        return (int) sizeOf(shapes[i]);
    }

    /** Parameter {@code i}'s values, read-only, without copying them. */
    public FloatBuffer parameter(int i) {
        return FloatBuffer.wrap(values, offset(i), size(i)).slice().asReadOnlyBuffer();
    }

    /** The first layer's weight matrix: the encoder's first parameter with at least two dimensions, or -1. */
    public int firstLayerIndex() {
        for (int i = 0; i < shapes.length; i++) {
            if (shapes[i].length >= 2) {
                return i;
            }
        }
        return -1;
    }

    private static long sizeOf(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
