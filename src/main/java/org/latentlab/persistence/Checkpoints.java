package org.latentlab.persistence;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.latentlab.errors.Sentences;
import java.util.stream.Stream;
import ai.djl.Device;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Weights;
import org.latentlab.data.Preparation;
import org.latentlab.data.Standardisation;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;
import org.latentlab.ml.model.SpecJson;

/**
 * Saves and loads checkpoint folders: {@code spec.json}, {@code weights.params} (DJL's parameter
 * format), {@code metrics.json} and {@code codes.csv}. A save replaces only those files, so that a
 * crash leaves the old checkpoint or the new one and the person's other files stay; a folder that
 * exists and is not a checkpoint is never touched.
 */
public final class Checkpoints {
    /** The checkpoint format this version writes and reads. */
    public static final int FORMAT = 1;
    static final String SPEC = "spec.json";
    static final String WEIGHTS = "weights.params";
    static final String METRICS = "metrics.json";
    static final String CODES = "codes.csv";
    /** A spec is under 2 KB; a person's edits get room, a file the app did not write does not. */
    static final long MAX_SPEC_BYTES = 1 << 20;
    /** The history of 100000 epochs at about 150 bytes each. */
    static final long MAX_METRICS_BYTES = 64L << 20;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
    private static final Gson METRICS_GSON = new GsonBuilder().serializeSpecialFloatingPointValues()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();

    private Checkpoints() {}

    /** True if the folder holds a checkpoint's spec file. */
    public static boolean isCheckpoint(Path dir) {
        return Files.isRegularFile(dir.resolve(SPEC));
    }

    /**
     * Refuses, with one sentence, a folder that cannot receive a checkpoint: a file, a folder that
     * exists, is not empty and is not a checkpoint, or a place where nothing can be written. Called
     * before training starts; first puts right what a crashed save left there.
     */
    public static void checkWritable(Path dir) {
        dir = dir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a folder: choose a folder for the checkpoint.");
        }
        try {
            CheckpointFolder.recover(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException(Sentences.after("What an interrupted save left in " + dir + " cannot be put right", e), e);
        }
        if (Files.isDirectory(dir) && !isCheckpoint(dir) && !isEmpty(dir)) {
            throw new IllegalArgumentException(dir + " exists and is not a Latent Lab checkpoint: choose a new or empty folder.");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IllegalArgumentException("The checkpoint cannot be saved in " + dir + ": " + existing
                    + " is a file, not a folder.");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".latentlab-probe-", ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(Sentences.after("The checkpoint cannot be saved in " + dir + " because "
                    + existing + " cannot be written", e) , e);
        }
    }

    /**
     * Writes the checkpoint into {@code dir}, replacing only the files an older checkpoint there
     * owns ({@code spec.json}, {@code weights.params}, {@code metrics.json}, {@code codes.csv});
     * a crash leaves the old checkpoint or the new one (see {@link CheckpointFolder}).
     */
    public static void save(Path dir, Checkpoint checkpoint, Autoencoder model) throws IOException {
        save(dir, checkpoint, model, CheckpointFolder.NEVER);
    }

    static void save(Path dir, Checkpoint checkpoint, Autoencoder model, CheckpointFolder.Crash crash) throws IOException {
        checkWritable(dir.toAbsolutePath().normalize());
        CheckpointFolder.replace(dir, tmp -> {
            Files.writeString(tmp.resolve(SPEC), GSON.toJson(specJson(checkpoint)), StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(tmp.resolve(WEIGHTS))) {
                model.saveParameters(out);
            }
            Files.writeString(tmp.resolve(METRICS), GSON.toJson(metricsJson(checkpoint.metrics())), StandardCharsets.UTF_8);
            writeCodes(tmp.resolve(CODES), checkpoint);
        }, crash);
    }

    /** A checkpoint and its model, loaded together; the caller closes the model. */
    public record Loaded(Checkpoint checkpoint, Autoencoder model) {}

    /** Reads the checkpoint's spec, metrics and codes, and its weights onto the device. */
    public static Loaded load(Path dir, Device device) throws IOException {
        Checkpoint cp = read(dir);
        byte[] weights = checkedWeights(dir, cp.spec());
        Autoencoder model;
        try {
            model = Autoencoder.load(cp.spec(), device, new java.io.ByteArrayInputStream(weights));
        } catch (IOException e) {
            throw new IOException(Sentences.after("The weights in " + dir + " cannot be read", e), e);
        }
        return new Loaded(cp, model);
    }

