package org.latentlab.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latentlab.data.Noise;

/** The knob table: each entry complete, its defaults valid, and a spec the same after spec.json. */
public class KnobsTest {
    @Test
    void everyKnobHasANameHelpAndItsOwnIdOptionAndJsonKey() {
        Set<String> ids = new HashSet<>();
        Set<String> options = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Knob<?> k : Knobs.ALL) {
            assertThat(k.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(k.name()).as(k.id()).isNotBlank();
            assertThat(k.help()).as(k.id()).isNotBlank().endsWith(".");
            assertThat(k.usage()).as(k.id()).isNotBlank();
            assertThat(ids.add(k.id())).as(k.id()).isTrue();
            assertThat(options.add(k.option())).as(k.option()).isTrue();
            assertThat(keys.add(k.jsonKey())).as(k.jsonKey()).isTrue();
            if (k.range() != null) {
                assertThat(k.description()).contains(k.range().shortText());
            }
        }
    }

    @Test
    void everyVariantsDefaultsValidateAndEachKnobItUsesIsWithinItsRange() {
        for (Variant v : Variant.values()) {
            ModelSpec spec = ModelSpec.defaults(v).validate();
            for (Knob<?> k : Knobs.ALL) {
                assertThat(spec.get(k)).as(v.id() + " " + k.id()).isEqualTo(k.defaultFor(v));
                if (k.usedBy(spec) && k.range() != null) {
                    assertDefaultInRange(k, spec);
                }
            }
        }
    }

    @Test
    void aValueOutsideItsRangeIsRefusedWithTheKnobAndTheRange() {
        for (Knob<?> k : Knobs.ALL) {
            if (k.range() != null) {
                assertThatThrownBy(() -> refuse(k)).as(k.id()).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(k.called() + " must be " + k.range().phrase() + ", got ");
            }
        }
    }

    @Test
    void eachVariantsDefaultsAreTheSameAfterSpecJson() {
        for (Variant v : Variant.values()) {
            assertRoundTrips(ModelSpec.defaults(v));
            assertRoundTrips(ModelSpec.defaults(v).withInputShape(2, 12, 12));
        }
    }

    @Test
    void eachKnobChangedFromItsDefaultIsTheSameAfterSpecJson() {
        for (ModelSpec changed : changedSpecs()) {
            assertRoundTrips(changed);
        }
    }

    @Test
    void knobsSpecJsonLacksKeepTheVariantsDefaults() {
        ModelSpec s = SpecJson.read(JsonParser.parseString("{\"variant\": \"vae\", \"beta\": 4}").getAsJsonObject());
        assertThat(s).isEqualTo(ModelSpec.defaults(Variant.VAE).with(Knobs.BETA, 4.0));
    }

    @Test
    void theLiveKnobsAreTheOnesARunMayChange() {
        assertThat(Knobs.ALL.stream().filter(Knob::live).toList()).containsExactly(Knobs.BETA, Knobs.SPARSITY_WEIGHT, Knobs.NOISE,
                Knobs.CONTRACTIVE_WEIGHT, Knobs.LEARNING_RATE);
        Tunables t = Tunables.of(ModelSpec.defaults(Variant.DENOISING));
        assertThat(t.get(Knobs.NOISE).get()).isEqualTo(0.5f);
        t.set(Knobs.NOISE, new Noise(Noise.Kind.GAUSSIAN, 0.25));
        assertThat(t.get(Knobs.NOISE).get()).isEqualTo(0.25f);
        assertThatThrownBy(() -> t.set(Knobs.LEARNING_RATE, 2.0)).hasMessage("The learning rate must be in (0, 1], got 2.0.");
        assertThatThrownBy(() -> t.get(Knobs.LATENT)).hasMessageContaining("cannot change during a run");
    }

