package org.latentlab.persistence;

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
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** Parses preset JSON; {@code name} says which file in messages. */
    public static Preset parse(String json, String name) throws IOException {
        JsonObject o;
        try {
            o = JsonParser.parseString(json).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(name + " is not a valid preset: it is not a JSON object (" + e.getMessage() + ").", e);
        }
        try {
            int format = o.get("format").getAsInt();
            if (format > FORMAT) {
                throw new IOException(name + " was written for a newer Latent Lab (preset format " + format + "); this version reads format "
                        + FORMAT + ".");
            }
            String title = o.get("title").getAsString();
            String description = o.get("description").getAsString();
            String dataset = o.has("dataset") ? o.get("dataset").getAsString() : "mnist-10k";
            if (DatasetCatalog.shipped().stream().noneMatch(s -> s.name().equals(dataset)) && !Files.exists(Path.of(dataset))) {
                throw new IOException(name + " needs the data set " + dataset + ", which is not there.");
            }
            ModelSpec spec = Checkpoints.specFromJson(o.getAsJsonObject("model"));
            int epochs = o.has("epochs") ? o.get("epochs").getAsInt() : 10;
            if (epochs < 1 || epochs > 100_000) {
                throw new IllegalArgumentException("epochs must be between 1 and 100000, got " + epochs);
            }
            String open = o.has("open") ? o.get("open").getAsString() : null;
            List<String> sideBySide = new ArrayList<>();
            if (o.has("side_by_side")) {
                o.getAsJsonArray("side_by_side").forEach(e -> sideBySide.add(e.getAsString()));
            }
            if (sideBySide.size() > 4) {
                throw new IllegalArgumentException("side_by_side holds at most 4 models");
            }
            for (String model : open == null ? sideBySide : concat(open, sideBySide)) {
                if (ShippedModels.find(model).isEmpty()) {
                    throw new IOException(name + " needs the shipped model " + model + ", which is not in the models folder.");
                }
            }
            String view = o.has("view") ? o.get("view").getAsString() : "LATENT";
            boolean train = o.has("train") && o.get("train").getAsBoolean();
            return new Preset(title, description, dataset, spec, epochs, open, sideBySide, view, train);
        } catch (NullPointerException | IllegalStateException | UnsupportedOperationException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? "a required field (format, title, description, model) is missing" : e.getMessage();
            throw new IOException(name + " is not a valid preset: " + (why.endsWith(".") ? why.substring(0, why.length() - 1) : why) + ".", e);
        }
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
