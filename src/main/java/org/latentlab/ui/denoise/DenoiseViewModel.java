package org.latentlab.ui.denoise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentlab.analysis.ImageQuality;
import org.latentlab.data.DataException;
import org.latentlab.persistence.ImageExport;
import org.latentlab.data.ImageImport;
import org.latentlab.data.Noise;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.common.FxResults;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The denoise view's state: the pictures a person dropped (each prepared as MNIST was made, or
 * refused with one sentence), the noise added to them, and what the current model makes of the
 * noisy copies. Reading and preparing run on a background thread with progress; the model runs on
 * the inference thread; a new noise level re-runs every picture at once.
 */
public final class DenoiseViewModel implements AutoCloseable {
    /** One dropped picture: its preparation steps and, once run, the noisy input and the model's output; or why it failed. */
    public record Item(String name, ImageImport.Prepared prepared, float[] noisy, float[] denoised, double psnrBefore,
                       double psnrAfter, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final DecoderService decoder;
    private final LatentViewModel latent;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Noise.Kind> noiseKind = new SimpleObjectProperty<>(Noise.Kind.GAUSSIAN);
    private final DoubleProperty noiseLevel = new SimpleDoubleProperty(0.5);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Drop pictures or a folder here, or paste one (Ctrl+V).");
    private final ReadOnlyObjectWrapper<Variant> modelVariant = new ReadOnlyObjectWrapper<>();
    private final java.util.concurrent.Executor reader;
    private volatile boolean closed;
    private int size = 28;

    private final java.util.function.Supplier<float[]> trainingImages;
    private float[] trainingCodes;
    private long trainingCodesVersion = -1;

    /**
     * @param trainingImages the current run's training images (n × input size), whose codes the
     *     nearest neighbours are searched among; null to search the validation codes instead
     */
    public DenoiseViewModel(org.latentlab.concurrent.Background background, DecoderService decoder, LatentViewModel latent,
                            java.util.function.Supplier<float[]> trainingImages) {
        this.reader = background.lane("image-import");
        this.decoder = decoder;
        this.latent = latent;
        this.trainingImages = trainingImages == null ? () -> null : trainingImages;
        noiseKind.addListener(o -> rerun());
        noiseLevel.addListener(o -> rerun());
    }

    // ---- Properties

    public ObservableList<Item> items() {
        return items;
    }

    public ObjectProperty<Noise.Kind> noiseKindProperty() {
        return noiseKind;
    }

    /** σ for Gaussian noise, the probability of a hit for masking and salt-and-pepper. */
    public DoubleProperty noiseLevelProperty() {
        return noiseLevel;
    }

    /** Progress of reading many files, in [0,1]; 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The variant of the model the pictures go through, or null when there is none yet. */
    public ReadOnlyObjectProperty<Variant> modelVariantProperty() {
        return modelVariant.getReadOnlyProperty();
    }

    // ---- Commands

    /** Reads pictures and folders off the JavaFX thread; each bad file gets its sentence, the others go on. */
    public void importFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    items.add(new Item(p.getFileName().toString(), null, null, null, Double.NaN, Double.NaN,
                            "The folder " + p + " cannot be read."));
                }
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            return;
        }
        status.set("Reading " + files.size() + " picture" + (files.size() == 1 ? "" : "s") + "…");
        progress.set(0);
        int target = size;
        reader.execute(() -> {
            List<Item> batch = new ArrayList<>();
            long lastPost = System.nanoTime();
            for (int i = 0; i < files.size() && !closed; i++) {
                Path file = files.get(i);
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                try {
                    batch.add(new Item(name, ImageImport.prepare(file, target), null, null, Double.NaN, Double.NaN, null));
                } catch (DataException e) {
                    batch.add(new Item(name, null, null, null, Double.NaN, Double.NaN, e.getMessage()));
                } catch (RuntimeException | OutOfMemoryError e) {
                    batch.add(new Item(name, null, null, null, Double.NaN, Double.NaN, name + " could not be read (" + e + ")."));
                }
                boolean last = i == files.size() - 1;
                if (last || System.nanoTime() - lastPost > 100_000_000L) {
                    List<Item> ready = List.copyOf(batch);
                    batch.clear();
                    lastPost = System.nanoTime();
                    double done = (i + 1.0) / files.size();
                    Platform.runLater(() -> {
                        items.addAll(ready);
                        progress.set(last ? 0 : done);
                        if (last) {
                            long failed = items.stream().filter(Item::failed).count();
                            status.set(items.size() + " picture" + (items.size() == 1 ? "" : "s") + (failed > 0 ? ", " + failed + " could not be used" : "") + ".");
                            rerun();
                        }
                    });
                }
            }
        });
    }

    /** Adds a picture already in memory (pasted from the clipboard). */
    public void importImage(String name, java.awt.image.BufferedImage image) {
        try {
            items.add(new Item(name, ImageImport.prepare(image, size, List.of()), null, null, Double.NaN, Double.NaN, null));
        } catch (DataException e) {
            items.add(new Item(name, null, null, null, Double.NaN, Double.NaN, e.getMessage()));
        }
        rerun();
    }

    /** Shows one sentence in the view's status line. */
    public void report(String sentence) {
        status.set(sentence);
    }

    /** Removes every picture. */
    public void clear() {
        items.clear();
        status.set("Drop pictures or a folder here, or paste one (Ctrl+V).");
    }

    /** Adds the noise to every prepared picture and runs the noisy copies through the model in one batch. */
    public void rerun() {
        modelVariant.set(decoder.hasModel() ? decoder.spec().variant() : null);
        if (!decoder.hasModel()) {
            status.set("No model yet: train a denoising model (or any autoencoder) and the pictures go through it.");
            return;
        }
        if (decoder.spec().inputSize() != size * size) {
            status.set("The model takes " + decoder.spec().height() + "×" + decoder.spec().width() + " images; pictures are prepared as " + size + "×" + size + ".");
            return;
        }
        List<Item> ready = items.stream().filter(i -> !i.failed()).toList();
        if (ready.isEmpty()) {
            return;
        }
        Noise noise = new Noise(noiseKind.get(), noiseLevel.get());
        int d = size * size;
        float[] noisy = new float[ready.size() * d];
        for (int i = 0; i < ready.size(); i++) {
            float[] n = noise.apply(ready.get(i).prepared().input().values(), 1000L + i);
            System.arraycopy(n, 0, noisy, i * d, d);
        }
        FxResults.deliver(decoder.reconstruct("denoise", noisy, ready.size()), out -> {
            for (int i = 0; i < ready.size(); i++) {
                Item old = ready.get(i);
                int at = items.indexOf(old);
                if (at < 0) {
                    continue;
                }
                float[] clean = old.prepared().input().values();
                float[] n = java.util.Arrays.copyOfRange(noisy, i * d, (i + 1) * d);
                float[] o = java.util.Arrays.copyOfRange(out, i * d, (i + 1) * d);
                items.set(at, new Item(old.name(), old.prepared(), n, o, ImageQuality.psnr(clean, n), ImageQuality.psnr(clean, o), null));
            }
        }, status::set);
    }

    /** Writes NAME-input, NAME-noisy and NAME-denoised PNGs of every processed picture into {@code folder}. */
    public int saveResults(Path folder) throws IOException {
        int written = 0;
        for (Item item : items) {
            if (item.denoised() == null) {
                continue;
            }
            String stem = item.name().replaceAll("\\.[^.]*$", "");
            ImageExport.writePng(item.prepared().input().values(), size, size, folder.resolve(stem + "-input.png"));
            ImageExport.writePng(item.noisy(), size, size, folder.resolve(stem + "-noisy.png"));
            ImageExport.writePng(item.denoised(), size, size, folder.resolve(stem + "-denoised.png"));
            written++;
        }
        status.set("Saved " + written + " result" + (written == 1 ? "" : "s") + " to " + folder + ".");
        return written;
    }

    /** Marks a picture's code on the latent scatter (shown until another is marked). */
    public void markOnScatter(Item item) {
        if (item == null || item.failed() || !decoder.hasModel()) {
            return;
        }
        FxResults.deliver(decoder.encode("mark", item.prepared().input().values(), 1), code -> latent.markedProperty().set(code), null);
    }

    /**
     * Where an input lands: its reconstruction and error, its code, its nearest training samples
     * (their images, nearest first), and whether it is unusual.
     */
    public record Landing(float[] input, float[] reconstruction, double error, float[] code, List<float[]> neighbours, boolean unusual,
                          double threshold) {}

    private final ReadOnlyObjectWrapper<Landing> landing = new ReadOnlyObjectWrapper<>();
    private long thresholdVersion = -1;
    private double threshold = Double.NaN;

    /** The newest analysed input (a drawing or a selected picture). */
    public ReadOnlyObjectProperty<Landing> landingProperty() {
        return landing.getReadOnlyProperty();
    }

    /**
     * Encodes and reconstructs {@code input}, marks it on the scatter, finds its 5 nearest validation
     * samples in the latent space, and flags it when its reconstruction error is above the 99th
     * percentile of the validation set's.
     */
    public void analyse(float[] input) {
        if (!decoder.hasModel() || decoder.spec().inputSize() != input.length) {
            return;
        }
        refreshThreshold();
        refreshTrainingCodes();
        var encoded = decoder.encode("land-encode", input, 1);
        var reconstructed = decoder.reconstruct("land-reconstruct", input, 1);
        FxResults.deliver(encoded.thenCombine(reconstructed, (code, out) -> new float[][] {code, out}), both -> {
            float[] code = both[0];
            float[] out = both[1];
            double error = ImageQuality.mse(input, out);
            latent.markedProperty().set(code);
            landing.set(new Landing(input, out, error, code, neighbours(code, 5), Double.isFinite(threshold) && error > threshold, threshold));
        }, status::set);
    }

    /** The training images' codes under the current weights, encoded once per weights version on the inference thread. */
    private void refreshTrainingCodes() {
        float[] images = trainingImages.get();
        int d = decoder.spec().inputSize();
        long version = decoder.version();
        if (images == null || version == trainingCodesVersion || images.length % d != 0) {
            return;
        }
        trainingCodesVersion = version;
        FxResults.deliver(decoder.encode("land-training-codes", images, images.length / d), codes -> {
            trainingCodes = codes;
            Landing l = landing.get();
            if (l != null) {
                landing.set(new Landing(l.input(), l.reconstruction(), l.error(), l.code(), neighbours(l.code(), 5), l.unusual(), l.threshold()));
            }
        }, null);
    }

    /** The images of the {@code k} training samples whose codes are nearest (the validation samples until those are encoded). */
    private List<float[]> neighbours(float[] code, int k) {
        float[] images = trainingImages.get();
        int d = decoder.spec().inputSize();
        float[] codes;
        float[] pool;
        if (trainingCodes != null && images != null && trainingCodes.length / code.length == images.length / d) {
            codes = trainingCodes;
            pool = images;
        } else {
            var shown = latent.shownProperty().get();
            if (shown == null || shown.latentSize() != code.length || latent.images() == null) {
                return List.of();
            }
            codes = shown.codes();
            pool = latent.images();
        }
        List<float[]> out = new ArrayList<>();
        for (int i : org.latentlab.analysis.KnnClassifier.nearest(codes, code.length, code, 0, k)) {
            out.add(java.util.Arrays.copyOfRange(pool, i * d, (i + 1) * d));
        }
        return out;
    }

    /** The 99th percentile of the validation images' reconstruction errors, recomputed when the weights change. */
    private void refreshThreshold() {
        float[] images = latent.images();
        int d = decoder.spec().inputSize();
        long version = decoder.version();
        if (version == thresholdVersion || images == null || images.length % d != 0) {
            return;
        }
        thresholdVersion = version;
        int n = images.length / d;
        FxResults.deliver(decoder.reconstruct("land-threshold", images, n), out -> {
            double[] errors = ImageQuality.msePerImage(images, out, n);
            java.util.Arrays.sort(errors);
            threshold = errors[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)];
            Landing l = landing.get();
            if (l != null) {
                landing.set(new Landing(l.input(), l.reconstruction(), l.error(), l.code(), l.neighbours(), l.error() > threshold, threshold));
            }
        }, null);
    }

    @Override
    public void close() {
        closed = true;
    }
}
