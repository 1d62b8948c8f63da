package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.latentlab.data.Noise;
import org.latentlab.ml.loss.BinaryCrossEntropy;
import org.latentlab.ml.loss.ContractivePenalty;
import org.latentlab.ml.loss.KlDivergence;
import org.latentlab.ml.loss.LossPart;
import org.latentlab.ml.loss.MeanSquaredError;
import org.latentlab.ml.loss.Objective;
import org.latentlab.ml.loss.SparsityKl;
import org.latentlab.ml.loss.SparsityL1;

/** Builds the blocks, the objective and the training phases a {@link ModelSpec} describes. */
public final class Autoencoders {
    private Autoencoders() {}

    /** A fresh, uninitialised autoencoder for the spec. */
    public static AutoencoderBlock build(ModelSpec spec) {
        spec.validate();
        return switch (spec.variant()) {
            case LINEAR -> dense(spec, Activation.LINEAR, Activation.LINEAR, false);
            case UNDERCOMPLETE, DENOISING -> dense(spec, spec.activation(), Activation.LINEAR, true);
            case SPARSE, OVERCOMPLETE -> dense(spec, spec.activation(), codeActivation(spec), true);
            case CONTRACTIVE -> dense(spec, spec.activation(), Activation.SIGMOID, true);
            case CONVOLUTIONAL -> convolutional(spec);
            case VAE -> variational(spec);
            case STACKED -> stacked(spec);
        };
    }

    /** The objective the spec's variant minimises; some parts read the block's weights. */
    public static Objective objective(ModelSpec spec, AutoencoderBlock block) {
        return objective(spec, block, Tunables.of(spec));
    }

    /** The objective, its weights read from {@code tunables} so a run can change them. */
    public static Objective objective(ModelSpec spec, AutoencoderBlock block, Tunables tunables) {
        List<LossPart> parts = new ArrayList<>();
        switch (spec.variant()) {
            case CONVOLUTIONAL -> parts.add(new BinaryCrossEntropy(false));
            case VAE -> {
                parts.add(new BinaryCrossEntropy(true));
                parts.add(new KlDivergence(tunables.get(Knobs.BETA)));
            }
            default -> parts.add(new MeanSquaredError());
        }
        ModelSpec.Sparsity sparsity = spec.activeSparsity();
        if (sparsity == ModelSpec.Sparsity.KL) {
            parts.add(new SparsityKl(spec.sparsityTarget(), tunables.get(Knobs.SPARSITY_WEIGHT)));
        } else if (sparsity == ModelSpec.Sparsity.L1) {
            parts.add(new SparsityL1(tunables.get(Knobs.SPARSITY_WEIGHT)));
        }
        if (spec.variant() == Variant.CONTRACTIVE) {
            parts.add(new ContractivePenalty(codeLayerWeight(block), tunables.get(Knobs.CONTRACTIVE_WEIGHT)));
        }
        return new Objective(parts);
    }

    /**
     * The phases of a run of {@code epochs} epochs: one for most variants; for the stacked variant
     * one greedy phase per layer ({@code epochsPerLayer} each, every layer a shallow autoencoder of
     * the codes below it) and then {@code epochs} of fine-tuning end to end.
     */
    public static List<Phase> phases(ModelSpec spec, AutoencoderBlock block, int epochs) {
        return phases(spec, block, epochs, Tunables.of(spec));
    }

    /** The phases, their objectives' weights and the input noise read from {@code tunables}. */
    public static List<Phase> phases(ModelSpec spec, AutoencoderBlock block, int epochs, Tunables tunables) {
        block.useNoiseLevel(tunables.get(Knobs.NOISE));
        Objective whole = objective(spec, block, tunables);
        if (spec.variant() != Variant.STACKED) {
            return List.of(new Phase("training", block, whole, epochs, null));
        }
        List<Block> enc = block.encoder().getChildren().values();
        List<Block> dec = block.decoder().getChildren().values();
        List<Block> encLayers = enc.stream().filter(b -> b instanceof Linear).toList();
        List<Block> decLayers = new ArrayList<>(dec.stream().filter(b -> b instanceof Linear || b instanceof TiedLinear).toList());
        Collections.reverse(decLayers);
        List<Phase> phases = new ArrayList<>();
        int layers = encLayers.size();
        for (int i = 0; i < layers; i++) {
            SequentialBlock encoder = new SequentialBlock().add(encLayers.get(i));
            if (i < layers - 1) {
                encoder.add(activation(spec.activation()));
            }
            SequentialBlock decoder = new SequentialBlock().add(decLayers.get(i));
            AutoencoderBlock shallow = new AutoencoderBlock(encoder, decoder, Noise.NONE, i == 0);
            SequentialBlock prefix = null;
            if (i > 0) {
                prefix = new SequentialBlock();
                for (int j = 0; j < i; j++) {
                    prefix.add(encLayers.get(j));
                    prefix.add(activation(spec.activation()));
                }
            }
            phases.add(new Phase("layer " + (i + 1), shallow, new Objective(List.of(new MeanSquaredError())),
                    spec.epochsPerLayer(), prefix));
        }
        phases.add(new Phase("fine-tuning", block, whole, epochs, null));
        return phases;
    }

