package org.latentlab.ui.latent;

import java.util.List;

/**
 * Latent codes to plot: {@code labels.length × latentSize} values, row-major, with each sample's
 * class and the class names; and, for an encoder that has them (a VAE's), the σ of each code value
 * laid out like the codes, else null. Plain arrays: the UI never sees DJL types.
 */
public record LatentSnapshot(float[] codes, float[] spreads, int latentSize, int[] labels, List<String> classNames, String caption) {
    public LatentSnapshot {
        if (latentSize < 1 || codes.length != (long) labels.length * latentSize) {
            throw new IllegalArgumentException("codes must be labels × latentSize values");
        }
        if (spreads != null && spreads.length != codes.length) {
            throw new IllegalArgumentException("spreads must be laid out like the codes");
        }
        classNames = List.copyOf(classNames);
    }

    /** Codes without spreads. */
    public LatentSnapshot(float[] codes, int latentSize, int[] labels, List<String> classNames, String caption) {
        this(codes, null, latentSize, labels, classNames, caption);
    }

    public int size() {
        return labels.length;
    }

    /** A copy with the encoder's spreads attached. */
    public LatentSnapshot withSpreads(float[] spreads) {
        return new LatentSnapshot(codes, spreads, latentSize, labels, classNames, caption);
    }
}
