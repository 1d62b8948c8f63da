package org.latentlab.ml.inspect;

/**
 * One layer of a model as the network view draws it: its name, its output's shape for one input
 * ({@code [units]} for a dense layer, {@code [maps, height, width]} for a convolutional one), how many
 * trainable values it holds, and whether its output is the code.
 */
public record LayerSummary(String name, long[] shape, long parameters, boolean code) {
    /** Number of values the layer outputs for one input. */
    public int size() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return Math.toIntExact(n);
    }

    /** True for an output of feature maps (maps × height × width). */
    public boolean maps() {
        return shape.length == 3;
    }

    /** The shape written as the field writes it: 32×7×7, or 64. */
    public String shapeText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : "×").append(shape[i]);
        }
        return b.toString();
    }
}
