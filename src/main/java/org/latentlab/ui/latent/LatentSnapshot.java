package org.latentlab.ui.latent;

import java.util.List;

/**
 * Latent codes to plot: {@code labels.length × latentSize} values, row-major, with each sample's
 * class and the class names. Plain arrays: the UI never sees DJL types.
 */
public record LatentSnapshot(float[] codes, int latentSize, int[] labels, List<String> classNames, String caption) {
    public LatentSnapshot {
        if (latentSize < 1 || codes.length != (long) labels.length * latentSize) {
            throw new IllegalArgumentException("codes must be labels × latentSize values");
        }
        classNames = List.copyOf(classNames);
    }

    public int size() {
        return labels.length;
    }
}
