package org.latentlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentlab.data.Noise;
import org.latentlab.ml.model.Activation;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import picocli.CommandLine.Option;

/**
 * The model's knobs on the command line, each named after the knob. A knob left out keeps the
 * variant's default (the course's network), so {@code --variant vae} alone is a sensible run.
 */
final class SpecOptions {
    @Option(names = "--variant", defaultValue = "undercomplete",
            description = "linear, undercomplete, convolutional, sparse, denoising, contractive, vae, stacked or overcomplete (default: ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--latent", description = "Size of the latent code.")
    Integer latent;

    @Option(names = "--hidden", description = "Hidden layer sizes of the encoder, e.g. 1000,500,250, or none; the decoder mirrors them.")
    String hidden;

    @Option(names = "--activation", description = "relu, sigmoid, tanh, elu or linear.")
    String activation;

    @Option(names = "--lr", description = "Adam's learning rate (default 0.001; sparse and contractive 0.005).")
    Double lr;

    @Option(names = "--batch", description = "Batch size (default 128).")
    Integer batch;

    @Option(names = "--beta", description = "vae: weight β of the KL term (default 1).")
    Double beta;

    @Option(names = "--sparsity", description = "sparse, overcomplete: kl, l1 or topk.")
    String sparsity;

    @Option(names = "--sparsity-target", description = "sparse (kl): target mean activation p in (0,1) (default 0.05).")
    Double sparsityTarget;

    @Option(names = "--sparsity-weight", description = "sparse: weight λ of the penalty (default 0.1).")
    Double sparsityWeight;

    @Option(names = "--k", description = "sparse (topk): active units kept per code.")
    Integer k;

    @Option(names = "--noise", description = "denoising: gaussian:σ, masking:q or saltpepper:p (default gaussian:0.5).")
    String noise;

    @Option(names = "--contractive-weight", description = "contractive: weight λ of ‖J‖²_F (default 0.01).")
    Double contractiveWeight;

    @Option(names = "--tied", arity = "0..1", fallbackValue = "true", description = "stacked: decoder weights are the encoder's, transposed.")
    Boolean tied;

    @Option(names = "--upsampling", description = "convolutional: nearest or transposed.")
    String upsampling;

    @Option(names = "--filters", description = "convolutional: channels per convolution (default 32).")
    Integer filters;

    @Option(names = "--bottleneck", description = "convolutional: a dense code of this size after the convolutions (default 0: none).")
    Integer bottleneck;

    @Option(names = "--epochs-per-layer", description = "stacked: epochs of each greedy layer (default 2).")
    Integer epochsPerLayer;

    @Option(names = "--regulariser", description = "overcomplete: sparse or denoising.")
    String regulariser;

    /** The spec these options describe, validated: one sentence names a knob out of range. */
    ModelSpec spec() {
        Variant v = Variant.fromId(variant);
        ModelSpec.Builder b = ModelSpec.defaults(v).toBuilder();
        if (latent != null) {
            b.latentSize(latent);
        }
        if (hidden != null) {
            b.hiddenSizes(parseSizes(hidden));
        }
        if (activation != null) {
            b.activation(Activation.fromId(activation));
        }
        if (lr != null) {
            b.learningRate(lr);
        }
        if (batch != null) {
            b.batchSize(batch);
        }
        if (beta != null) {
            b.beta(beta);
        }
        if (sparsity != null) {
            b.sparsity(choice(ModelSpec.Sparsity.class, "--sparsity", sparsity));
        }
        if (sparsityTarget != null) {
            b.sparsityTarget(sparsityTarget);
        }
        if (sparsityWeight != null) {
            b.sparsityWeight(sparsityWeight);
        }
        if (k != null) {
            b.k(k);
        }
        if (noise != null) {
            b.noise(Noise.parse(noise));
        }
        if (contractiveWeight != null) {
            b.contractiveWeight(contractiveWeight);
        }
        if (tied != null) {
            b.tied(tied);
        }
        if (upsampling != null) {
            b.upsampling(choice(ModelSpec.Upsampling.class, "--upsampling", upsampling));
        }
        if (filters != null) {
            b.filters(filters);
        }
        if (bottleneck != null) {
            b.bottleneck(bottleneck);
        }
        if (epochsPerLayer != null) {
            b.epochsPerLayer(epochsPerLayer);
        }
        if (regulariser != null) {
            b.regulariser(choice(ModelSpec.Regulariser.class, "--regulariser", regulariser));
        }
        return b.build().validate();
    }

    private static List<Integer> parseSizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        if (text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return sizes;
        }
        for (String part : text.split(",")) {
            try {
                sizes.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--hidden takes sizes separated by commas, e.g. 1000,500,250; '" + part.trim() + "' is not one.");
            }
        }
        return sizes;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException(option + " takes one of " + names + ", got '" + value + "'.");
        }
    }
}
