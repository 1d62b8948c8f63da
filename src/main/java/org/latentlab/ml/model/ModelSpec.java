package org.latentlab.ml.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.latentlab.data.Noise;

/**
 * Everything that defines an autoencoder and how it is optimised: the variant, the input shape and
 * a value for every knob of {@link Knobs} (the code size, the layers, the optimiser's settings and
 * each variant's own). Immutable; {@link #validate()} names the first knob that is out of range,
 * with its range. {@link #defaults(Variant)} gives the course's network for each variant. The
 * accessors below are conveniences for the knobs code reads most; any knob is {@link #get}.
 */
public final class ModelSpec {
    /** The sparsity penalties. */
    public enum Sparsity { KL, L1, TOPK }

    /** How the convolutional decoder upsamples. */
    public enum Upsampling { NEAREST, TRANSPOSED }

    /** What keeps an overcomplete code from learning the identity. */
    public enum Regulariser { NONE, SPARSE, DENOISING }

    private final Variant variant;
    private final int channels;
    private final int height;
    private final int width;
    private final Map<Knob<?>, Object> values;

    private ModelSpec(Variant variant, int channels, int height, int width, Map<Knob<?>, Object> values) {
        this.variant = Objects.requireNonNull(variant, "variant");
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The course's network of each variant, for 28×28 grey images. */
    public static ModelSpec defaults(Variant variant) {
        return new Builder(variant).build();
    }

    /** The course's 784-512-k-512-784 undercomplete autoencoder with a k-unit code. */
    public static ModelSpec undercomplete(int latentSize) {
        return defaults(Variant.UNDERCOMPLETE).with(Knobs.LATENT, latentSize);
    }

    public Variant variant() {
        return variant;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** The value of {@code knob}. */
    @SuppressWarnings("unchecked")
    public <T> T get(Knob<T> knob) {
        return (T) values.get(knob);
    }

    /** The same spec with {@code knob} set to {@code value} (not validated). */
    public <T> ModelSpec with(Knob<T> knob, T value) {
        return toBuilder().set(knob, value).build();
    }

    public int latentSize() {
        return get(Knobs.LATENT);
    }

    public List<Integer> hiddenSizes() {
        return get(Knobs.HIDDEN);
    }

    public Activation activation() {
        return get(Knobs.ACTIVATION);
    }

    public double learningRate() {
        return get(Knobs.LEARNING_RATE);
    }

    public int batchSize() {
        return get(Knobs.BATCH);
    }

    /** How many of the training split's images a run trains on; 0 for all. */
    public int trainImages() {
        return get(Knobs.TRAIN_IMAGES);
    }

    public double beta() {
        return get(Knobs.BETA);
    }

    public Sparsity sparsity() {
        return get(Knobs.SPARSITY);
    }

    public double sparsityTarget() {
        return get(Knobs.SPARSITY_TARGET);
    }

    public double sparsityWeight() {
        return get(Knobs.SPARSITY_WEIGHT);
    }

    public int k() {
        return get(Knobs.K);
    }

    public Noise noise() {
        return get(Knobs.NOISE);
    }

    public double contractiveWeight() {
        return get(Knobs.CONTRACTIVE_WEIGHT);
    }

    public boolean tied() {
        return get(Knobs.TIED);
    }

    public Upsampling upsampling() {
        return get(Knobs.UPSAMPLING);
    }

    public int filters() {
        return get(Knobs.FILTERS);
    }

    public int bottleneck() {
        return get(Knobs.BOTTLENECK);
    }

    public int epochsPerLayer() {
        return get(Knobs.EPOCHS_PER_LAYER);
    }

    public Regulariser regulariser() {
        return get(Knobs.REGULARISER);
    }

    /** True when the input is a table's row of features (1×1×features) rather than a picture. */
    public boolean isTable() {
        return channels == 1 && height == 1;
    }

    /** Values per input sample. */
    public int inputSize() {
        return channels * height * width;
    }

    /** Units in the code: the latent size, or for a convolutional code without a bottleneck its feature maps. */
    public int codeSize() {
        if (variant == Variant.CONVOLUTIONAL && bottleneck() == 0) {
            return filters() * (height / 4) * (width / 4);
        }
        if (variant == Variant.CONVOLUTIONAL) {
            return bottleneck();
        }
        return latentSize();
    }

    /** The sparsity penalty in force, or null: the sparse variant's, or an overcomplete code's when sparse. */
    public Sparsity activeSparsity() {
        return Knobs.SPARSITY.usedBy(this) ? sparsity() : null;
    }

    /** The corruption applied to training inputs, {@link Noise#NONE} when there is none. */
    public Noise activeNoise() {
        return Knobs.NOISE.usedBy(this) ? noise() : Noise.NONE;
    }

    /** Throws one sentence naming the first knob that is out of range, with its range. */
    public ModelSpec validate() {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("The input shape must be positive, got " + channels + "×" + height + "×" + width + ".");
        }
        for (Knob<?> knob : Knobs.ALL) {
            if (knob.usedBy(this)) {
                checkOne(knob);
            }
        }
        Knobs.checkRules(this);
        return this;
    }

    private <T> void checkOne(Knob<T> knob) {
        knob.check(get(knob));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Same as the builder, for the most common changes. */
    public ModelSpec withLatentSize(int v) {
        return with(Knobs.LATENT, v);
    }

    public ModelSpec withHiddenSizes(List<Integer> v) {
        return with(Knobs.HIDDEN, List.copyOf(v));
    }

    public ModelSpec withLearningRate(double v) {
        return with(Knobs.LEARNING_RATE, v);
    }

    public ModelSpec withBatchSize(int v) {
        return with(Knobs.BATCH, v);
    }

    /** The same spec for inputs of another shape (a data set other than 28×28 grey). */
    public ModelSpec withInputShape(int c, int h, int w) {
        return toBuilder().inputShape(c, h, w).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec s && variant == s.variant && channels == s.channels && height == s.height
                && width == s.width && values.equals(s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(variant, channels, height, width, values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ModelSpec[").append(variant.id()).append(' ')
                .append(channels).append('×').append(height).append('×').append(width);
        values.forEach((k, v) -> b.append(", ").append(k.id()).append('=').append(v));
        return b.append(']').toString();
    }

    /**
     * Builds a spec knob by knob, starting from a variant's defaults (or another spec). The named
     * setters are conveniences for the common knobs; {@link #set} takes any.
     */
    public static final class Builder {
        private final Variant variant;
        private int channels = 1;
        private int height = 28;
        private int width = 28;
        private final Map<Knob<?>, Object> values = new LinkedHashMap<>();

        public Builder(Variant variant) {
            this.variant = variant;
            for (Knob<?> k : Knobs.ALL) {
                values.put(k, k.defaultFor(variant));
            }
        }

        Builder(ModelSpec s) {
            variant = s.variant;
            channels = s.channels;
            height = s.height;
            width = s.width;
            values.putAll(s.values);
        }

        /** Sets {@code knob}; null puts back the variant's default. */
        public <T> Builder set(Knob<T> knob, T value) {
            Object v = value == null ? knob.defaultFor(variant) : value;
            if (v instanceof List<?> list) {
                v = List.copyOf(list);
            }
            values.put(knob, knob.cast(v));
            return this;
        }

        public Builder inputShape(int c, int h, int w) {
            channels = c;
            height = h;
            width = w;
            return this;
        }

        public Builder latentSize(int v) {
            return set(Knobs.LATENT, v);
        }

        public Builder hiddenSizes(List<Integer> v) {
            return set(Knobs.HIDDEN, v);
        }

        public Builder activation(Activation v) {
            return set(Knobs.ACTIVATION, v);
        }

        public Builder learningRate(double v) {
            return set(Knobs.LEARNING_RATE, v);
        }

        public Builder batchSize(int v) {
            return set(Knobs.BATCH, v);
        }

        public Builder beta(double v) {
            return set(Knobs.BETA, v);
        }

        public Builder sparsity(Sparsity v) {
            return set(Knobs.SPARSITY, v);
        }

        public Builder sparsityTarget(double v) {
            return set(Knobs.SPARSITY_TARGET, v);
        }

        public Builder sparsityWeight(double v) {
            return set(Knobs.SPARSITY_WEIGHT, v);
        }

        public Builder k(int v) {
            return set(Knobs.K, v);
        }

        public Builder noise(Noise v) {
            return set(Knobs.NOISE, v);
        }

        public Builder contractiveWeight(double v) {
            return set(Knobs.CONTRACTIVE_WEIGHT, v);
        }

        public Builder tied(boolean v) {
            return set(Knobs.TIED, v);
        }

        public Builder upsampling(Upsampling v) {
            return set(Knobs.UPSAMPLING, v);
        }

        public Builder filters(int v) {
            return set(Knobs.FILTERS, v);
        }

        public Builder bottleneck(int v) {
            return set(Knobs.BOTTLENECK, v);
        }

        public Builder epochsPerLayer(int v) {
            return set(Knobs.EPOCHS_PER_LAYER, v);
        }

        public Builder regulariser(Regulariser v) {
            return set(Knobs.REGULARISER, v);
        }

        /** The spec; a convolutional code's size follows from its filters, bottleneck and input shape. */
        public ModelSpec build() {
            if (variant == Variant.CONVOLUTIONAL) {
                int filters = (Integer) values.get(Knobs.FILTERS);
                int bottleneck = (Integer) values.get(Knobs.BOTTLENECK);
                values.put(Knobs.LATENT, bottleneck > 0 ? bottleneck : filters * Math.max(1, height / 4) * Math.max(1, width / 4));
            }
            return new ModelSpec(variant, channels, height, width, values);
        }
    }
}
