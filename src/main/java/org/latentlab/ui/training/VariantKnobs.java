package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.latentlab.data.Noise;
import org.latentlab.ml.model.Activation;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;

/**
 * The knobs the sidebar shows for a variant: the shared ones (code size, layers, optimiser, seed)
 * and the variant's own (β, the sparsity penalty, the noise, λ, the convolution's shape...). Each
 * knob validates a new value by building the spec with it, so the range sentence is the spec's own.
 */
final class VariantKnobs {
    private static final String MODEL = "Model";
    private static final String OPTIMISER = "Optimiser";
    private static final String VARIANT = "Variant";

    private VariantKnobs() {}

    static List<Knob> of(ExperimentForm vm, Supplier<Boolean> idle) {
        Variant v = vm.variantProperty().get();
        ModelSpec spec = vm.variantSpecProperty().get();
        List<Knob> knobs = new ArrayList<>();
        Supplier<Boolean> always = () -> true;
        if (v != Variant.CONVOLUTIONAL) {
            knobs.add(new Knob("latent", "Latent size", MODEL, "Units in the code, 1–16384. 2 can be plotted directly; wider codes are shown "
                    + "by two chosen dimensions or their PCA plane.", Integer.class, false, vm.latentSizeProperty().get(),
                    x -> {
                        check(vm, b -> b.latentSize((Integer) x));
                        vm.latentSizeProperty().set((Integer) x);
                    }, idle));
            knobs.add(new Knob("hidden", "Hidden layers", MODEL, "Sizes of the encoder's hidden layers, e.g. 512 or 1000,500,250, or none; "
                    + "the decoder mirrors them.", String.class, false, vm.hiddenLayersProperty().get(),
                    x -> {
                        check(vm, b -> b.hiddenSizes(ExperimentForm.parseHidden((String) x)));
                        vm.hiddenLayersProperty().set((String) x);
                    }, idle));
            knobs.add(spec(vm, "activation", "Activation", MODEL, "The hidden layers' non-linearity (linear: none, the autoencoder as PCA).",
                    Activation.class, spec.activation(), (b, x) -> b.activation((Activation) x), false, idle));
        }
        switch (v) {
            case VAE -> knobs.add(spec(vm, "beta", "β (KL weight)", VARIANT, "Weight of the KL term, 0–1000: 1 is the VAE, larger "
                    + "values trade reconstruction for a code closer to the prior (β-VAE); too large and the posterior collapses.",
                    Double.class, spec.beta(), (b, x) -> b.beta((Double) x), true, always));
            case SPARSE, OVERCOMPLETE -> {
                if (v == Variant.OVERCOMPLETE) {
                    knobs.add(spec(vm, "regulariser", "Regulariser", VARIANT, "What keeps a code wider than the input from copying it: "
                            + "none, a sparsity penalty, or input noise.", ModelSpec.Regulariser.class, spec.regulariser(),
                            (b, x) -> b.regulariser((ModelSpec.Regulariser) x), false, idle));
                }
                knobs.add(spec(vm, "sparsity", "Sparsity penalty", VARIANT, "KL: each unit's mean activation pulled to p; L1: activations "
                        + "pushed to 0; TOPK: only the k largest activations per sample kept.", ModelSpec.Sparsity.class, spec.sparsity(),
                        (b, x) -> b.sparsity((ModelSpec.Sparsity) x), false, idle));
                knobs.add(spec(vm, "sparsity-target", "Target rate p", VARIANT, "The KL penalty's target mean activation, between 0 and 1 "
                        + "(exclusive), e.g. 0.05.", Double.class, spec.sparsityTarget(), (b, x) -> b.sparsityTarget((Double) x), false, idle));
                knobs.add(spec(vm, "sparsity-weight", "Penalty weight λ", VARIANT, "Weight of the sparsity penalty, 0–1000.", Double.class,
                        spec.sparsityWeight(), (b, x) -> b.sparsityWeight((Double) x), true, always));
                knobs.add(spec(vm, "k", "Active units k", VARIANT, "TOPK keeps this many activations per sample, 1 to the code size.",
                        Integer.class, spec.k(), (b, x) -> b.k((Integer) x), false, idle));
                if (v == Variant.OVERCOMPLETE) {
                    noiseKnobs(vm, spec, knobs, idle);
                }
            }
            case DENOISING -> noiseKnobs(vm, spec, knobs, idle);
            case CONTRACTIVE -> knobs.add(spec(vm, "contractive-weight", "Contractive weight λ", VARIANT, "Weight of ‖J‖²_F, the encoder "
                    + "Jacobian's squared norm, 0–1000: larger makes the code less sensitive to small input changes.", Double.class,
                    spec.contractiveWeight(), (b, x) -> b.contractiveWeight((Double) x), true, always));
            case CONVOLUTIONAL -> {
                knobs.add(spec(vm, "filters", "Filters", VARIANT, "Channels of each convolution, 1–512 (the course uses 32).", Integer.class,
                        spec.filters(), (b, x) -> b.filters((Integer) x), false, idle));
                knobs.add(spec(vm, "bottleneck", "Dense bottleneck", VARIANT, "A dense code after the convolutions so it can be plotted, "
                        + "e.g. 2 or 16; 0 keeps the 7×7×filters feature maps as the code. 0–4096.", Integer.class, spec.bottleneck(),
                        (b, x) -> b.bottleneck((Integer) x), false, idle));
                knobs.add(spec(vm, "upsampling", "Upsampling", VARIANT, "Nearest-neighbour upsampling followed by a convolution, or a "
                        + "transposed convolution.", ModelSpec.Upsampling.class, spec.upsampling(),
                        (b, x) -> b.upsampling((ModelSpec.Upsampling) x), false, idle));
            }
            case STACKED -> {
                knobs.add(spec(vm, "tied", "Tied weights", VARIANT, "The decoder uses the encoder's weights, transposed: half the parameters.",
                        Boolean.class, spec.tied(), (b, x) -> b.tied((Boolean) x), false, idle));
                knobs.add(spec(vm, "epochs-per-layer", "Epochs per layer", VARIANT, "Epochs of each greedy layer-wise phase before "
                        + "fine-tuning the whole stack, 1–1000.", Integer.class, spec.epochsPerLayer(),
                        (b, x) -> b.epochsPerLayer((Integer) x), false, idle));
            }
            default -> { }
        }
        knobs.add(new Knob("learning-rate", "Learning rate", OPTIMISER, "Adam's step size, above 0 and at most 1. Too high and the loss "
                + "becomes NaN.", Double.class, true, vm.learningRateProperty().get(), x -> {
                    check(vm, b -> b.learningRate((Double) x));
                    vm.learningRateProperty().set((Double) x);
                }, always));
        knobs.add(new Knob("batch", "Batch size", OPTIMISER, "Images per optimisation step, 1–65536.", Integer.class, false,
                vm.batchSizeProperty().get(), x -> {
                    check(vm, b -> b.batchSize((Integer) x));
                    vm.batchSizeProperty().set((Integer) x);
                }, idle));
        knobs.add(new Knob("epochs", "Epochs", OPTIMISER, "Passes over the training set, 1–1000.", Integer.class, false, vm.epochsProperty().get(),
                x -> {
                    int e = (Integer) x;
                    if (e < 1 || e > 1000) {
                        throw new IllegalArgumentException("The number of epochs must be between 1 and 1000.");
                    }
                    vm.epochsProperty().set(e);
                }, idle));
        knobs.add(new Knob("seed", "Seed", OPTIMISER, "Fixes the split, the initial weights and the batch order: the same seed repeats a "
                + "run exactly. 0 or more.", Integer.class, false, vm.seedProperty().get(), x -> {
                    if ((Integer) x < 0) {
                        throw new IllegalArgumentException("The seed must be 0 or more.");
                    }
                    vm.seedProperty().set((Integer) x);
                }, idle));
        return knobs;
    }

