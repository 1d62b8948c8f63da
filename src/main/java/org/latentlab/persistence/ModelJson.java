package org.latentlab.persistence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;

/**
 * Checks a model object (a checkpoint's {@code spec.json} {@code model}, a preset's {@code model})
 * against its schema before it is turned into a spec: each knob has the right kind of value, whole
 * numbers are whole and in range, and the input shape is three sides of a picture this app can hold.
 * Knobs it does not know are left to the spec reader, but must be plain values.
 */
final class ModelJson {
    /** The largest side of an input picture, and of its channel count. */
    static final int MAX_SIDE = 4096;
    static final int MAX_CHANNELS = 4;
    /** The most values one input may have (a 4096×4096 grey picture). */
    static final long MAX_VALUES = (long) MAX_SIDE * MAX_SIDE;

    private enum Kind { TEXT, NUMBER, BOOLEAN }

    /** Whole-number knobs and their ranges (the widest any variant allows). */
    private static final Map<String, long[]> WHOLE = Map.of(
            "latent_size", new long[] {1, 16384},
            "batch_size", new long[] {1, 65536},
            "k", new long[] {1, 16384},
            "filters", new long[] {1, 512},
            "bottleneck", new long[] {0, 4096},
            "epochs_per_layer", new long[] {1, 1000});
    private static final Map<String, Kind> PLAIN = Map.of(
            "variant", Kind.TEXT, "activation", Kind.TEXT, "sparsity", Kind.TEXT, "noise", Kind.TEXT,
            "upsampling", Kind.TEXT, "regulariser", Kind.TEXT, "tied", Kind.BOOLEAN,
            "learning_rate", Kind.NUMBER, "beta", Kind.NUMBER, "sparsity_target", Kind.NUMBER);

    private ModelJson() {}

    /** Throws an {@link IllegalArgumentException} whose message is a clause naming the first knob that is wrong. */
    static JsonObject check(JsonElement model) {
        if (model == null || model.isJsonNull()) {
            throw new IllegalArgumentException("it has no model");
        }
        if (!model.isJsonObject()) {
            throw new IllegalArgumentException("its model is " + JsonText.shorten(model) + ", not an object of knobs");
        }
        JsonObject m = model.getAsJsonObject();
        if (!m.has("variant")) {
            throw new IllegalArgumentException("its model has no variant");
        }
        for (Map.Entry<String, JsonElement> e : m.entrySet()) {
            String key = e.getKey();
            JsonElement v = e.getValue();
            if (WHOLE.containsKey(key)) {
                JsonText.wholeNumber(v, key, WHOLE.get(key)[0], WHOLE.get(key)[1]);
            } else if (PLAIN.containsKey(key)) {
                plain(key, v, PLAIN.get(key));
            } else if (key.equals("sparsity_weight") || key.equals("contractive_weight")) {
                plain(key, v, Kind.NUMBER);
            } else if (key.equals("input_shape")) {
                inputShape(v);
            } else if (key.equals("hidden_sizes")) {
                if (!v.isJsonArray() || v.getAsJsonArray().size() > 64) {
                    throw new IllegalArgumentException("its hidden_sizes is " + JsonText.shorten(v) + ", not a list of at most 64 layer sizes");
                }
                for (JsonElement h : v.getAsJsonArray()) {
                    JsonText.wholeNumber(h, "hidden layer size", 1, 16384);
                }
            } else if (!v.isJsonPrimitive() && !v.isJsonNull()) {
                throw new IllegalArgumentException("its model's " + key + " is " + JsonText.shorten(v) + ", not a plain value");
            }
        }
        return m;
    }

    private static void plain(String key, JsonElement v, Kind kind) {
        boolean ok = v instanceof JsonPrimitive p && switch (kind) {
            case TEXT -> p.isString();
            case BOOLEAN -> p.isBoolean();
            case NUMBER -> p.isNumber() && Double.isFinite(p.getAsDouble());
        };
        if (!ok) {
            throw new IllegalArgumentException("its " + JsonText.words(key) + " is " + JsonText.shorten(v) + ", not "
                    + switch (kind) {
                        case TEXT -> "a name";
                        case BOOLEAN -> "true or false";
                        case NUMBER -> "a finite number";
                    });
        }
    }

    private static void inputShape(JsonElement v) {
        if (!v.isJsonArray() || v.getAsJsonArray().size() != 3) {
            throw new IllegalArgumentException("its input shape is " + JsonText.shorten(v)
                    + ", not three numbers (channels, height, width) such as [1, 28, 28]");
        }
        JsonArray a = v.getAsJsonArray();
        long c = JsonText.wholeNumber(a.get(0), "number of channels", 1, MAX_CHANNELS);
        long h = JsonText.wholeNumber(a.get(1), "image height", 1, MAX_SIDE);
        long w = JsonText.wholeNumber(a.get(2), "image width", 1, MAX_SIDE);
        if (c * h * w > MAX_VALUES) {
            throw new IllegalArgumentException("its input shape " + c + "×" + h + "×" + w + " has more than the " + MAX_VALUES
                    + " values an input can have");
        }
    }
}
