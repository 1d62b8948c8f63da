package org.latentlab.ml.model;

import static org.latentlab.ml.model.Variant.CONTRACTIVE;
import static org.latentlab.ml.model.Variant.CONVOLUTIONAL;
import static org.latentlab.ml.model.Variant.DENOISING;
import static org.latentlab.ml.model.Variant.LINEAR;
import static org.latentlab.ml.model.Variant.OVERCOMPLETE;
import static org.latentlab.ml.model.Variant.SPARSE;
import static org.latentlab.ml.model.Variant.STACKED;
import static org.latentlab.ml.model.Variant.VAE;

import java.util.List;
import org.latentlab.data.Noise;
import org.latentlab.ml.model.Knob.Group;
import org.latentlab.ml.model.ModelSpec.Regulariser;
import org.latentlab.ml.model.ModelSpec.Sparsity;
import org.latentlab.ml.model.ModelSpec.Upsampling;

/**
 * Every knob of a {@link ModelSpec}, in the order the sidebar and {@code --help} list them, and
 * the rules that tie knobs together (a code wider than the input, a noise for the denoising
 * variant...). Adding a knob is one entry in {@link #ALL} plus the code that uses its value.
 */
public final class Knobs {
    private Knobs() {}

    public static final Knob<Integer> LATENT = Knob.of("latent", KnobType.INT, 2)
            .name("Latent size").called("The latent size").group(Group.MODEL).jsonKey("latent_size")
            .help("Units in the code. 2 can be plotted directly; wider codes are shown by two chosen dimensions or their PCA plane.")
            .range(Range.between(1, 16384)).notOfferedTo(CONVOLUTIONAL)
            .defaultFor(CONVOLUTIONAL, 32 * 7 * 7).defaultFor(SPARSE, 64).defaultFor(DENOISING, 32).defaultFor(CONTRACTIVE, 64)
            .defaultFor(STACKED, 32).defaultFor(OVERCOMPLETE, 1000)
            .build();

    public static final Knob<List<Integer>> HIDDEN = Knob.of("hidden", KnobType.SIZES, List.of(512))
            .name("Hidden layers").called("Each hidden layer size").group(Group.MODEL).jsonKey("hidden_sizes")
            .help("Sizes of the encoder's hidden layers, e.g. 512 or 1000,500,250, or none; the decoder mirrors them.")
            .range(Range.between(1, 16384)).notOfferedTo(CONVOLUTIONAL)
            .defaultFor(LINEAR, List.of()).defaultFor(CONVOLUTIONAL, List.of()).defaultFor(SPARSE, List.of())
            .defaultFor(CONTRACTIVE, List.of()).defaultFor(STACKED, List.of(256, 64)).defaultFor(OVERCOMPLETE, List.of())
            .build();

    public static final Knob<Activation> ACTIVATION = Knob.of("activation", KnobType.choice(Activation.class), Activation.RELU)
            .name("Activation").group(Group.MODEL)
            .help("The hidden layers' non-linearity (linear: none, the autoencoder as PCA).")
            .notOfferedTo(CONVOLUTIONAL).defaultFor(LINEAR, Activation.LINEAR)
            .build();

    public static final Knob<Double> BETA = Knob.of("beta", KnobType.DOUBLE, 1.0)
            .name("β (KL weight)").called("β")
            .help("Weight of the KL term: 1 is the VAE, larger values trade reconstruction for a code closer to the prior "
                    + "(β-VAE); too large and the posterior collapses.")
            .range(Range.between(0, 1000)).offeredTo(VAE).live(v -> v)
            .build();

    public static final Knob<Regulariser> REGULARISER = Knob.of("regulariser", KnobType.choice(Regulariser.class), Regulariser.NONE)
            .name("Regulariser")
            .help("What keeps a code wider than the input from copying it: none, a sparsity penalty, or input noise.")
            .offeredTo(OVERCOMPLETE).defaultFor(OVERCOMPLETE, Regulariser.SPARSE)
            .build();

    public static final Knob<Sparsity> SPARSITY = Knob.of("sparsity", KnobType.choice(Sparsity.class), Sparsity.KL)
            .name("Sparsity").called("The sparsity penalty")
            .help("KL: each unit's mean activation pulled to p; L1: activations pushed to 0; TOPK: only the k largest "
                    + "activations per sample kept.")
            .offeredTo(SPARSE, OVERCOMPLETE).when("overcomplete: with regulariser sparse", Knobs::sparse)
            .defaultFor(OVERCOMPLETE, Sparsity.L1)
            .build();

