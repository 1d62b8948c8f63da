package org.latentlab.ml.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import ai.djl.Device;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.SpecJson;

/**
 * Saves and loads checkpoint folders: {@code spec.json}, {@code weights.params} (DJL's parameter
 * format), {@code metrics.json} and {@code codes.csv}. A save writes a temporary sibling folder and
 * renames it into place, so a crash never leaves a half-written model; a folder that exists and is
 * not a checkpoint is never touched.
 */
public final class Checkpoints {
    /** The checkpoint format this version writes and reads. */
    public static final int FORMAT = 1;
    static final String SPEC = "spec.json";
    static final String WEIGHTS = "weights.params";
    static final String METRICS = "metrics.json";
    static final String CODES = "codes.csv";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private Checkpoints() {}

    /** True if the folder holds a checkpoint's spec file. */
    public static boolean isCheckpoint(Path dir) {
        return Files.isRegularFile(dir.resolve(SPEC));
    }

    /**
     * Refuses, with one sentence, a folder that cannot receive a checkpoint: a file, or a folder
     * that exists, is not empty and is not a checkpoint. Called before training starts.
     */
    public static void checkWritable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a folder: choose a folder for the checkpoint.");
        }
        if (Files.isDirectory(dir) && !isCheckpoint(dir) && !isEmpty(dir)) {
            throw new IllegalArgumentException(dir + " exists and is not a Latent Lab checkpoint: choose a new or empty folder.");
        }
    }

    /** Writes the checkpoint atomically, replacing an older checkpoint in the same folder. */
    public static void save(Path dir, Checkpoint checkpoint, Autoencoder model) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        checkWritable(dir);
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp-");
        try {
            Files.writeString(tmp.resolve(SPEC), GSON.toJson(specJson(checkpoint)), StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(tmp.resolve(WEIGHTS))) {
                model.saveParameters(out);
            }
            Files.writeString(tmp.resolve(METRICS), GSON.toJson(metricsJson(checkpoint.metrics())), StandardCharsets.UTF_8);
            writeCodes(tmp.resolve(CODES), checkpoint);
            Path old = null;
            if (Files.exists(dir)) {
                old = parent.resolve("." + dir.getFileName() + ".old-" + System.nanoTime());
                move(dir, old);
            }
            move(tmp, dir);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** A checkpoint and its model, loaded together; the caller closes the model. */
    public record Loaded(Checkpoint checkpoint, Autoencoder model) {}

    /** Reads the checkpoint's spec, metrics and codes, and its weights onto the device. */
    public static Loaded load(Path dir, Device device) throws IOException {
        Checkpoint cp = read(dir);
        Autoencoder model;
        try (InputStream in = Files.newInputStream(dir.resolve(WEIGHTS))) {
            model = Autoencoder.load(cp.spec(), device, new java.io.BufferedInputStream(in));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(dir + " has no " + WEIGHTS + ": it is not a complete checkpoint.", e);
        } catch (IOException e) {
            throw new IOException("The weights in " + dir + " cannot be read: " + e.getMessage() + ".", e);
        }
        return new Loaded(cp, model);
    }

    /**
     * A checkpoint and its weights as plain arrays (loaded on the CPU and released at once), for
     * callers that hand them to an inference thread rather than keep a model.
     */
    public record Plain(Checkpoint checkpoint, Weights weights) {}

    /** Reads the checkpoint and copies its weights into plain arrays. */
    public static Plain readPlain(Path dir) throws IOException {
        Loaded loaded = load(dir, Device.cpu());
        try (Autoencoder model = loaded.model()) {
            return new Plain(loaded.checkpoint(), model.weights());
        }
    }

    /** Writes a checkpoint from plain weights (as {@link #readPlain} gives them). */
    public static void save(Path dir, Checkpoint checkpoint, Weights weights) throws IOException {
        try (Autoencoder model = Autoencoder.forWeights(checkpoint.spec(), Device.cpu())) {
            model.restoreWeights(weights);
            save(dir, checkpoint, model);
        }
    }

    /** Reads the checkpoint's spec, metrics and codes without loading weights. */
    public static Checkpoint read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("There is no checkpoint folder at " + dir + ".");
        }
        if (!isCheckpoint(dir)) {
            throw new IOException(dir + " is not a Latent Lab checkpoint: it has no " + SPEC + ".");
        }
        try {
            JsonObject spec = JsonParser.parseString(Files.readString(dir.resolve(SPEC))).getAsJsonObject();
            int format = spec.get("format").getAsInt();
            if (format > FORMAT) {
                throw new IOException(dir + " was written by a newer Latent Lab (checkpoint format " + format
                        + "); this version reads format " + FORMAT + ".");
            }
            ModelSpec model = specFromJson(spec.getAsJsonObject("model"));
            String dataset = spec.get("dataset").getAsString();
            long seed = spec.get("seed").getAsLong();
            TrainingMetrics metrics = Files.exists(dir.resolve(METRICS))
                    ? metrics(JsonParser.parseString(Files.readString(dir.resolve(METRICS))).getAsJsonObject())
                    : new TrainingMetrics(Double.NaN, Double.NaN, 0, 0, 0, List.of());
            float[][] codes = new float[1][];
            int[][] labels = new int[1][];
            if (Files.exists(dir.resolve(CODES))) {
                readCodes(dir.resolve(CODES), model.codeSize(), codes, labels);
            }
            return new Checkpoint(model, dataset, seed, metrics, model.codeSize(), codes[0], labels[0]);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                 | IllegalArgumentException e) {
            throw new IOException("The checkpoint in " + dir + " is corrupt: " + e.getMessage() + ".", e);
        }
    }

    private static JsonObject specJson(Checkpoint cp) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.add("model", specToJson(cp.spec()));
        root.addProperty("dataset", cp.dataset());
        root.addProperty("seed", cp.seed());
        return root;
    }

    /** A spec as JSON, as spec.json holds it under {@code model}: see {@link SpecJson#write}. */
    public static JsonObject specToJson(ModelSpec s) {
        return SpecJson.write(s);
    }

    /** Reads a spec as {@link #specToJson} writes it, validated: see {@link SpecJson#read}. */
    public static ModelSpec specFromJson(JsonObject m) {
        return SpecJson.read(m);
    }

    /** The metrics as the JSON object written to {@code metrics.json} (snake_case keys). */
    public static JsonObject metricsJson(TrainingMetrics t) {
        JsonObject o = new JsonObject();
        o.addProperty("train_mse", t.trainMse());
        o.addProperty("val_mse", t.valMse());
        o.addProperty("epochs", t.epochs());
        o.addProperty("steps", t.steps());
        o.addProperty("seconds", t.seconds());
        JsonArray h = new JsonArray();
        for (TrainingMetrics.EpochRecord r : t.history()) {
            JsonObject e = new JsonObject();
            e.addProperty("epoch", r.epoch());
            e.addProperty("step", r.step());
            e.addProperty("train_loss", r.trainLoss());
            e.addProperty("validation_loss", r.validationLoss());
            e.addProperty("validation_mse", r.validationMse());
            h.add(e);
        }
        o.add("history", h);
        return o;
    }

    private static TrainingMetrics metrics(JsonObject o) {
        List<TrainingMetrics.EpochRecord> history = new ArrayList<>();
        if (o.has("history")) {
            for (JsonElement el : o.getAsJsonArray("history")) {
                JsonObject e = el.getAsJsonObject();
                history.add(new TrainingMetrics.EpochRecord(e.get("epoch").getAsInt(), e.get("step").getAsLong(),
                        e.get("train_loss").getAsDouble(), e.get("validation_loss").getAsDouble(),
                        e.get("validation_mse").getAsDouble()));
            }
        }
        return new TrainingMetrics(o.get("train_mse").getAsDouble(), o.get("val_mse").getAsDouble(),
                o.get("epochs").getAsInt(), o.get("steps").getAsLong(), o.get("seconds").getAsDouble(), history);
    }

    private static void writeCodes(Path file, Checkpoint cp) throws IOException {
        if (cp.validationCodes() == null) {
            return;
        }
        int k = cp.latentSize();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("index,label");
            for (int j = 1; j <= k; j++) {
                header.append(",z").append(j);
            }
            w.write(header.append('\n').toString());
            int n = cp.validationLabels().length;
            for (int i = 0; i < n; i++) {
                StringBuilder row = new StringBuilder().append(i).append(',').append(cp.validationLabels()[i]);
                for (int j = 0; j < k; j++) {
                    row.append(',').append(cp.validationCodes()[i * k + j]);
                }
                w.write(row.append('\n').toString());
            }
        }
    }

    private static void readCodes(Path file, int k, float[][] codes, int[][] labels) throws IOException {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = r.lines().skip(1).filter(l -> !l.isBlank()).toList();
        }
        float[] c = new float[lines.size() * k];
        int[] l = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            if (cells.length != k + 2) {
                throw new IllegalArgumentException(CODES + " line " + (i + 2) + " has " + cells.length + " cells, expected " + (k + 2));
            }
            l[i] = Integer.parseInt(cells[1].trim());
            for (int j = 0; j < k; j++) {
                c[i * k + j] = Float.parseFloat(cells[j + 2].trim());
            }
        }
        codes[0] = c;
        labels[0] = l;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it, best effort (for temporary folders). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException ignored) {
                    // Best effort: a leftover temporary folder is harmless and named as such.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }

}
