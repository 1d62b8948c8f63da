package org.latentlab.ml.model;

import java.util.List;
import org.latentlab.data.Noise;

/**
 * Everything that defines an autoencoder and how it is optimised: the variant, the input shape,
 * the code size, the encoder's hidden layer sizes (the decoder mirrors them), the activation, Adam's
 * learning rate and batch size, and each variant's own knobs. Immutable; {@link #validate()} names
 * the first knob that is out of range, with its range. {@link #defaults(Variant)} gives the
 * course's network for each variant.
 *
 * @param beta weight of the KL term of the {@code vae} (β-VAE)
 * @param sparsity the sparsity penalty of the {@code sparse} and {@code overcomplete} variants
 * @param sparsityTarget the target mean activation p of the KL penalty
 * @param sparsityWeight the weight λ of the sparsity penalty
 * @param k active units kept per sample by the {@code topk} penalty
 * @param noise the corruption the {@code denoising} variant learns to remove
 * @param contractiveWeight the weight λ of the contractive penalty ‖J‖²_F
 * @param tied whether the {@code stacked} decoder reuses the encoder's weights, transposed
 * @param upsampling how the {@code convolutional} decoder doubles the image size
 * @param filters channels of each convolution
 * @param bottleneck a dense code after the convolutional encoder (0: the 7×7×filters maps are the code)
 * @param epochsPerLayer epochs of each greedy phase of the {@code stacked} variant
 * @param regulariser what keeps an {@code overcomplete} code from copying its input
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
        int batchSize,
        double beta,
        Sparsity sparsity,
        double sparsityTarget,
        double sparsityWeight,
        int k,
        Noise noise,
        double contractiveWeight,
        boolean tied,
        Upsampling upsampling,
        int filters,
        int bottleneck,
        int epochsPerLayer,
        Regulariser regulariser) {

    /** The sparsity penalties. */
    public enum Sparsity { KL, L1, TOPK }

    /** How the convolutional decoder upsamples. */
    public enum Upsampling { NEAREST, TRANSPOSED }

    /** What keeps an overcomplete code from learning the identity. */
    public enum Regulariser { NONE, SPARSE, DENOISING }

    public ModelSpec {
        hiddenSizes = List.copyOf(hiddenSizes);
        noise = noise == null ? Noise.NONE : noise;
        sparsity = sparsity == null ? Sparsity.KL : sparsity;
        upsampling = upsampling == null ? Upsampling.NEAREST : upsampling;
        regulariser = regulariser == null ? Regulariser.NONE : regulariser;
    }

    /** The course's network of each variant, for 28×28 grey images. */
    public static ModelSpec defaults(Variant variant) {
        Builder b = new Builder(variant);
        switch (variant) {
            case LINEAR -> b.latentSize(2).hiddenSizes(List.of()).activation(Activation.LINEAR);
            case UNDERCOMPLETE -> b.latentSize(2).hiddenSizes(List.of(512));
            case CONVOLUTIONAL -> b.latentSize(32 * 7 * 7).hiddenSizes(List.of());
            case SPARSE -> b.latentSize(64).hiddenSizes(List.of()).sparsity(Sparsity.KL).sparsityWeight(0.1).learningRate(5e-3);
            case DENOISING -> b.latentSize(32).hiddenSizes(List.of(512)).noise(new Noise(Noise.Kind.GAUSSIAN, 0.5));
            case CONTRACTIVE -> b.latentSize(64).hiddenSizes(List.of()).contractiveWeight(0.01).learningRate(5e-3);
            case VAE -> b.latentSize(2).hiddenSizes(List.of(512)).learningRate(5e-3);
            case STACKED -> b.latentSize(32).hiddenSizes(List.of(256, 64)).tied(true);
            case OVERCOMPLETE -> b.latentSize(1000).hiddenSizes(List.of()).regulariser(Regulariser.SPARSE).sparsity(Sparsity.L1).sparsityWeight(0.1);
            default -> { }
        }
        return b.build();
    }

    /** The course's 784-512-k-512-784 undercomplete autoencoder with a k-unit code. */
    public static ModelSpec undercomplete(int latentSize) {
        return defaults(Variant.UNDERCOMPLETE).toBuilder().latentSize(latentSize).build();
    }

    /** Values per input sample. */
    public int inputSize() {
        return channels * height * width;
    }

    /** Units in the code: the latent size, or for a convolutional code without a bottleneck its feature maps. */
    public int codeSize() {
        if (variant == Variant.CONVOLUTIONAL && bottleneck == 0) {
            return filters * (height / 4) * (width / 4);
        }
        if (variant == Variant.CONVOLUTIONAL) {
            return bottleneck;
        }
        return latentSize;
    }

    /** The sparsity penalty in force, or null: the sparse variant's, or an overcomplete code's when sparse. */
    public Sparsity activeSparsity() {
        if (variant == Variant.SPARSE || (variant == Variant.OVERCOMPLETE && regulariser == Regulariser.SPARSE)) {
            return sparsity;
        }
        return null;
    }

    /** The corruption applied to training inputs, {@link Noise#NONE} when there is none. */
    public Noise activeNoise() {
        if (variant == Variant.DENOISING || (variant == Variant.OVERCOMPLETE && regulariser == Regulariser.DENOISING)) {
            return noise;
        }
        return Noise.NONE;
    }

    /** Throws one sentence naming the first knob that is out of range, with its range. */
    public ModelSpec validate() {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("The input shape must be positive, got " + channels + "×" + height + "×" + width + ".");
        }
        if (variant != Variant.CONVOLUTIONAL && (latentSize < 1 || latentSize > 16384)) {
            throw new IllegalArgumentException("The latent size must be between 1 and 16384, got " + latentSize + ".");
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
        if (!(beta >= 0 && beta <= 1000)) {
            throw new IllegalArgumentException("β must be between 0 and 1000, got " + beta + ".");
        }
        if (!(sparsityTarget > 0 && sparsityTarget < 1)) {
            throw new IllegalArgumentException("The sparsity target p must be in (0, 1), got " + sparsityTarget + ".");
        }
        if (!(sparsityWeight >= 0 && sparsityWeight <= 1000)) {
            throw new IllegalArgumentException("The sparsity weight λ must be between 0 and 1000, got " + sparsityWeight + ".");
        }
        if (!(contractiveWeight >= 0 && contractiveWeight <= 1000)) {
            throw new IllegalArgumentException("The contractive weight λ must be between 0 and 1000, got " + contractiveWeight + ".");
        }
        if (activeSparsity() == Sparsity.TOPK && (k < 1 || k > latentSize)) {
            throw new IllegalArgumentException("k must be between 1 and the code size " + latentSize + ", got " + k + ".");
        }
        if (variant == Variant.DENOISING && noise.isNone()) {
            throw new IllegalArgumentException("The denoising autoencoder needs a noise, e.g. --noise gaussian:0.5.");
        }
        if (variant == Variant.CONVOLUTIONAL) {
            if (height % 4 != 0 || width % 4 != 0 || height < 4 || width < 4) {
                throw new IllegalArgumentException("The convolutional autoencoder needs images whose sides are divisible by 4, got "
                        + height + "×" + width + " (tabular data cannot be convolved).");
            }
            if (filters < 1 || filters > 512) {
                throw new IllegalArgumentException("The number of filters must be between 1 and 512, got " + filters + ".");
            }
            if (bottleneck < 0 || bottleneck > 4096) {
                throw new IllegalArgumentException("The bottleneck must be between 0 (none) and 4096, got " + bottleneck + ".");
            }
        }
        if (variant == Variant.CONTRACTIVE && !hiddenSizes.isEmpty()) {
            throw new IllegalArgumentException("The contractive penalty is computed in closed form for one sigmoid encoder layer: "
                    + "use --hidden none.");
        }
        if (variant == Variant.STACKED && (epochsPerLayer < 1 || epochsPerLayer > 1000)) {
            throw new IllegalArgumentException("Epochs per layer must be between 1 and 1000, got " + epochsPerLayer + ".");
        }
        if (variant == Variant.STACKED && hiddenSizes.isEmpty()) {
            throw new IllegalArgumentException("A stacked autoencoder needs at least one hidden layer, e.g. --hidden 256,64.");
        }
        if (variant == Variant.OVERCOMPLETE) {
            if (latentSize <= inputSize()) {
                throw new IllegalArgumentException("An overcomplete code must be wider than the input (" + inputSize()
                        + " values), got " + latentSize + ".");
            }
            if (regulariser == Regulariser.NONE) {
                throw new IllegalArgumentException("An overcomplete code with no regulariser can copy its input unit by unit "
                        + "and learns nothing useful: choose --regulariser sparse or denoising.");
            }
            if (regulariser == Regulariser.DENOISING && noise.isNone()) {
                throw new IllegalArgumentException("The denoising regulariser needs a noise, e.g. --noise gaussian:0.5.");
            }
        }
        return this;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Same as the builder, for the most common changes. */
    public ModelSpec withLatentSize(int v) {
        return toBuilder().latentSize(v).build();
    }

    public ModelSpec withHiddenSizes(List<Integer> v) {
        return toBuilder().hiddenSizes(v).build();
    }

    public ModelSpec withLearningRate(double v) {
        return toBuilder().learningRate(v).build();
    }

    public ModelSpec withBatchSize(int v) {
        return toBuilder().batchSize(v).build();
    }

    /** The same spec for inputs of another shape (a data set other than 28×28 grey). */
    public ModelSpec withInputShape(int c, int h, int w) {
        Builder b = toBuilder().inputShape(c, h, w);
        if (variant == Variant.CONVOLUTIONAL) {
            b.latentSize(bottleneck > 0 ? bottleneck : filters * (h / 4) * (w / 4));
        }
        return b.build();
    }

    /** Builds a spec knob by knob, starting from a variant's neutral values. */
    public static final class Builder {
        private Variant variant;
        private int channels = 1;
        private int height = 28;
        private int width = 28;
        private int latentSize = 2;
        private List<Integer> hiddenSizes = List.of(512);
        private Activation activation = Activation.RELU;
        private double learningRate = 1e-3;
        private int batchSize = 128;
        private double beta = 1;
        private Sparsity sparsity = Sparsity.KL;
        private double sparsityTarget = 0.05;
        private double sparsityWeight = 0.1;
        private int k = 10;
        private Noise noise = Noise.NONE;
        private double contractiveWeight = 0.01;
        private boolean tied;
        private Upsampling upsampling = Upsampling.NEAREST;
        private int filters = 32;
        private int bottleneck;
        private int epochsPerLayer = 2;
        private Regulariser regulariser = Regulariser.NONE;

        public Builder(Variant variant) {
            this.variant = variant;
        }

        Builder(ModelSpec s) {
            variant = s.variant;
            channels = s.channels;
            height = s.height;
            width = s.width;
            latentSize = s.latentSize;
            hiddenSizes = s.hiddenSizes;
            activation = s.activation;
            learningRate = s.learningRate;
            batchSize = s.batchSize;
            beta = s.beta;
            sparsity = s.sparsity;
            sparsityTarget = s.sparsityTarget;
            sparsityWeight = s.sparsityWeight;
            k = s.k;
            noise = s.noise;
            contractiveWeight = s.contractiveWeight;
            tied = s.tied;
            upsampling = s.upsampling;
            filters = s.filters;
            bottleneck = s.bottleneck;
            epochsPerLayer = s.epochsPerLayer;
            regulariser = s.regulariser;
        }

        public Builder inputShape(int c, int h, int w) {
            channels = c;
            height = h;
            width = w;
            return this;
        }

        public Builder latentSize(int v) {
            latentSize = v;
            return this;
        }

        public Builder hiddenSizes(List<Integer> v) {
            hiddenSizes = v;
            return this;
        }

        public Builder activation(Activation v) {
            activation = v;
            return this;
        }

        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        public Builder beta(double v) {
            beta = v;
            return this;
        }

        public Builder sparsity(Sparsity v) {
            sparsity = v;
            return this;
        }

        public Builder sparsityTarget(double v) {
            sparsityTarget = v;
            return this;
        }

        public Builder sparsityWeight(double v) {
            sparsityWeight = v;
            return this;
        }

        public Builder k(int v) {
            k = v;
            return this;
        }

        public Builder noise(Noise v) {
            noise = v;
            return this;
        }

        public Builder contractiveWeight(double v) {
            contractiveWeight = v;
            return this;
        }

        public Builder tied(boolean v) {
            tied = v;
            return this;
        }

        public Builder upsampling(Upsampling v) {
            upsampling = v;
            return this;
        }

        public Builder filters(int v) {
            filters = v;
            return this;
        }

        public Builder bottleneck(int v) {
            bottleneck = v;
            return this;
        }

        public Builder epochsPerLayer(int v) {
            epochsPerLayer = v;
            return this;
        }

        public Builder regulariser(Regulariser v) {
            regulariser = v;
            return this;
        }

        public ModelSpec build() {
            int code = latentSize;
            if (variant == Variant.CONVOLUTIONAL) {
                code = bottleneck > 0 ? bottleneck : filters * Math.max(1, height / 4) * Math.max(1, width / 4);
            }
            return new ModelSpec(variant, channels, height, width, code, hiddenSizes, activation, learningRate, batchSize,
                    beta, sparsity, sparsityTarget, sparsityWeight, k, noise, contractiveWeight, tied, upsampling, filters,
                    bottleneck, epochsPerLayer, regulariser);
        }
    }
}
