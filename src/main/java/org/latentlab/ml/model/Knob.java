package org.latentlab.ml.model;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * One setting of a {@link ModelSpec}, described once: its id (the command-line option and the
 * spec.json key derive from it), its name and help, its type and range, its default for each
 * variant, which variants use it, and whether it may change while a run goes on. {@link Knobs}
 * lists them all; the command line, the sidebar, spec.json and validation are built from that list.
 *
 * @param <T> the type of its value
 */
public final class Knob<T> {
    /** Where the sidebar groups a knob. */
    public enum Group {
        MODEL("Model"), VARIANT("Variant"), OPTIMISER("Optimiser");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String id;
    private final String option;
    private final String jsonKey;
    private final String name;
    private final String called;
    private final Group group;
    private final String help;
    private final KnobType<T> type;
    private final Range range;
    private final T neutral;
    private final Map<Variant, T> defaults;
    private final Set<Variant> variants;
    private final Predicate<ModelSpec> when;
    private final String whenText;
    private final ToDoubleFunction<T> live;

    private Knob(Builder<T> b) {
        id = b.id;
        option = b.option != null ? b.option : "--" + b.id;
        jsonKey = b.jsonKey != null ? b.jsonKey : b.id.replace('-', '_');
        name = Objects.requireNonNull(b.name, b.id + " needs a name");
        called = b.called != null ? b.called : b.name;
        group = b.group;
        help = Objects.requireNonNull(b.help, b.id + " needs help");
        type = b.type;
        range = b.range;
        neutral = b.neutral;
        defaults = b.defaults.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(b.defaults));
        variants = Collections.unmodifiableSet(b.variants);
        when = b.when;
        whenText = b.whenText;
        live = b.live;
    }

    /** A knob of {@code type} with the value {@code neutral} where no variant says otherwise. */
    static <T> Builder<T> of(String id, KnobType<T> type, T neutral) {
        return new Builder<>(id, type, neutral);
    }

    /** The stable id, e.g. {@code sparsity-weight}: the sidebar's and the tests' name for it. */
    public String id() {
        return id;
    }

    /** The command-line option, e.g. {@code --sparsity-weight} ({@code --lr} for the learning rate). */
    public String option() {
        return option;
    }

    /** The key in spec.json, e.g. {@code sparsity_weight}. */
    public String jsonKey() {
        return jsonKey;
    }

    /** The name the sidebar shows, e.g. {@code Penalty λ}. */
    public String name() {
        return name;
    }

    /** The knob as a sentence names it, e.g. {@code The sparsity weight λ}. */
    public String called() {
        return called;
    }

    public Group group() {
        return group;
    }

    /** What the knob does, in a sentence or two, without its range. */
    public String help() {
        return help;
    }

    /** The help and the range, as a tooltip shows them. */
    public String description() {
        return range == null ? help : help + " Range: " + range.shortText() + ".";
    }

    public KnobType<T> type() {
        return type;
    }

    /** The numbers it takes (each size, for a list), or null when its type says it all. */
    public Range range() {
        return range;
    }

    /** Its value in {@link ModelSpec#defaults} of {@code variant}: the course's network. */
    public T defaultFor(Variant variant) {
        return defaults.getOrDefault(variant, neutral);
    }

    /** Whether a spec of {@code variant} offers the knob (the sidebar shows it, --help names it). */
    public boolean offeredTo(Variant variant) {
        return variants.contains(variant);
    }

    /** Whether the knob takes effect in {@code spec}: offered to its variant and, for some, chosen by another knob. */
    public boolean usedBy(ModelSpec spec) {
        return offeredTo(spec.variant()) && when.test(spec);
    }

    /** The variants that use it, as {@code --help} says it, e.g. {@code sparse, overcomplete (sparsity topk)}. */
    public String usage() {
        String who;
        if (variants.size() == Variant.values().length) {
            who = "every variant";
        } else if (variants.size() > Variant.values().length / 2) {
            List<String> others = new ArrayList<>();
            EnumSet.complementOf(EnumSet.copyOf(variants)).forEach(v -> others.add(v.id()));
            who = "every variant but " + String.join(", ", others);
        } else {
            List<String> names = new ArrayList<>();
            variants.forEach(v -> names.add(v.id()));
            who = String.join(", ", names);
        }
        return who + (whenText == null ? "" : " (" + whenText + ")");
    }

