package org.latentlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latentlab.ml.model.Knob;
import org.latentlab.ml.model.Knobs;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The model's knobs on the command line, one option per entry of {@link Knobs} ({@code --beta},
 * {@code --noise gaussian:0.5}, {@code --lr}...). A knob left out keeps the variant's default (the
 * course's network), so {@code --variant vae} alone is a sensible run.
 */
public final class SpecOptions {
    @Option(names = "--variant", defaultValue = "undercomplete",
            description = "linear, undercomplete, convolutional, sparse, denoising, contractive, vae, stacked or overcomplete (default: ${DEFAULT-VALUE}).")
    String variant;

    /** The text given for each knob named on the command line, by knob. */
    private final Map<Knob<?>, String> given = new LinkedHashMap<>();

    /** Called by picocli with this mixin's own spec: adds one option per knob. */
    @Spec(Spec.Target.SELF)
    void addKnobs(CommandSpec self) {
        for (Knob<?> knob : Knobs.ALL) {
            self.addOption(option(knob));
        }
    }

    private OptionSpec option(Knob<?> knob) {
        OptionSpec.Builder b = OptionSpec.builder(knob.option())
                .type(String.class)
                .paramLabel("<" + knob.id() + ">")
                .description(description(knob))
                .getter(new IGetter() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T get() {
                        return (T) given.get(knob);
                    }
                })
                .setter(new ISetter() {
                    @Override
                    public <T> T set(T value) {
                        if (value == null) {
                            given.remove(knob);
                        } else {
                            given.put(knob, (String) value);
                        }
                        return null;
                    }
                });
        if (knob.type().valueClass() == Boolean.class) {
            b.arity("0..1").fallbackValue("true");
        }
        return b.build();
    }

    /** The help line: what the knob does, its choices or range, who uses it and its defaults. */
    static String description(Knob<?> knob) {
        StringBuilder d = new StringBuilder(knob.help());
        if (knob.type().choices() != null) {
            d.append(" One of ").append(knob.type().choices()).append('.');
        } else if (knob.range() != null) {
            d.append(" Range: ").append(knob.range().shortText()).append('.');
        }
        d.append(" Used by: ").append(knob.usage()).append('.');
        d.append(" Default: ").append(defaults(knob)).append('.');
        return d.toString();
    }

    private static <T> String defaults(Knob<T> knob) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (Variant v : Variant.values()) {
            if (knob.offeredTo(v)) {
                byValue.computeIfAbsent(knob.format(knob.defaultFor(v)), x -> new ArrayList<>()).add(v.id());
            }
        }
        String usual = byValue.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        List<String> parts = new ArrayList<>(List.of(usual));
        byValue.forEach((value, variants) -> {
            if (!value.equals(usual)) {
                parts.add(String.join(", ", variants) + ": " + value);
            }
        });
        return String.join("; ", parts);
    }

    /** The spec these options describe, validated: one sentence names a knob out of range. */
    public ModelSpec spec() {
        ModelSpec.Builder b = ModelSpec.defaults(Variant.fromId(variant)).toBuilder();
        given.forEach((knob, text) -> take(b, knob, text));
        return b.build().validate();
    }

    private static <T> void take(ModelSpec.Builder b, Knob<T> knob, String text) {
        b.set(knob, knob.parse(text));
    }

    /** The command-line arguments that give {@code spec}'s knobs (not its input shape), the inverse of {@link #spec()}. */
    static List<String> arguments(ModelSpec spec) {
        List<String> args = new ArrayList<>(List.of("--variant", spec.variant().id()));
        for (Knob<?> knob : Knobs.ALL) {
            args.add(knob.option());
            args.add(text(knob, spec));
        }
        return args;
    }

    private static <T> String text(Knob<T> knob, ModelSpec spec) {
        return knob.format(spec.get(knob));
    }
}
