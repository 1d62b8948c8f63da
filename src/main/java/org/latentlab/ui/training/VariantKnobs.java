package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.Property;
import org.latentlab.data.Noise;
import org.latentlab.ml.model.Knobs;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;

/**
 * The knobs the sidebar shows for a variant: every knob of {@link Knobs} the variant offers, in
 * the table's order, then the run's epochs and seed. Each knob validates a new value by setting it
 * in the variant's spec, so the range sentence is the spec's own. The noise shows as two fields,
 * its kind (locked during a run) and its level (live).
 */
final class VariantKnobs {
    private static final String OPTIMISER = "Optimiser";

    private VariantKnobs() {}

    static List<Knob> of(ExperimentForm vm, Supplier<Boolean> idle) {
        Variant v = vm.variantProperty().get();
        List<Knob> knobs = new ArrayList<>();
        for (org.latentlab.ml.model.Knob<?> knob : Knobs.ALL) {
            if (!knob.offeredTo(v)) {
                continue;
            }
            if (knob == Knobs.NOISE) {
                noiseKnobs(vm, knobs, idle);
            } else {
                knobs.add(item(vm, knob, idle));
            }
        }
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

    /**
     * One knob of the table. A list of sizes is edited as text. The code size, the layers and the
     * optimiser's settings are kept in the view model's own properties (the settings, the figures and
     * the learning rate's live path bind to them); the other knobs live in the variant's spec.
     */
    private static <T> Knob item(ExperimentForm vm, org.latentlab.ml.model.Knob<T> knob, Supplier<Boolean> idle) {
        boolean text = knob.type().valueClass() == List.class;
        Property<Object> property = property(vm, knob);
        Object initial = property != null ? property.getValue() : shown(knob, vm.variantSpecProperty().get().get(knob), text);
        Consumer<Object> apply = x -> {
            T value = text ? knob.parse((String) x) : knob.cast(x);
            ModelSpec next = vm.variantSpecProperty().get().with(knob, value).validate();
            if (property != null) {
                property.setValue(x);
                return;
            }
            vm.variantSpecProperty().set(next);
            if (knob.live()) {
                vm.applyLive(knob.name() + " = " + KnobEditors.format(x), knob, value);
            }
        };
        return Knob.of(knob, text ? String.class : knob.type().valueClass(), initial, apply, knob.live() ? () -> true : idle);
    }

    private static <T> Object shown(org.latentlab.ml.model.Knob<T> knob, T value, boolean text) {
        return text ? knob.format(value) : value;
    }

    /** The view model's own property holding {@code knob}, or null when the knob lives in the variant's spec. */
    @SuppressWarnings("unchecked")
    private static Property<Object> property(ExperimentForm vm, org.latentlab.ml.model.Knob<?> knob) {
        Property<?> p = knob == Knobs.LATENT ? vm.latentSizeProperty()
                : knob == Knobs.HIDDEN ? vm.hiddenLayersProperty()
                : knob == Knobs.LEARNING_RATE ? vm.learningRateProperty()
                : knob == Knobs.BATCH ? vm.batchSizeProperty()
                : null;
        return (Property<Object>) p;
    }

    private static void noiseKnobs(ExperimentForm vm, List<Knob> knobs, Supplier<Boolean> idle) {
        Noise noise = vm.variantSpecProperty().get().noise();
        knobs.add(new Knob("noise-kind", Knobs.NOISE.name(), Knobs.NOISE.group().title(), Knobs.NOISE.help(), Noise.Kind.class, false,
                noise.kind(), x -> setNoise(vm, new Noise((Noise.Kind) x, vm.variantSpecProperty().get().noise().level()), null), idle));
        knobs.add(new Knob("noise-level", "Noise level", Knobs.NOISE.group().title(), "σ of Gaussian noise, or the probability q of a "
                + "corrupted pixel.", Double.class, true, noise.level(),
                x -> setNoise(vm, new Noise(vm.variantSpecProperty().get().noise().kind(), (Double) x), "Noise level = " + KnobEditors.format(x)),
                () -> true));
    }

    private static void setNoise(ExperimentForm vm, Noise noise, String liveChange) {
        ModelSpec next = vm.variantSpecProperty().get().with(Knobs.NOISE, noise).validate();
        vm.variantSpecProperty().set(next);
        if (liveChange != null) {
            vm.applyLive(liveChange, Knobs.NOISE, noise);
        }
    }
}