    public static final Knob<Double> SPARSITY_TARGET = Knob.of("sparsity-target", KnobType.DOUBLE, 0.05)
            .name("Target rate p").called("The sparsity target p")
            .help("The KL penalty's target mean activation, e.g. 0.05.")
            .range(Range.strictlyBetween(0, 1)).offeredTo(SPARSE, OVERCOMPLETE)
            .when("with sparsity kl", s -> sparse(s) && s.sparsity() == Sparsity.KL)
            .build();

    public static final Knob<Double> SPARSITY_WEIGHT = Knob.of("sparsity-weight", KnobType.DOUBLE, 0.1)
            .name("Penalty λ").called("The sparsity weight λ")
            .help("Weight of the sparsity penalty.")
            .range(Range.between(0, 1000)).offeredTo(SPARSE, OVERCOMPLETE)
            .when("with sparsity kl or l1", s -> sparse(s) && s.sparsity() != Sparsity.TOPK).live(v -> v)
            .build();

    /** Its upper end is the code size: {@link #checkRules} checks it. */
    public static final Knob<Integer> K = Knob.of("k", KnobType.INT, 10)
            .name("Active units k").called("k")
            .help("TOPK keeps this many activations per sample, 1 to the code size.")
            .offeredTo(SPARSE, OVERCOMPLETE).when("with sparsity topk", s -> sparse(s) && s.sparsity() == Sparsity.TOPK)
            .build();

    public static final Knob<Noise> NOISE = Knob.of("noise", KnobType.NOISE, Noise.NONE)
            .name("Noise")
            .help("How training inputs are corrupted: gaussian:σ, masking:q (each pixel set to 0 with probability q), "
                    + "saltpepper:p, or none.")
            .offeredTo(DENOISING, OVERCOMPLETE)
            .when("overcomplete: with regulariser denoising", s -> s.variant() == DENOISING || s.regulariser() == Regulariser.DENOISING)
            .defaultFor(DENOISING, new Noise(Noise.Kind.GAUSSIAN, 0.5)).live(Noise::level)
            .build();

    public static final Knob<Double> CONTRACTIVE_WEIGHT = Knob.of("contractive-weight", KnobType.DOUBLE, 0.01)
            .name("Contraction λ").called("The contractive weight λ")
            .help("Weight of ‖J‖²_F, the encoder Jacobian's squared norm: larger makes the code less sensitive to small input changes.")
            .range(Range.between(0, 1000)).offeredTo(CONTRACTIVE).live(v -> v)
            .build();

    public static final Knob<Integer> FILTERS = Knob.of("filters", KnobType.INT, 32)
            .name("Filters").called("The number of filters")
            .help("Channels of each convolution (the course uses 32).")
            .range(Range.between(1, 512)).offeredTo(CONVOLUTIONAL)
            .build();

    public static final Knob<Integer> BOTTLENECK = Knob.of("bottleneck", KnobType.INT, 0)
            .name("Bottleneck").called("The bottleneck")
            .help("A dense code after the convolutions so it can be plotted, e.g. 2 or 16; 0 keeps the 7×7×filters feature maps as the code.")
            .range(Range.between(0, 4096)).offeredTo(CONVOLUTIONAL)
            .build();

    public static final Knob<Upsampling> UPSAMPLING = Knob.of("upsampling", KnobType.choice(Upsampling.class), Upsampling.NEAREST)
            .name("Upsampling")
            .help("Nearest-neighbour upsampling followed by a convolution, or a transposed convolution.")
            .offeredTo(CONVOLUTIONAL)
            .build();

    public static final Knob<Boolean> TIED = Knob.of("tied", KnobType.BOOLEAN, false)
            .name("Tied weights")
            .help("The decoder uses the encoder's weights, transposed: half the parameters.")
            .offeredTo(STACKED).defaultFor(STACKED, true)
            .build();

    public static final Knob<Integer> EPOCHS_PER_LAYER = Knob.of("epochs-per-layer", KnobType.INT, 2)
            .name("Layer epochs").called("The epochs per layer")
            .help("Epochs of each greedy layer-wise phase before fine-tuning the whole stack.")
            .range(Range.between(1, 1000)).offeredTo(STACKED)
            .build();

    public static final Knob<Double> LEARNING_RATE = Knob.of("learning-rate", KnobType.DOUBLE, 1e-3)
            .name("Learning rate").called("The learning rate").group(Group.OPTIMISER).option("--lr")
            .help("Adam's step size. Too high and the loss becomes NaN.")
            .range(Range.aboveUpTo(0, 1)).live(v -> v)
            .defaultFor(SPARSE, 5e-3).defaultFor(CONTRACTIVE, 5e-3).defaultFor(VAE, 5e-3)
            .build();

