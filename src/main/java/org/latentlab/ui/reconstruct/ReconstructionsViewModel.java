package org.latentlab.ui.reconstruct;

import java.util.concurrent.CompletableFuture;
import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.analysis.ImageQuality;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ui.common.FxResults;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ui.training.ShownModel;

/**
 * What the reconstructions view shows: the newest epoch's reconstructions, and on request the
 * validation images the model reconstructs worst, ranked off the JavaFX thread.
 */
public final class ReconstructionsViewModel {
    /** How many of the worst reconstructed images are shown. */
    public static final int WORST = 10;

    /**
     * The worst reconstructed images: their sample indices, worst first, their errors, the inputs and
     * outputs of every image (n × width·height), and the mean error over all {@code n}.
     */
    public record Worst(int[] samples, double[] errors, float[] inputs, float[] outputs, int width, int height, int n, double meanError) {}

    private final ShownModel shown;
    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final ReadOnlyObjectWrapper<Worst> worst = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper worstStatus = new ReadOnlyStringWrapper("");

    public ReconstructionsViewModel(ShownModel shown) {
        this.shown = shown;
        this.latent = shown.latent();
        this.decoder = shown.decoder();
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
        worstStatus.set("Reconstructing " + n + " images…");
        CompletableFuture<Worst> shown = new CompletableFuture<>();
        FxResults.deliver(decoder.reconstruct("worst", images, n).thenApply(out -> rank(images, out, n, w, h)), r -> {
            worst.set(r);
            worstStatus.set(String.format("The %d worst of %d (mean MSE %.4f): often ambiguous or unusual %s.",
                    r.samples().length, n, r.meanError(), latent.imageChannels() == 3 ? "pictures" : "writing"));
        }, worstStatus::set, () -> shown.complete(worst.get()));
        return shown;
    }

    private static Worst rank(float[] images, float[] out, int n, int w, int h) {
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
        return new Worst(samples, worstErrors, images, out, w, h, n, Arrays.stream(errors).average().orElse(0));
    }
}