    private static void noiseKnobs(ExperimentForm vm, ModelSpec spec, List<Knob> knobs, Supplier<Boolean> idle) {
        Noise noise = spec.noise();
        knobs.add(spec(vm, "noise-kind", "Noise", VARIANT, "How training inputs are corrupted: Gaussian (σ), masking (each pixel set to 0 "
                + "with probability q) or salt-and-pepper.", Noise.Kind.class, noise.kind(),
                (b, x) -> b.noise(new Noise((Noise.Kind) x, vm.variantSpecProperty().get().noise().level())), false, idle));
        knobs.add(spec(vm, "noise-level", "Noise level", VARIANT, "σ of Gaussian noise, or the probability q of a corrupted pixel.",
                Double.class, noise.level(), (b, x) -> b.noise(new Noise(vm.variantSpecProperty().get().noise().kind(), (Double) x)),
                true, () -> true));
    }

    /** A knob stored in the variant's spec. */
    private static Knob spec(ExperimentForm vm, String id, String name, String category, String description, Class<?> type,
                             Object initial, java.util.function.BiFunction<ModelSpec.Builder, Object, ModelSpec.Builder> set, boolean live,
                             Supplier<Boolean> editable) {
        Consumer<Object> apply = x -> {
            ModelSpec next = set.apply(vm.variantSpecProperty().get().toBuilder(), x).build();
            try {
                next.validate();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            vm.variantSpecProperty().set(next);
            if (live) {
                vm.applyLive(name + " = " + KnobEditors.format(x), next);
            }
        };
        return new Knob(id, name, category, description, type, live, initial, apply, editable);
    }

    private static void check(ExperimentForm vm, UnaryOperator<ModelSpec.Builder> change) {
        change.apply(vm.variantSpecProperty().get().toBuilder()).build().validate();
    }
}
