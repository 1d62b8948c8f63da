package org.latentlab.ml.model;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;

/** Builds the encoder and decoder blocks a {@link ModelSpec} describes. */
public final class Autoencoders {
    private Autoencoders() {}

    /** A fresh, uninitialised autoencoder for the spec. */
    public static AutoencoderBlock build(ModelSpec spec) {
        spec.validate();
        return switch (spec.variant()) {
            case UNDERCOMPLETE -> dense(spec);
        };
    }

    /**
     * Dense encoder {@code D → h1 → … → latent} (linear code, as in the course's Keras example) and
     * the mirrored decoder {@code latent → … → h1 → D} with a sigmoid output, so reconstructions are
     * in [0,1] like the inputs.
     */
    private static AutoencoderBlock dense(ModelSpec spec) {
        SequentialBlock encoder = new SequentialBlock();
        for (int h : spec.hiddenSizes()) {
            encoder.add(Linear.builder().setUnits(h).build());
            encoder.add(activation(spec.activation()));
        }
        encoder.add(Linear.builder().setUnits(spec.latentSize()).build());

        SequentialBlock decoder = new SequentialBlock();
        List<Integer> reversed = new ArrayList<>(spec.hiddenSizes());
        java.util.Collections.reverse(reversed);
        for (int h : reversed) {
            decoder.add(Linear.builder().setUnits(h).build());
            decoder.add(activation(spec.activation()));
        }
        decoder.add(Linear.builder().setUnits(spec.inputSize()).build());
        decoder.add(activation(Activation.SIGMOID));
        return new AutoencoderBlock(encoder, decoder);
    }

    private static java.util.function.Function<NDList, NDList> activation(Activation a) {
        return list -> new NDList(a.apply(list.singletonOrThrow()));
    }

    /** The objective the spec's variant minimises. */
    public static org.latentlab.ml.loss.Objective objective(ModelSpec spec) {
        return switch (spec.variant()) {
            case UNDERCOMPLETE -> new org.latentlab.ml.loss.Objective(List.of(new org.latentlab.ml.loss.MeanSquaredError()));
        };
    }

    /** Number of trainable values once the block is initialised for the spec's input. */
    public static long parameterCount(Block block) {
        return block.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

}
