package org.latentlab.ml.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import org.latentlab.data.Noise;

/**
 * The kind of value a {@link Knob} holds, and how that value is written: as text (the command
 * line, the sidebar's fields) and as JSON (spec.json). Parse errors are one sentence naming the knob.
 *
 * @param <T> the value's Java type
 */
public abstract class KnobType<T> {
    /** Whole numbers, e.g. {@code 64}. */
    public static final KnobType<Integer> INT = new KnobType<>(Integer.class) {
        @Override
        Integer parse(String text, String called) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(called + " must be a whole number, got '" + text + "'.");
            }
        }

        @Override
        Integer fromJson(JsonElement e) {
            return e.getAsInt();
        }

        @Override
        DoubleStream numbers(Integer v) {
            return DoubleStream.of(v);
        }

        @Override
        String formatNumber(double v) {
            return Long.toString((long) v);
        }
    };

    /** Real numbers, e.g. {@code 0.005}. */
    public static final KnobType<Double> DOUBLE = new KnobType<>(Double.class) {
        @Override
        Double parse(String text, String called) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(called + " must be a number, got '" + text + "'.");
            }
        }

        @Override
        Double fromJson(JsonElement e) {
            return e.getAsDouble();
        }

        @Override
        DoubleStream numbers(Double v) {
            return DoubleStream.of(v);
        }
    };

    /** On or off; the command line takes {@code --tied} alone for on. */
    public static final KnobType<Boolean> BOOLEAN = new KnobType<>(Boolean.class) {
        @Override
        Boolean parse(String text, String called) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false")) {
                throw new IllegalArgumentException(called + " is true or false, got '" + text + "'.");
            }
            return Boolean.parseBoolean(t);
        }

        @Override
        Boolean fromJson(JsonElement e) {
            return e.getAsBoolean();
        }
    };

    /** Sizes separated by commas, e.g. {@code 1000,500,250}, or {@code none}; JSON: an array. */
    public static final KnobType<List<Integer>> SIZES = new KnobType<>(List.class) {
        @Override
        List<Integer> parse(String text, String called) {
            List<Integer> sizes = new ArrayList<>();
            if (text.isBlank() || text.trim().equalsIgnoreCase("none")) {
                return List.of();
            }
            for (String part : text.split(",")) {
                try {
                    sizes.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(called + " are sizes separated by commas, e.g. 256,64, or none; '"
                            + part.trim() + "' is not a size.");
                }
            }
            return List.copyOf(sizes);
        }

        @Override
        String format(List<Integer> v) {
            return v.isEmpty() ? "none" : String.join(",", v.stream().map(String::valueOf).toList());
        }

        @Override
        JsonElement toJson(List<Integer> v) {
            JsonArray a = new JsonArray();
            v.forEach(a::add);
            return a;
        }

        @Override
        List<Integer> fromJson(JsonElement e) {
            List<Integer> sizes = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> sizes.add(x.getAsInt()));
            return List.copyOf(sizes);
        }

        @Override
        DoubleStream numbers(List<Integer> v) {
            return v.stream().mapToDouble(Integer::doubleValue);
        }

        @Override
        String formatNumber(double v) {
            return Long.toString((long) v);
        }
    };

    /** A corruption written {@code kind:level}, e.g. {@code gaussian:0.5}, or {@code none}. */
    public static final KnobType<Noise> NOISE = new KnobType<>(Noise.class) {
        @Override
        Noise parse(String text, String called) {
            return Noise.parse(text);
        }

        @Override
        Noise fromJson(JsonElement e) {
            return Noise.parse(e.getAsString());
        }
    };

    private final Class<?> valueClass;

    private KnobType(Class<?> valueClass) {
        this.valueClass = valueClass;
    }

    /** One of the constants of {@code type}, written in lower case: {@code kl}, {@code transposed}. */
    public static <E extends Enum<E>> KnobType<E> choice(Class<E> type) {
        return new KnobType<>(type) {
            @Override
            E parse(String text, String called) {
                for (E c : type.getEnumConstants()) {
                    if (c.name().equalsIgnoreCase(text.trim())) {
                        return c;
                    }
                }
                throw new IllegalArgumentException(called + " is one of " + choices() + ", got '" + text + "'.");
            }

            @Override
            String format(E v) {
                return v.name().toLowerCase(Locale.ROOT);
            }

            @Override
            E fromJson(JsonElement e) {
                return parse(e.getAsString(), "The value");
            }

            @Override
            public String choices() {
                List<String> names = Arrays.stream(type.getEnumConstants()).map(this::format).toList();
                return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            }
        };
    }

    /** The class of a value: Integer, Double, Boolean, the enum, List or Noise. */
    public Class<?> valueClass() {
        return valueClass;
    }

    /** The names a choice takes, e.g. {@code kl, l1 or topk}; null for other types. */
    public String choices() {
        return null;
    }

    /** Reads a value from text; {@code called} names the knob in the sentence when the text is not one. */
    abstract T parse(String text, String called);

    /** The value as text that {@link #parse} reads back. */
    String format(T v) {
        return String.valueOf(v);
    }

    /** The value as spec.json writes it. */
    JsonElement toJson(T v) {
        if (v instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        return new JsonPrimitive(format(v));
    }

    /** Reads a value as spec.json writes it. */
    abstract T fromJson(JsonElement e);

    /** The numbers a range applies to: the value itself, each size of a list; none for other types. */
    DoubleStream numbers(T v) {
        return DoubleStream.empty();
    }

    /** One of {@link #numbers} as a refusal quotes it. */
    String formatNumber(double v) {
        return Double.toString(v);
    }

    @SuppressWarnings("unchecked")
    T cast(Object v) {
        if (!valueClass.isInstance(v)) {
            throw new IllegalArgumentException("expected a " + valueClass.getSimpleName() + ", got " + v);
        }
        return (T) v;
    }
}
