package org.latentlab.ml.model;

import java.util.List;

/**
 * Everything that defines an autoencoder and how it is optimised: the variant, the input shape,
 * the code size, the hidden layer sizes of the encoder (the decoder mirrors them), the activation,
 * and Adam's learning rate and batch size. Immutable; {@link #validate()} names the first knob
 * that is out of range.
 */
public record ModelSpec(
        Variant variant,
        int channels,
        int height,
        int width,
        int latentSize,
        List<Integer> hiddenSizes,
        Activation activation,
        double learningRate,
        int batchSize) {

    public ModelSpec {
        hiddenSizes = List.copyOf(hiddenSizes);
    }

    /** The course's undercomplete autoencoder for 28×28 grey images: 784-512-2-512-784, ReLU. */
    public static ModelSpec undercomplete(int latentSize) {
        return new ModelSpec(Variant.UNDERCOMPLETE, 1, 28, 28, latentSize, List.of(512), Activation.RELU, 1e-3, 128);
    }

    /** Values per input sample. */
    public int inputSize() {
        return channels * height * width;
    }

    /** Throws one sentence naming the first knob that is out of range. */
    public ModelSpec validate() {
        if (latentSize < 1 || latentSize > 4096) {
            throw new IllegalArgumentException("The latent size must be between 1 and 4096, got " + latentSize + ".");
        }
        for (int h : hiddenSizes) {
            if (h < 1 || h > 16384) {
                throw new IllegalArgumentException("Each hidden layer size must be between 1 and 16384, got " + h + ".");
            }
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("The learning rate must be in (0, 1], got " + learningRate + ".");
        }
        if (batchSize < 1 || batchSize > 65536) {
            throw new IllegalArgumentException("The batch size must be between 1 and 65536, got " + batchSize + ".");
        }
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("The input shape must be positive, got " + channels + "×" + height + "×" + width + ".");
        }
        return this;
    }

    public ModelSpec withLatentSize(int v) {
        return new ModelSpec(variant, channels, height, width, v, hiddenSizes, activation, learningRate, batchSize);
    }

    public ModelSpec withHiddenSizes(List<Integer> v) {
        return new ModelSpec(variant, channels, height, width, latentSize, v, activation, learningRate, batchSize);
    }

    public ModelSpec withActivation(Activation v) {
        return new ModelSpec(variant, channels, height, width, latentSize, hiddenSizes, v, learningRate, batchSize);
    }

    public ModelSpec withLearningRate(double v) {
        return new ModelSpec(variant, channels, height, width, latentSize, hiddenSizes, activation, v, batchSize);
    }

    public ModelSpec withBatchSize(int v) {
        return new ModelSpec(variant, channels, height, width, latentSize, hiddenSizes, activation, learningRate, v);
    }

    /** The same spec for inputs of another shape (a data set other than 28×28 grey). */
    public ModelSpec withInputShape(int c, int h, int w) {
        return new ModelSpec(variant, c, h, w, latentSize, hiddenSizes, activation, learningRate, batchSize);
    }
}