    /** Whether it may change while a run goes on, read by the training at every step. */
    public boolean live() {
        return live != null;
    }

    /** The number a running model reads each step: the value itself, or a noise's level. */
    public double liveValue(T value) {
        if (live == null) {
            throw new IllegalStateException(id + " cannot change during a run");
        }
        return live.applyAsDouble(value);
    }

    /** Reads a value from text, with one sentence naming the knob when it is not one. */
    public T parse(String text) {
        return type.parse(text, name);
    }

    /** The value as text that {@link #parse} reads back. */
    public String format(T value) {
        return type.format(value);
    }

    /** The value as spec.json holds it. */
    public JsonElement toJson(T value) {
        return type.toJson(value);
    }

    /** Reads the value as spec.json holds it, with one sentence naming the knob when it is not one. */
    public T fromJson(JsonElement e) {
        try {
            return type.fromJson(e);
        } catch (IllegalStateException | UnsupportedOperationException | IllegalArgumentException wrong) {
            throw new IllegalArgumentException(jsonKey + " cannot be " + e + " (" + wrong.getMessage() + ")", wrong);
        }
    }

    /** The value as this knob's type, for callers that hold it as an Object (the sidebar). */
    public T cast(Object value) {
        return type.cast(value);
    }

    /** Throws one sentence naming the knob and its range when {@code value} is outside it. */
    public T check(T value) {
        if (range != null) {
            type.numbers(value).filter(v -> !range.contains(v)).findFirst().ifPresent(v -> {
                throw new IllegalArgumentException(called + " must be " + range.phrase() + ", got " + type.formatNumber(v) + ".");
            });
        }
        return value;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Describes a knob field by field, as {@link Knobs} lists them. */
    static final class Builder<T> {
        private final String id;
        private final KnobType<T> type;
        private final T neutral;
        private String option;
        private String jsonKey;
        private String name;
        private String called;
        private Group group = Group.VARIANT;
        private String help;
        private Range range;
        private final Map<Variant, T> defaults = new LinkedHashMap<>();
        private Set<Variant> variants = EnumSet.allOf(Variant.class);
        private Predicate<ModelSpec> when = s -> true;
        private String whenText;
        private ToDoubleFunction<T> live;

        private Builder(String id, KnobType<T> type, T neutral) {
            this.id = id;
            this.type = type;
            this.neutral = neutral;
        }

        /** The sidebar's name and, unless {@link #called} says otherwise, the sentences' too. */
        Builder<T> name(String v) {
            name = v;
            return this;
        }

        /** The knob as a sentence starts with it, e.g. {@code The latent size}. */
        Builder<T> called(String v) {
            called = v;
            return this;
        }

        Builder<T> help(String v) {
            help = v;
            return this;
        }

        Builder<T> group(Group v) {
            group = v;
            return this;
        }

        Builder<T> option(String v) {
            option = v;
            return this;
        }

        Builder<T> jsonKey(String v) {
            jsonKey = v;
            return this;
        }

        Builder<T> range(Range v) {
            range = v;
            return this;
        }

        /** The variants that offer it (all when not called). */
        Builder<T> offeredTo(Variant first, Variant... rest) {
            variants = EnumSet.of(first, rest);
            return this;
        }

        /** Every variant but these. */
        Builder<T> notOfferedTo(Variant first, Variant... rest) {
            variants = EnumSet.complementOf(EnumSet.of(first, rest));
            return this;
        }

        /** A further condition for the knob to take effect, and how {@code --help} says it. */
        Builder<T> when(String text, Predicate<ModelSpec> condition) {
            whenText = text;
            when = condition;
            return this;
        }

        /** The course's value for {@code variant}, where it differs from the neutral one. */
        Builder<T> defaultFor(Variant variant, T value) {
            defaults.put(variant, value);
            return this;
        }

        /** May change mid-run: the training reads {@code value} of it at every step. */
        Builder<T> live(ToDoubleFunction<T> value) {
            live = value;
            return this;
        }

        Knob<T> build() {
            return new Knob<>(this);
        }
    }
}