    public static final Knob<Integer> BATCH = Knob.of("batch", KnobType.INT, 128)
            .name("Batch size").called("The batch size").group(Group.OPTIMISER).jsonKey("batch_size")
            .help("Images per optimisation step.")
            .range(Range.between(1, 65536))
            .build();

    public static final Knob<Integer> TRAIN_IMAGES = Knob.of("train-images", KnobType.INT, 0)
            .name("Train images").called("The number of training images").group(Group.OPTIMISER)
            .help("Train on only this many images of the training split (0: all of them); validation uses the whole validation split. "
                    + "A few dozen let a large network memorise them: training error near zero while validation error stays high.")
            .range(Range.between(0, 100_000_000))
            .build();

    /** Every knob, in the order the sidebar and {@code --help} list them. */
    public static final List<Knob<?>> ALL = List.of(LATENT, HIDDEN, ACTIVATION, BETA, REGULARISER, SPARSITY, SPARSITY_TARGET,
            SPARSITY_WEIGHT, K, NOISE, CONTRACTIVE_WEIGHT, FILTERS, BOTTLENECK, UPSAMPLING, TIED, EPOCHS_PER_LAYER,
            LEARNING_RATE, BATCH, TRAIN_IMAGES);

    /**
     * Epochs a run of each variant's default network takes by default in the window: about a minute
     * of training on mnist-10k on a 2-core CPU, at most 100.
     */
    private static final java.util.Map<Variant, Integer> DEFAULT_EPOCHS = java.util.Map.of(
            LINEAR, 100, Variant.UNDERCOMPLETE, 90, OVERCOMPLETE, 50, CONVOLUTIONAL, 8, VAE, 80,
            SPARSE, 100, DENOISING, 90, CONTRACTIVE, 100, STACKED, 100);

    /** How many epochs a run of {@code variant}'s default network takes by default (about a minute in the window). */
    public static int defaultEpochs(Variant variant) {
        return DEFAULT_EPOCHS.get(variant);
    }

    /** The knob with this id, or null. */
    public static Knob<?> byId(String id) {
        return ALL.stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The rules between knobs, after each knob's own range: throws one sentence for the first the
     * spec breaks.
     */
    static void checkRules(ModelSpec s) {
        if (K.usedBy(s) && (s.k() < 1 || s.k() > s.latentSize())) {
            throw new IllegalArgumentException("k must be between 1 and the code size " + s.latentSize() + ", got " + s.k() + ".");
        }
        if (s.variant() == DENOISING && s.noise().isNone()) {
            throw new IllegalArgumentException("The denoising autoencoder needs a noise, e.g. --noise gaussian:0.5.");
        }
        if (s.variant() == CONVOLUTIONAL && s.isTable()) {
            throw new IllegalArgumentException("The convolutional autoencoder convolves pictures; a table's rows of features cannot be "
                    + "convolved: choose a dense variant such as undercomplete.");
        }
        if (s.variant() == CONVOLUTIONAL && (s.height() % 4 != 0 || s.width() % 4 != 0 || s.height() < 4 || s.width() < 4)) {
            throw new IllegalArgumentException("The convolutional autoencoder needs images whose sides are divisible by 4, got "
                    + s.height() + "×" + s.width() + " (tabular data cannot be convolved).");
        }
        if (s.variant() == CONTRACTIVE && !s.hiddenSizes().isEmpty()) {
            throw new IllegalArgumentException("The contractive penalty is computed in closed form for one sigmoid encoder layer: "
                    + "use --hidden none.");
        }
        if (s.variant() == STACKED && s.hiddenSizes().isEmpty()) {
            throw new IllegalArgumentException("A stacked autoencoder needs at least one hidden layer, e.g. --hidden 256,64.");
        }
        if (s.variant() == OVERCOMPLETE) {
            if (s.latentSize() <= s.inputSize()) {
                throw new IllegalArgumentException("An overcomplete code must be wider than the input (" + s.inputSize()
                        + " values), got " + s.latentSize() + ".");
            }
            if (s.regulariser() == Regulariser.NONE) {
                throw new IllegalArgumentException("An overcomplete code with no regulariser can copy its input unit by unit "
                        + "and learns nothing useful: choose --regulariser sparse or denoising.");
            }
            if (s.regulariser() == Regulariser.DENOISING && s.noise().isNone()) {
                throw new IllegalArgumentException("The denoising regulariser needs a noise, e.g. --noise gaussian:0.5.");
            }
        }
    }

    /** Whether a sparsity penalty is in force: the sparse variant's, or an overcomplete code's regulariser. */
    private static boolean sparse(ModelSpec s) {
        return s.variant() == SPARSE || s.regulariser() == Regulariser.SPARSE;
    }
}
