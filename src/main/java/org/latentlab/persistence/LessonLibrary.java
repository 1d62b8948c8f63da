package org.latentlab.persistence;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.latentlab.errors.Sentences;

/**
 * Lessons are preset files with three more keys: {@code hide} (names of controls), {@code figure}
 * (the measured figure's id) and {@code expect} (what it should show). The built-in sequence is the
 * presets in their menu order followed by the lessons in {@code /org/latentlab/lessons/index.json};
 * an instructor's own sequence is a folder of lesson files, in the order of their names. A preset
 * file reads as a lesson unchanged, and {@link PresetLibrary} still reads every preset.
 */
public final class LessonLibrary {
    private static final String ROOT = "/org/latentlab/lessons/";
    private static final Set<String> LESSON_KEYS = Set.of("hide", "figure", "expect");

    private LessonLibrary() {}

    /** The course's lessons in order: the presets this copy of the app can offer, then the lessons. */
    public static List<Lesson> builtIn() {
        List<Lesson> out = new ArrayList<>();
        for (PresetLibrary.Offer o : PresetLibrary.offered()) {
            if (o.preset() != null) {
                out.add(Lesson.of(o.preset()));
            }
        }
        for (JsonElement name : JsonParser.parseString(resource("index.json")).getAsJsonArray()) {
            try {
                out.add(parse(resource(name.getAsString()), name.getAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** One lesson (or preset) file; a bad one is refused with one sentence. */
    public static Lesson read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("There is no lesson file at " + file + ".");
        }
        String text;
        try {
            text = JsonText.read(file, PresetLibrary.MAX_BYTES);
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + " is not a valid lesson: " + e.getMessage() + ".", e);
        }
        return parse(text, file.getFileName().toString());
    }

    /** An instructor's sequence: every {@code .json} file of {@code folder}, in the order of their names; the first bad one refuses the whole folder. */
    public static List<Lesson> folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("There is no folder of lessons at " + folder + ".");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("The folder " + folder.getFileName() + " holds no lesson files (.json).");
        }
        List<Lesson> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    /** Parses a lesson: its preset part by {@link PresetLibrary#parse}, then its own keys. */
    public static Lesson parse(String json, String name) throws IOException {
        JsonObject o;
        try {
            JsonElement parsed = JsonText.parse(json);
            if (!parsed.isJsonObject()) {
                throw new IOException(name + " is not a valid lesson: it is not a JSON object.");
            }
            o = parsed.getAsJsonObject();
        } catch (IllegalArgumentException e) {
            throw new IOException(name + " is not a valid lesson: " + e.getMessage() + ".", e);
        } catch (RuntimeException e) {
            throw new IOException(Sentences.after(name + " is not a valid lesson: it is not a JSON object", e), e);
        }
        JsonObject preset = o.deepCopy();
        LESSON_KEYS.forEach(preset::remove);
        Preset p = PresetLibrary.parse(preset.toString(), name);
        List<String> hide = new ArrayList<>();
        if (o.has("hide")) {
            JsonElement h = o.get("hide");
            if (!h.isJsonArray() || !h.getAsJsonArray().asList().stream().allMatch(x -> x.isJsonPrimitive() && x.getAsJsonPrimitive().isString())) {
                throw new IOException(name + " is not a valid lesson: its hide is " + JsonText.shorten(h) + ", not a list of control names.");
            }
            h.getAsJsonArray().forEach(x -> hide.add(x.getAsString()));
        }
        return new Lesson(p, hide, text(o, "figure", name), text(o, "expect", name));
    }

    private static String text(JsonObject o, String key, String name) throws IOException {
        if (!o.has(key)) {
            return null;
        }
        JsonElement v = o.get(key);
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            throw new IOException(name + " is not a valid lesson: its " + key + " is " + JsonText.shorten(v) + ", not text.");
        }
        return v.getAsString();
    }

    private static String resource(String name) {
        try (InputStream in = LessonLibrary.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in lesson " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