    /**
     * The bytes of {@code weights.params}, refused unless they are laid out exactly as the model
     * {@code spec.json} describes would write them: the same length, and the same bytes everywhere
     * but in the weights' values (found by writing the model twice, with two different fillings).
     * So a latent or hidden size edited by hand, weights from another model, or a damaged header
     * get one sentence before the engine reads a single shape.
     */
    private static byte[] checkedWeights(Path dir, ModelSpec spec) throws IOException {
        Path file = dir.resolve(WEIGHTS);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + " has no " + WEIGHTS + ": it is not a complete checkpoint.");
        }
        byte[] zeros;
        byte[] filled;
        try (Autoencoder template = Autoencoder.forWeights(spec, Device.cpu())) {
            zeros = parameterBytes(template);
            Weights w = template.weights();
            java.util.Arrays.fill(w.values(), Float.intBitsToFloat(0x3F9D70A4));
            template.restoreWeights(w);
            filled = parameterBytes(template);
        }
        String model = "the model it describes (latent size " + spec.latentSize() + ", hidden layers " + spec.hiddenSizes() + ")";
        long size = Files.size(file);
        if (size != zeros.length) {
            throw new IOException("The weights in " + dir + " do not match its " + SPEC + ": they are " + size + " bytes, "
                    + model + " has " + zeros.length + ".");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != zeros.length) {
            throw new IOException("The weights in " + dir + " changed while they were read: try again.");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (zeros[i] == filled[i] && bytes[i] != zeros[i]) {
                throw new IOException("The weights in " + dir + " do not match its " + SPEC + ": their layout differs from "
                        + model + " at byte " + i + " (another model's weights, or a damaged file).");
            }
        }
        return bytes;
    }

    private static byte[] parameterBytes(Autoencoder model) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        model.saveParameters(out);
        return out.toByteArray();
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
        try (Autoencoder model = Autoencoder.of(checkpoint.spec(), Device.cpu(), weights)) {
            save(dir, checkpoint, model);
        }
    }

    /** Reads the checkpoint's spec, metrics and codes without loading weights. */
    public static Checkpoint read(Path dir) throws IOException {
        try {
            CheckpointFolder.recover(dir);
        } catch (IOException e) {
            throw new IOException(Sentences.after("What an interrupted save left in " + dir + " cannot be put right", e), e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("There is no checkpoint folder at " + dir + ".");
        }
        if (!isCheckpoint(dir)) {
            throw new IOException(dir + " is not a Latent Lab checkpoint: it has no " + SPEC + ".");
        }
        try {
            JsonElement parsed = json(dir, SPEC, MAX_SPEC_BYTES);
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException(SPEC + " is not a JSON object");
            }
            JsonObject spec = parsed.getAsJsonObject();
            long format = JsonText.wholeNumber(spec.get("format"), "format", 1, Integer.MAX_VALUE);
            if (format > FORMAT) {
                throw new IOException(dir + " was written by a newer Latent Lab (checkpoint format " + format
                        + "); this version reads format " + FORMAT + ".");
            }
            ModelSpec model = specFromJson(ModelJson.check(spec.get("model")));
            if (!(spec.get("dataset") instanceof com.google.gson.JsonPrimitive d) || !d.isString()) {
                throw new IllegalArgumentException("it names no data set");
            }
            String dataset = d.getAsString();
            long seed = JsonText.wholeNumber(spec.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE);
            TrainingMetrics metrics = Files.exists(dir.resolve(METRICS))
                    ? metrics(json(dir, METRICS, MAX_METRICS_BYTES))
                    : new TrainingMetrics(Double.NaN, Double.NaN, 0, 0, 0, List.of());
            CodesCsv.Codes codes = Files.exists(dir.resolve(CODES)) ? CodesCsv.read(dir.resolve(CODES), model.codeSize()) : null;
            Preparation preparation = preparation(spec.get("preparation"));
            Standardisation standardisation = standardisation(spec.get("standardisation"), model.inputSize());
            return new Checkpoint(model, dataset, seed, metrics, model.codeSize(), codes == null ? null : codes.values(),
                    codes == null ? null : codes.labels(), preparation, standardisation);
        } catch (java.nio.charset.CharacterCodingException | UncheckedIOException e) {
            throw new IOException("The checkpoint in " + dir + " is corrupt: one of its files is not UTF-8 text.", e);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                 | IllegalArgumentException e) {
            throw new IOException(Sentences.after("The checkpoint in " + dir + " is corrupt", e), e);
        }
    }

    /** The preparation a checkpoint records, as {@link Preparation#text()} writes it; a checkpoint from before it was recorded had digits. */
    private static Preparation preparation(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return Preparation.DIGITS;
        }
        if (!(e instanceof com.google.gson.JsonPrimitive p) || !p.isString()) {
            throw new IllegalArgumentException("its preparation is " + JsonText.shorten(e) + ", not a text such as pictures:32:colour");
        }
        try {
            return Preparation.parse(p.getAsString());
        } catch (org.latentlab.data.DataException ex) {
            throw new IllegalArgumentException("its preparation " + ex.getMessage().replaceAll("\\.$", ""), ex);
        }
    }

    /** A table's z-score as {@link #specJson} writes it: a mean and a deviation per feature; absent for pictures. */
    private static Standardisation standardisation(JsonElement e, int features) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject() || !(e.getAsJsonObject().get("means") instanceof JsonArray means)
                || !(e.getAsJsonObject().get("deviations") instanceof JsonArray deviations)
                || means.size() != features || deviations.size() != features) {
            throw new IllegalArgumentException("its standardisation is " + JsonText.shorten(e) + ", not a mean and a deviation for each of its "
                    + features + " features");
        }
        double[] m = new double[features];
        double[] d = new double[features];
        for (int i = 0; i < features; i++) {
            m[i] = means.get(i).getAsDouble();
            d[i] = deviations.get(i).getAsDouble();
            if (!Double.isFinite(m[i]) || !(d[i] > 0) || !Double.isFinite(d[i])) {
                throw new IllegalArgumentException("its standardisation of feature " + (i + 1) + " is not a finite mean and a positive deviation");
            }
        }
        return new Standardisation(m, d);
    }

    /** One of the checkpoint's JSON files, parsed within its limits; a failure names the file. */
    private static JsonElement json(Path dir, String name, long maxBytes) throws IOException {
        try {
            return JsonText.parse(JsonText.read(dir.resolve(name), maxBytes));
        } catch (JsonParseException e) {
            String why = Sentences.of(e, "The text is not valid JSON.");
            throw new IllegalArgumentException(name + " " + why.replaceFirst("^The text ", "").replaceAll("\\.$", ""), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static JsonObject specJson(Checkpoint cp) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.add("model", specToJson(cp.spec()));
        root.addProperty("dataset", cp.dataset());
        root.addProperty("seed", cp.seed());
        if (!cp.preparation().equals(Preparation.DIGITS)) {
            root.addProperty("preparation", cp.preparation().text());
        }
        if (cp.standardisation() != null) {
            JsonObject z = new JsonObject();
            JsonArray means = new JsonArray();
            JsonArray deviations = new JsonArray();
            for (int i = 0; i < cp.standardisation().features(); i++) {
                means.add(cp.standardisation().means()[i]);
                deviations.add(cp.standardisation().deviations()[i]);
            }
            z.add("means", means);
            z.add("deviations", deviations);
            root.add("standardisation", z);
        }
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

    /** {@code metrics.json} field by field; the keys are the components in snake_case. */
    private record MetricsFile(Double trainMse, Double valMse, Integer epochs, Long steps, Double seconds, List<EpochFile> history) {}

    /** One entry of {@code metrics.json}'s history. */
    private record EpochFile(Integer epoch, Long step, Double trainLoss, Double validationLoss, Double validationMse) {}

    /** The metrics as the JSON object written to {@code metrics.json} (snake_case keys). */
    public static JsonObject metricsJson(TrainingMetrics t) {
        List<EpochFile> history = t.history().stream().map(r -> new EpochFile(r.epoch(), r.step(), r.trainLoss(),
                r.validationLoss(), r.validationMse())).toList();
        MetricsFile file = new MetricsFile(t.trainMse(), t.valMse(), t.epochs(), t.steps(), t.seconds(), history);
        return METRICS_GSON.toJsonTree(file).getAsJsonObject();
    }

    private static TrainingMetrics metrics(JsonElement json) {
        MetricsFile m = METRICS_GSON.fromJson(json, MetricsFile.class);
        if (m == null) {
            throw new IllegalArgumentException(METRICS + " is empty");
        }
        List<TrainingMetrics.EpochRecord> history = new ArrayList<>();
        for (EpochFile e : m.history() == null ? List.<EpochFile>of() : m.history()) {
            history.add(new TrainingMetrics.EpochRecord(present(e.epoch(), "epoch"), present(e.step(), "step"),
                    present(e.trainLoss(), "train_loss"), present(e.validationLoss(), "validation_loss"),
                    present(e.validationMse(), "validation_mse")));
        }
        return new TrainingMetrics(present(m.trainMse(), "train_mse"), present(m.valMse(), "val_mse"), present(m.epochs(), "epochs"),
                present(m.steps(), "steps"), present(m.seconds(), "seconds"), history);
    }

    private static <T> T present(T value, String key) {
        if (value == null) {
            throw new IllegalArgumentException(METRICS + " has no " + key);
        }
        return value;
    }

    private static void writeCodes(Path file, Checkpoint cp) throws IOException {
        if (cp.validationCodes() == null) {
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CodesCsv.write(w, cp.latentSize(), cp.validationCodes(), cp.validationLabels());
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
