package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The non-linearity between dense layers. */
public enum Activation {
    RELU(ai.djl.nn.Activation::relu),
    SIGMOID(ai.djl.nn.Activation::sigmoid),
    TANH(ai.djl.nn.Activation::tanh),
    ELU(x -> ai.djl.nn.Activation.elu(x, 1f)),
    LINEAR(x -> x);

    private final UnaryOperator<NDArray> function;

    Activation(UnaryOperator<NDArray> function) {
        this.function = function;
    }

    /** Applies the activation. */
    public NDArray apply(NDArray x) {
        return function.apply(x);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name. */
    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id().equalsIgnoreCase(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not an activation: use one of "
                + java.util.Arrays.stream(values()).map(Activation::id).toList() + ".");
    }
}
