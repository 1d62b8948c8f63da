package org.latentlab.ml.infer;

import java.util.List;

/**
 * A copy of every parameter of a model as plain arrays, in the block's parameter order: what a
 * view needs to decode at a given moment of a run, or to draw the first layer's filters.
 */
public record Weights(List<String> names, long[][] shapes, float[][] values) {
    public Weights {
        names = List.copyOf(names);
        if (names.size() != shapes.length || shapes.length != values.length) {
            throw new IllegalArgumentException("one name and one shape per parameter");
        }
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
}
