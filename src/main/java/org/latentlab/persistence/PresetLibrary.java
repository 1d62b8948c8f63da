package org.latentlab.persistence;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.model.ModelSpec;

/**
 * Presets are data: JSON files, the built-in ones in the resources ({@code /org/latentlab/presets/},
 * listed in its {@code index.json}), and any an instructor writes and opens. Reading checks every
 * field and names the first that is wrong, so a bad preset is refused whole.
 */
public final class PresetLibrary {
    /** The preset format this version reads. */
    public static final int FORMAT = 1;
    private static final String ROOT = "/org/latentlab/presets/";
    /** A preset is a few hundred bytes of settings and sentences. */
    static final long MAX_BYTES = 1 << 20;
    private static final Gson GSON = new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();

    private PresetLibrary() {}

    /** A built-in preset by its title: ready to apply, or, when this copy of the app lacks what it needs, why not. */
    public record Offer(String title, Preset preset, String problem) {}

    /** The presets that ship with the app, in menu order; throws when one cannot be used here. */
    public static List<Preset> builtIn() {
        List<Preset> out = new ArrayList<>();
        for (Offer o : offered()) {
            if (o.preset() == null) {
                throw new UncheckedIOException(new IOException(o.problem()));
            }
            out.add(o.preset());
        }
        return out;
    }

    /**
     * The presets that ship with the app, in menu order, each ready or with the sentence that says
     * why it is not: a jar run away from its {@code models/} folder still opens, with those presets
     * named but not offered.
     */
    public static List<Offer> offered() {
        List<Offer> out = new ArrayList<>();
        for (JsonElement name : JsonParser.parseString(resource("index.json")).getAsJsonArray()) {
            String json = resource(name.getAsString());
            try {
                Preset p = parse(json, name.getAsString());
                out.add(new Offer(p.title(), p, null));
            } catch (IOException e) {
                out.add(new Offer(JsonParser.parseString(json).getAsJsonObject().get("title").getAsString(), null, e.getMessage()));
            }
        }
        return out;
    }

    /** Reads a preset file; a corrupt, newer or inconsistent one is refused with one sentence. */
    public static Preset read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("There is no preset file at " + file + ".");
        }
        String text;
        try {
            text = JsonText.read(file, MAX_BYTES);
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + " is not a valid preset: " + e.getMessage() + ".", e);
        }
        return parse(text, file.getFileName().toString());
    }

    /** A preset file field by field; the keys are the components in snake_case ({@code side_by_side}). */
    private record PresetFile(Integer format, String title, String description, String dataset, JsonObject model, Integer epochs,
                              String open, List<String> sideBySide, String view, Boolean train) {}

    /** Parses preset JSON; {@code name} says which file in messages. */
    public static Preset parse(String json, String name) throws IOException {
        JsonObject o;
        try {
            JsonElement parsed = JsonText.parse(json);
            if (!parsed.isJsonObject()) {
                throw new IOException(name + " is not a valid preset: it is not a JSON object.");
            }
            o = parsed.getAsJsonObject();
        } catch (IllegalArgumentException e) {
            throw new IOException(name + " is not a valid preset: " + e.getMessage() + ".", e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(Sentences.after(name + " is not a valid preset: it is not a JSON object", e), e);
        }
        try {
            checkSchema(o);
            long format = JsonText.wholeNumber(o.get("format"), "format", 1, Integer.MAX_VALUE);
            if (format > FORMAT) {
                throw new IOException(name + " was written for a newer Latent Lab (preset format " + format + "); this version reads format "
                        + FORMAT + ".");
            }
            PresetFile f = GSON.fromJson(o, PresetFile.class);
            String title = present(f.title(), "title");
            String description = present(f.description(), "description");
            String dataset = f.dataset() != null ? f.dataset() : "mnist-10k";
            if (DatasetCatalog.shipped().stream().noneMatch(s -> s.name().equals(dataset)) && !Files.exists(Path.of(dataset))) {
                throw new IOException(name + " needs the data set " + dataset + ", which is not there.");
            }
            ModelSpec spec = Checkpoints.specFromJson(ModelJson.check(f.model()));
            int epochs = f.epochs() != null ? f.epochs() : 10;
            if (epochs < 1 || epochs > 100_000) {
                throw new IllegalArgumentException("epochs must be between 1 and 100000, got " + epochs);
            }
            String open = f.open();
            List<String> sideBySide = f.sideBySide() != null ? f.sideBySide() : List.of();
            if (sideBySide.size() > 4) {
                throw new IllegalArgumentException("side_by_side holds at most 4 models");
            }
            for (String model : open == null ? sideBySide : concat(open, sideBySide)) {
                if (ShippedModels.find(model).isEmpty()) {
                    throw new IOException(name + " needs the shipped model " + model + ", which is not in the models folder.");
                }
            }
            String view = f.view() != null ? f.view() : "LATENT";
            boolean train = f.train() != null && f.train();
            return new Preset(title, description, dataset, spec, epochs, open, sideBySide, view, train);
        } catch (NullPointerException e) {
            throw new IOException(name + " is not a valid preset: a required field of its model is missing.", e);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | IllegalArgumentException e) {
            throw new IOException(Sentences.after(name + " is not a valid preset", e), e);
        }
    }

    /** The kind of value each key of a preset holds. */
    private enum Kind { WHOLE, TEXT, OBJECT, TEXTS, BOOLEAN }

    private static final java.util.Map<String, Kind> SCHEMA = java.util.Map.of("format", Kind.WHOLE, "title", Kind.TEXT,
            "description", Kind.TEXT, "dataset", Kind.TEXT, "model", Kind.OBJECT, "epochs", Kind.WHOLE, "open", Kind.TEXT,
            "side_by_side", Kind.TEXTS, "view", Kind.TEXT, "train", Kind.BOOLEAN);

    /** Checks every key of the file against {@link #SCHEMA} before any is used; the model is checked by {@link ModelJson}. */
    private static void checkSchema(JsonObject o) {
        for (var e : o.entrySet()) {
            Kind kind = SCHEMA.get(e.getKey());
            JsonElement v = e.getValue();
            if (kind == null) {
                throw new IllegalArgumentException("it has a key '" + e.getKey() + "' that presets do not have (they have "
                        + String.join(", ", new java.util.TreeSet<>(SCHEMA.keySet())) + ")");
            }
            boolean ok = switch (kind) {
                case WHOLE -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber();
                case TEXT -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
                case BOOLEAN -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean();
                case OBJECT -> v.isJsonObject();
                case TEXTS -> v.isJsonArray() && v.getAsJsonArray().asList().stream()
                        .allMatch(x -> x.isJsonPrimitive() && x.getAsJsonPrimitive().isString());
            };
            if (!ok) {
                throw new IllegalArgumentException("its " + JsonText.words(e.getKey()) + " is " + JsonText.shorten(v) + ", not " + switch (kind) {
                    case WHOLE -> "a whole number";
                    case TEXT -> "text";
                    case BOOLEAN -> "true or false";
                    case OBJECT -> "an object";
                    case TEXTS -> "a list of names";
                });
            }
        }
        if (o.has("epochs")) {
            JsonText.wholeNumber(o.get("epochs"), "epochs", 1, 100_000);
        }
    }

    private static <T> T present(T value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("it has no " + key);
        }
        return value;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    private static String resource(String name) {
        try (InputStream in = PresetLibrary.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in preset " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
