package org.latentlab.ui.reconstruct;

import java.util.concurrent.CompletableFuture;
import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.analysis.ImageQuality;
import org.latentlab.data.Noise;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ui.common.FxResults;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ui.training.ShownModel;

/**
 * What the reconstructions view shows: the newest epoch's reconstructions, and on request the
 * validation images the model reconstructs worst, ranked off the JavaFX thread. For a model trained
 * on corrupted inputs (a denoising one) both show the clean image, its noisy copy and what the model
 * makes of the noisy copy: that is the task it learnt.
 */
public final class ReconstructionsViewModel {
    /** How many of the worst reconstructed images are shown. */
    public static final int WORST = 10;

    /**
     * The worst reconstructed images: their sample indices, worst first, their errors, the inputs and
     * outputs of every image (n × width·height), and the mean error over all {@code n}.
     */
    public record Worst(int[] samples, double[] errors, float[] inputs, float[] noisy, float[] outputs, int width, int height, int n,
                        double meanError) {}

    /**
     * One epoch's rows of tiles: the clean inputs, their noisy copies (null unless the model was trained
     * on corrupted inputs) and the model's outputs (of the noisy copies when there are any); {@code noise}
     * names the corruption, {@code source} is the epoch result they were made from.
     */
    public record Rows(ShownModel.EpochResult source, float[] clean, float[] noisy, float[] outputs, Noise noise) {
        public int epoch() {
            return source.epoch();
        }

        public int count() {
            return source.count();
        }

        public double validationMse() {
            return source.validationMse();
        }
    }

    /** Seeds the noise of validation image {@code i}: the same image gets the same noise at every epoch and in the ranking. */
    private static final long NOISE_SEED = 0x5EED_0000L;

    private final ReadOnlyObjectWrapper<Rows> rows = new ReadOnlyObjectWrapper<>();

    private final ShownModel shown;
    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final ReadOnlyObjectWrapper<Worst> worst = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper worstStatus = new ReadOnlyStringWrapper("");

    public ReconstructionsViewModel(ShownModel shown) {
        this.shown = shown;
        this.latent = shown.latent();
        this.decoder = shown.decoder();
        shown.epochResultProperty().addListener((obs, old, r) -> showEpoch(r));
    }

    /** The newest epoch's rows of tiles; for a denoising model set once its outputs for the noisy copies are back. */
    public ReadOnlyObjectProperty<Rows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The corruption the model on show was trained with, {@link Noise#NONE} for none. */
    public Noise noise() {
        ModelSpec spec = shown.spec();
        return spec == null ? Noise.NONE : spec.activeNoise();
    }

    private void showEpoch(ShownModel.EpochResult r) {
        Noise noise = noise();
        if (r == null || noise.isNone() || !decoder.hasModel()) {
            rows.set(r == null ? null : new Rows(r, r.inputs(), null, r.reconstructions(), Noise.NONE));
            return;
        }
        int size = r.inputs().length / Math.max(1, r.count());
        float[] noisy = corrupt(noise, r.inputs(), r.count(), size);
        FxResults.deliver(decoder.reconstruct("reconstructions-noisy", noisy, r.count()), out -> {
            if (shown.epochResultProperty().get() == r) {
                rows.set(new Rows(r, r.inputs(), noisy, out, noise));
            }
        }, failure -> {
            if (shown.epochResultProperty().get() == r) {
                rows.set(new Rows(r, r.inputs(), null, r.reconstructions(), Noise.NONE));
            }
        });
    }

    /** The corruption in words, e.g. "Gaussian noise, σ = 0.5". */
    public static String describe(Noise noise) {
        return switch (noise.kind()) {
            case GAUSSIAN -> String.format("Gaussian noise, σ = %s", level(noise));
            case MASKING -> String.format("masking noise, q = %s", level(noise));
            case SALTPEPPER -> String.format("salt-and-pepper noise, p = %s", level(noise));
            case NONE -> "no noise";
        };
    }

    private static String level(Noise noise) {
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.3g", noise.level())).stripTrailingZeros().toPlainString();
    }

    /** Noisy copies of the first {@code n} images of {@code clean}, image {@code i} with the noise seeded for it. */
    private static float[] corrupt(Noise noise, float[] clean, int n, int size) {
        float[] out = new float[n * size];
        float[] one = new float[size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(clean, i * size, one, 0, size);
            System.arraycopy(noise.apply(one, NOISE_SEED + i), 0, out, i * size, size);
        }
        return out;
    }

    /** The newest epoch's inputs and reconstructions. */
    public ReadOnlyObjectProperty<ShownModel.EpochResult> epochResultProperty() {
        return shown.epochResultProperty();
    }

    /** True when there is a model to rank the images with. */
    public BooleanBinding canFindWorst() {
        return shown.runProperty().isNotNull();
    }

    /** The last ranking made, or null. */
    public ReadOnlyObjectProperty<Worst> worstProperty() {
        return worst.getReadOnlyProperty();
    }

    /** One line on the ranking: in progress, its result, or why it failed. */
    public ReadOnlyStringProperty worstStatusProperty() {
        return worstStatus.getReadOnlyProperty();
    }

    /** Height and width of the images on show. */
    public int imageHeight() {
        return latent.imageHeight();
    }

    public int imageWidth() {
        return latent.imageWidth();
    }

    /** Values per pixel: 1 grey, 3 colour. */
    public int imageChannels() {
        return latent.imageChannels();
    }

    /**
     * Reconstructs every validation image with the current weights and ranks them by their error;
     * the future completes on the JavaFX thread once the ranking (or the sentence saying why there is none) is set.
     */
    public CompletableFuture<Worst> findWorst() {
        float[] images = latent.images();
        int w = latent.imageWidth();
        int h = latent.imageHeight();
        int size = latent.imageChannels() * w * h;
        if (images == null || !decoder.hasModel() || size == 0) {
            return CompletableFuture.completedFuture(null);
        }
        int n = images.length / size;
        Noise noise = noise();
        worstStatus.set((noise.isNone() ? "Reconstructing " : "Denoising noisy copies of ") + n + " images…");
        CompletableFuture<Worst> shown = new CompletableFuture<>();
        float[] noisy = noise.isNone() ? null : corrupt(noise, images, n, size);
        FxResults.deliver(decoder.reconstruct("worst", noisy == null ? images : noisy, n).thenApply(out -> rank(images, noisy, out, n, w, h)), r -> {
            worst.set(r);
            worstStatus.set(noisy == null
                    ? String.format("The %d worst of %d (mean MSE %.4f): often ambiguous or unusual %s.",
                            r.samples().length, n, r.meanError(), latent.imageChannels() == 3 ? "pictures" : "writing")
                    : String.format("The %d worst denoised of %d (clean, noisy with %s, output; MSE against the clean image, mean %.4f).",
                            r.samples().length, n, describe(noise), r.meanError()));
        }, worstStatus::set, () -> shown.complete(worst.get()));
        return shown;
    }

    private static Worst rank(float[] images, float[] noisy, float[] out, int n, int w, int h) {
        double[] errors = ImageQuality.msePerImage(images, out, n);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(errors[b], errors[a]));
        int shown = Math.min(WORST, n);
        int[] samples = new int[shown];
        double[] worstErrors = new double[shown];
        for (int c = 0; c < shown; c++) {
            samples[c] = order[c];
            worstErrors[c] = errors[order[c]];
        }
        return new Worst(samples, worstErrors, images, noisy, out, w, h, n, Arrays.stream(errors).average().orElse(0));
    }
}
