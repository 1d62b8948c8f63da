package org.latentlab.ml.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.latentlab.ml.loss.Tunable;

/**
 * The knobs of a spec that may change while it trains ({@link Knob#live}: β, the penalties'
 * weights, the training noise's level, the learning rate), one {@link Tunable} each. The objective's
 * parts, the block and the optimiser read them at every step.
 */
public final class Tunables {
    private final Map<Knob<?>, Tunable> values = new LinkedHashMap<>();

    private Tunables(ModelSpec spec) {
        for (Knob<?> knob : Knobs.ALL) {
            if (knob.live()) {
                values.put(knob, new Tunable(liveValue(knob, spec)));
            }
        }
    }

    /** The values of {@code spec}. */
    public static Tunables of(ModelSpec spec) {
        return new Tunables(spec);
    }

    /** The value the training reads for {@code knob}; throws for a knob that cannot change mid-run. */
    public Tunable get(Knob<?> knob) {
        Tunable t = values.get(knob);
        if (t == null) {
            throw new IllegalArgumentException(knob.id() + " cannot change during a run");
        }
        return t;
    }

    /** Takes a new value of one live knob from the next step on, or throws one sentence for a value out of range. */
    public <T> void set(Knob<T> knob, T value) {
        Tunable t = get(knob);
        t.set(knob.liveValue(knob.check(value)));
    }

    /** Takes the live values of {@code spec} (validated first); the other knobs of a running model cannot change. */
    public void update(ModelSpec spec) {
        spec.validate();
        values.forEach((knob, t) -> t.set(liveValue(knob, spec)));
    }

    private static <T> double liveValue(Knob<T> knob, ModelSpec spec) {
        return knob.liveValue(spec.get(knob));
    }
}
