package org.latentlab.ml.inspect;

import java.util.List;

/** A model's layers and one input's activations in each (layer 0 the input itself), as plain values. */
public record Inspection(List<LayerSummary> layers, int codeLayer, float[][] activations) {
    public Inspection {
        layers = List.copyOf(layers);
    }
}