    /** Number of trainable values once the block is initialised. */
    public static long parameterCount(Block block) {
        return block.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    private static Activation codeActivation(ModelSpec spec) {
        ModelSpec.Sparsity s = spec.activeSparsity();
        if (s == ModelSpec.Sparsity.KL) {
            return Activation.SIGMOID;
        }
        if (s == ModelSpec.Sparsity.TOPK) {
            return Activation.LINEAR;
        }
        return Activation.RELU;
    }

    /**
     * Dense encoder {@code D → h1 → … → code} and the mirrored decoder {@code code → … → h1 → D};
     * the course's Keras example keeps the code linear.
     */
    private static AutoencoderBlock dense(ModelSpec spec, Activation hidden, Activation code, boolean sigmoidOutput) {
        // A table's standardised features are not in [0,1]: its decoder ends linear.
        sigmoidOutput = sigmoidOutput && !spec.isTable();
        SequentialBlock encoder = new SequentialBlock();
        for (int h : spec.hiddenSizes()) {
            encoder.add(Linear.builder().setUnits(h).build());
            encoder.add(activation(hidden));
        }
        encoder.add(Linear.builder().setUnits(spec.latentSize()).build());
        if (code != Activation.LINEAR) {
            encoder.add(activation(code));
        }
        if (spec.activeSparsity() == ModelSpec.Sparsity.TOPK) {
            encoder.add(topK(spec.k()));
        }
        SequentialBlock decoder = new SequentialBlock();
        List<Integer> reversed = new ArrayList<>(spec.hiddenSizes());
        Collections.reverse(reversed);
        for (int h : reversed) {
            decoder.add(Linear.builder().setUnits(h).build());
            decoder.add(activation(hidden));
        }
        decoder.add(Linear.builder().setUnits(spec.inputSize()).build());
        return new AutoencoderBlock(encoder, decoder, spec.activeNoise(), sigmoidOutput);
    }

    /**
     * The course's convolutional autoencoder: Conv(f)–MaxPool2–Conv(f)–MaxPool2 to an (H/4)×(W/4)×f
     * code (optionally a dense bottleneck), then Conv–Upsample2–Conv–Upsample2–Conv(1) with nearest
     * upsampling, or two stride-2 transposed convolutions and Conv(1).
     */
    private static AutoencoderBlock convolutional(ModelSpec spec) {
        int c = spec.channels();
        int h = spec.height();
        int w = spec.width();
        int f = spec.filters();
        Shape k3 = new Shape(3, 3);
        Shape pad = new Shape(1, 1);
        SequentialBlock encoder = new SequentialBlock()
                .add(reshape(-1, c, h, w))
                .add(Conv2d.builder().setKernelShape(k3).optPadding(pad).setFilters(f).build())
                .add(activation(Activation.RELU))
                .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(k3).optPadding(pad).setFilters(f).build())
                .add(activation(Activation.RELU))
                .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(reshape(-1, (long) f * (h / 4) * (w / 4)));
        SequentialBlock decoder = new SequentialBlock();
        if (spec.bottleneck() > 0) {
            encoder.add(Linear.builder().setUnits(spec.bottleneck()).build());
            decoder.add(Linear.builder().setUnits((long) f * (h / 4) * (w / 4)).build()).add(activation(Activation.RELU));
        }
        decoder.add(reshape(-1, f, h / 4, w / 4));
        if (spec.upsampling() == ModelSpec.Upsampling.NEAREST) {
            decoder.add(Conv2d.builder().setKernelShape(k3).optPadding(pad).setFilters(f).build())
                    .add(activation(Activation.RELU))
                    .add(new LambdaBlock(list -> new NDList(Upsampling2d.nearest(list.head())), "upsample"))
                    .add(Conv2d.builder().setKernelShape(k3).optPadding(pad).setFilters(f).build())
                    .add(activation(Activation.RELU))
                    .add(new LambdaBlock(list -> new NDList(Upsampling2d.nearest(list.head())), "upsample"));
        } else {
            decoder.add(new TransposedConv2d(f)).add(activation(Activation.RELU))
                    .add(new TransposedConv2d(f)).add(activation(Activation.RELU));
        }
        decoder.add(Conv2d.builder().setKernelShape(k3).optPadding(pad).setFilters(c).build())
                .add(reshape(-1, (long) c * h * w));
        return new AutoencoderBlock(encoder, decoder, Noise.NONE, true);
    }

