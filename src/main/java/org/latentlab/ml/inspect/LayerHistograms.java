package org.latentlab.ml.inspect;

import java.util.List;

/**
 * At one step of a run, for every layer of {@link NetworkInspector#layers()}: the histogram of its
 * weights, of its activations over a probe batch, and of the objective's gradient with respect to
 * its weights on that batch (empty histograms for a layer without weights).
 */
public record LayerHistograms(long step, List<Histogram> weights, List<Histogram> activations, List<Histogram> gradients) {
    public LayerHistograms {
        weights = List.copyOf(weights);
        activations = List.copyOf(activations);
        gradients = List.copyOf(gradients);
    }
}
