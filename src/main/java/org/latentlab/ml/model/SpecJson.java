package org.latentlab.ml.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A spec as the JSON object spec.json holds under {@code model}: the variant, the input shape and
 * every knob under its {@link Knob#jsonKey} (snake_case, e.g. {@code sparsity_weight}). A knob the
 * object lacks keeps the variant's default, so older files and hand-written presets still read.
 */
public final class SpecJson {
    private SpecJson() {}

    /** The spec as JSON. */
    public static JsonObject write(ModelSpec s) {
        JsonObject m = new JsonObject();
        m.addProperty("variant", s.variant().id());
        JsonArray shape = new JsonArray();
        shape.add(s.channels());
        shape.add(s.height());
        shape.add(s.width());
        m.add("input_shape", shape);
        for (Knob<?> knob : Knobs.ALL) {
            put(m, knob, s);
        }
        return m;
    }

    /** Reads a spec written by {@link #write}, validated; one sentence names a knob out of range. */
    public static ModelSpec read(JsonObject m) {
        if (!m.has("variant")) {
            throw new IllegalArgumentException("The model names no variant");
        }
        ModelSpec.Builder b = ModelSpec.defaults(Variant.fromId(m.get("variant").getAsString())).toBuilder();
        if (m.has("input_shape")) {
            JsonArray shape = m.getAsJsonArray("input_shape");
            b.inputShape(shape.get(0).getAsInt(), shape.get(1).getAsInt(), shape.get(2).getAsInt());
        }
        for (Knob<?> knob : Knobs.ALL) {
            if (m.has(knob.jsonKey())) {
                take(b, knob, m);
            }
        }
        return b.build().validate();
    }

    private static <T> void put(JsonObject m, Knob<T> knob, ModelSpec s) {
        m.add(knob.jsonKey(), knob.toJson(s.get(knob)));
    }

    private static <T> void take(ModelSpec.Builder b, Knob<T> knob, JsonObject m) {
        b.set(knob, knob.fromJson(m.get(knob.jsonKey())));
    }
}