    private static AutoencoderBlock variational(ModelSpec spec) {
        SequentialBlock hidden = new SequentialBlock();
        for (int h : spec.hiddenSizes()) {
            hidden.add(Linear.builder().setUnits(h).build());
            hidden.add(activation(spec.activation()));
        }
        if (spec.hiddenSizes().isEmpty()) {
            hidden.add(new LambdaBlock(list -> list, "identity"));
        }
        SequentialBlock decoder = new SequentialBlock();
        List<Integer> reversed = new ArrayList<>(spec.hiddenSizes());
        Collections.reverse(reversed);
        for (int h : reversed) {
            decoder.add(Linear.builder().setUnits(h).build());
            decoder.add(activation(spec.activation()));
        }
        decoder.add(Linear.builder().setUnits(spec.inputSize()).build());
        return new AutoencoderBlock(new VariationalEncoder(hidden, spec.latentSize()), decoder, Noise.NONE, true);
    }

    /** Dense layers {@code D → h1 → … → code}, each decoder layer its encoder layer's mirror (tied: transposed). */
    private static AutoencoderBlock stacked(ModelSpec spec) {
        List<Integer> sizes = new ArrayList<>(spec.hiddenSizes());
        sizes.add(spec.latentSize());
        List<Integer> inputs = new ArrayList<>();
        inputs.add(spec.inputSize());
        inputs.addAll(sizes.subList(0, sizes.size() - 1));
        SequentialBlock encoder = new SequentialBlock();
        List<Linear> layers = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            Linear layer = Linear.builder().setUnits(sizes.get(i)).build();
            layers.add(layer);
            encoder.add(layer);
            if (i < sizes.size() - 1) {
                encoder.add(activation(spec.activation()));
            }
        }
        SequentialBlock decoder = new SequentialBlock();
        for (int i = sizes.size() - 1; i >= 0; i--) {
            int units = inputs.get(i);
            decoder.add(spec.tied() ? new TiedLinear(layers.get(i), units) : Linear.builder().setUnits(units).build());
            if (i > 0) {
                decoder.add(activation(spec.activation()));
            }
        }
        return new AutoencoderBlock(encoder, decoder, Noise.NONE, true);
    }

    /** The weight of the encoder's code layer (its last dense layer). */
    private static Parameter codeLayerWeight(AutoencoderBlock block) {
        Block last = null;
        for (Block b : block.encoder().getChildren().values()) {
            if (b instanceof Linear) {
                last = b;
            }
        }
        if (last == null) {
            throw new IllegalStateException("the encoder has no dense layer");
        }
        return last.getParameters().get("weight");
    }

    /** Keeps the k largest activations of each code and sets the rest to zero. */
    private static Block topK(int k) {
        return new LambdaBlock(list -> {
            NDArray x = list.head();
            long units = x.getShape().get(1);
            NDArray kth = x.sort(1).get(new NDIndex(":, {}", units - k)).expandDims(1);
            return new NDList(x.mul(x.gte(kth).toType(DataType.FLOAT32, false)));
        }, "top_k");
    }

    private static Block reshape(long... shape) {
        return new LambdaBlock(list -> new NDList(list.head().reshape(shape)), "reshape");
    }

    private static Block activation(Activation a) {
        UnaryOperator<NDArray> f = a::apply;
        return new LambdaBlock(list -> new NDList(f.apply(list.singletonOrThrow())), a.id());
    }
}