    /**
     * For each knob, the defaults of every variant that offers it with the knob changed to the
     * first other value that still validates; every knob is changed in at least one variant.
     */
    public static List<ModelSpec> changedSpecs() {
        List<ModelSpec> out = new ArrayList<>();
        for (Knob<?> k : Knobs.ALL) {
            int before = out.size();
            for (Variant v : Variant.values()) {
                if (k.offeredTo(v)) {
                    changedWithCompanion(ModelSpec.defaults(v), k).ifPresent(out::add);
                }
            }
            assertThat(out.size()).as("a changed value of " + k.id() + " that validates").isGreaterThan(before);
        }
        return out;
    }

    /** The spec with {@code k} changed; if no value validates alone, with another knob changed first (a noise for the denoising regulariser). */
    private static java.util.Optional<ModelSpec> changedWithCompanion(ModelSpec spec, Knob<?> k) {
        java.util.Optional<ModelSpec> alone = changed(spec, k);
        if (alone.isPresent()) {
            return alone;
        }
        for (Knob<?> other : Knobs.ALL) {
            if (other != k && other.offeredTo(spec.variant())) {
                java.util.Optional<ModelSpec> both = changed(spec, other).flatMap(base -> changed(base, k));
                if (both.isPresent()) {
                    return both;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static <T> java.util.Optional<ModelSpec> changed(ModelSpec spec, Knob<T> k) {
        for (Object candidate : candidates(k, spec.get(k))) {
            if (candidate.equals(spec.get(k))) {
                continue;
            }
            ModelSpec s = spec.with(k, k.cast(candidate));
            try {
                s.validate();
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (s.get(k).equals(k.cast(candidate))) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** Other values of the knob's type to try, near its default. */
    private static List<Object> candidates(Knob<?> k, Object value) {
        if (value instanceof Integer i) {
            return List.of(i + 1, i - 1);
        }
        if (value instanceof Double d) {
            return List.of(d * 2, d / 2, 0.5);
        }
        if (value instanceof Boolean b) {
            return List.of(!b);
        }
        if (value instanceof Enum<?> e) {
            return Arrays.asList(e.getDeclaringClass().getEnumConstants());
        }
        if (value instanceof Noise) {
            return List.of(new Noise(Noise.Kind.MASKING, 0.25), new Noise(Noise.Kind.GAUSSIAN, 0.3));
        }
        if (value instanceof List<?> l) {
            List<Integer> longer = new ArrayList<>();
            l.forEach(x -> longer.add((Integer) x));
            longer.add(16);
            return List.of(List.copyOf(longer), List.of(), List.of(300));
        }
        throw new AssertionError("no candidates for " + k.id());
    }

    private static void assertRoundTrips(ModelSpec s) {
        String text = SpecJson.write(s).toString();
        assertThat(SpecJson.read(JsonParser.parseString(text).getAsJsonObject())).as(text).isEqualTo(s);
    }

    private static <T> void assertDefaultInRange(Knob<T> k, ModelSpec spec) {
        k.check(spec.get(k));
    }

    private static <T> void refuse(Knob<T> k) {
        Range r = k.range();
        double outside = r.max() + 1;
        Object v = k.type() == KnobType.INT ? (Object) (int) outside
                : k.type() == KnobType.DOUBLE ? (Object) outside
                : List.of((int) outside);
        k.check(k.cast(v));
    }

    /** Every variant has its own default epoch count, between 1 and the sidebar's 1,000, and the convolutional one is the fewest. */
    @Test
    void everyVariantHasADefaultEpochCount() {
        for (Variant v : Variant.values()) {
            assertThat(Knobs.defaultEpochs(v)).as(v.id()).isBetween(1, 1000);
            assertThat(Knobs.defaultEpochs(v)).as(v.id()).isGreaterThanOrEqualTo(Knobs.defaultEpochs(Variant.CONVOLUTIONAL));
        }
        assertThat(Knobs.defaultEpochs(Variant.CONVOLUTIONAL)).isLessThan(Knobs.defaultEpochs(Variant.UNDERCOMPLETE));
    }
}
