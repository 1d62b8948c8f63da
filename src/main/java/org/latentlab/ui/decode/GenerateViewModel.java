package org.latentlab.ui.decode;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ui.common.FxResults;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * New images from random codes. For a VAE the codes come from its prior N(0, I); for the other
 * variants, which have no prior, from a Gaussian fitted to the validation codes, which shows why a
 * plain autoencoder is a poor generator (many samples land in the gaps between clusters).
 */
public final class GenerateViewModel {
    /** Images drawn per sample. */
    public static final int SAMPLES = 32;

    /** Decoded samples: their codes ({@code count × k}), images ({@code count × width·height}). */
    public record Samples(float[] codes, float[] images, int count, int width, int height) {}

    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final ReadOnlyObjectWrapper<Samples> samples = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(NO_MODEL);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private long seed = 1;

    private static final String NO_MODEL = "Train or open a model to see images decoded from random codes.";

    /** Samples of the model {@code latent} shows, decoded by {@code decoder}; they go stale whenever its weights or codes change. */
    public GenerateViewModel(LatentViewModel latent, DecoderService decoder) {
        this.latent = latent;
        this.decoder = decoder;
        latent.shownWeightsProperty().addListener((obs, old, w) -> changed());
        latent.shownProperty().addListener((obs, old, s) -> changed());
    }

    /** The model on show changed: samples of the old one are forgotten, or marked stale until {@link #generate()}. */
    private void changed() {
        if (latent.shownProperty().get() == null) {
            samples.set(null);
            caption.set(NO_MODEL);
            stale.set(false);
        } else {
            stale.set(true);
        }
    }

    /**
     * True when the samples on show (if any) were decoded from another model or other codes than the
     * ones on show; a view catches up by calling {@link #generate()} when it is next shown.
     */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The images on show, or null. */
    public ReadOnlyObjectProperty<Samples> samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    /** What the samples are, or why there are none. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Draws new codes (a new seed) and decodes them; see {@link #generate()}. */
    public CompletableFuture<Samples> resample() {
        seed++;
        return generate();
    }

    /**
     * Draws codes with the current seed and decodes them; the future completes on the JavaFX thread
     * once the samples (or the sentence saying why there are none) are set.
     */
    public CompletableFuture<Samples> generate() {
        LatentSnapshot s = latent.shownProperty().get();
        if (s == null || !decoder.hasModel()) {
            return CompletableFuture.completedFuture(null);
        }
        stale.set(false);
        boolean prior = latent.variationalProperty().get();
        float[] codes = draw(s, prior, seed);
        int h = latent.imageHeight();
        int w = latent.imageWidth();
        CompletableFuture<Samples> shown = new CompletableFuture<>();
        org.latentlab.ml.infer.Weights weights = latent.shownWeightsProperty().get();
        var work = weights == null ? decoder.decode("generate", codes, SAMPLES) : decoder.decode("generate", weights, codes, SAMPLES);
        FxResults.deliver(work, images -> {
            if (latent.shownProperty().get() == null) {
                return; // the model went while these were decoded
            }
            samples.set(new Samples(codes, images, SAMPLES, w, h));
            caption.set(prior
                    ? "Codes drawn from the VAE's prior N(0, I) and decoded: the KL term pulled the codes towards this prior, so most samples look like data."
                    : "Codes drawn from a Gaussian fitted to the validation codes (this variant has no prior): many land between the clusters "
                            + "and decode to blends. A VAE fills those gaps.");
        }, caption::set, () -> shown.complete(samples.get()));
        return shown;
    }

    /** {@link #SAMPLES} codes from N(0, I) ({@code prior}) or from a Gaussian fitted to the codes of {@code s}. */
    static float[] draw(LatentSnapshot s, boolean prior, long seed) {
        int k = s.latentSize();
        double[] mean = new double[k];
        double[] sd = new double[k];
        if (prior) {
            Arrays.fill(sd, 1);
        } else {
            for (int i = 0; i < s.size(); i++) {
                for (int j = 0; j < k; j++) {
                    mean[j] += s.codes()[i * k + j] / (double) s.size();
                }
            }
            for (int i = 0; i < s.size(); i++) {
                for (int j = 0; j < k; j++) {
                    double d = s.codes()[i * k + j] - mean[j];
                    sd[j] += d * d / s.size();
                }
            }
            for (int j = 0; j < k; j++) {
                sd[j] = Math.sqrt(sd[j]);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] codes = new float[SAMPLES * k];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (float) (mean[i % k] + sd[i % k] * gaussian(random));
        }
        return codes;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
