package org.latentlab.ui.decode;

import java.util.Random;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ml.inspect.GaussianCode;
import org.latentlab.ui.common.DrawnSignal;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The VAE explainer's state, for the selected validation sample or a drawn input: the encoder's μ
 * and σ, a standard normal draw ε (drawn here, never from the engine's generator a run uses), the
 * sample z = μ + σ·ε, the images decoded from z and from μ, and the input's two loss terms in nats.
 * "Resample ε" draws a new ε and decodes again.
 */
public final class VaeExplainerViewModel {
    /** What the explainer shows for one input. */
    public record Explanation(float[] input, GaussianCode code, float[] decodedSample, float[] decodedMean, double kl,
                              double reconstruction) {}

    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final Random random = new Random(23);
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private static final String SELECT = "Pick a sample from the gallery below (or select one in the Latent space tab), or draw one.";
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(SELECT);
    private final DrawnSignal signal = new DrawnSignal();
    private float[] drawn;
    private int sample = -1;
    private float[] epsilon;

    public VaeExplainerViewModel(LatentViewModel latent, DecoderService decoder) {
        this.latent = latent;
        this.decoder = decoder;
        latent.selectedProperty().addListener((obs, old, i) -> follow(i.intValue()));
        latent.endAProperty().addListener((obs, old, i) -> follow(i.intValue()));
        latent.endBProperty().addListener((obs, old, i) -> follow(i.intValue()));
        latent.shownWeightsProperty().addListener(o -> explain());
        latent.variationalProperty().addListener(o -> explain());
    }

    /** The newest explanation, or null. */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Which input is explained, or what to do to get one. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** True once every request has come back. */
    public ReadOnlyBooleanProperty drawnProperty() {
        return signal.property();
    }

    /** True when the model on show is a VAE (the only model with a σ to explain). */
    public boolean active() {
        return latent.variationalProperty().get();
    }

    /** Explains validation sample {@code i}, the one just selected or picked (−1: the selection). */
    private void follow(int i) {
        if (i >= 0) {
            drawn = null;
            sample = i;
            explain();
        }
    }

    /** A new ε, and z decoded again. */
    public void resample() {
        epsilon = null;
        explain();
    }

    /** Explains a drawn input instead of the selected sample. */
    public void explainDrawn(float[] values) {
        if (values.length != latent.imageHeight() * latent.imageWidth()) {
            caption.set("A drawing fits a model of one-channel images of " + latent.imageHeight() + "×" + latent.imageWidth() + ".");
            return;
        }
        drawn = values.clone();
        explain();
    }

    private float[] chosenInput() {
        if (drawn != null) {
            caption.set("Your drawing:");
            return drawn;
        }
        float[] images = latent.images();
        int size = latent.imageHeight() * latent.imageWidth();
        int i = sample >= 0 ? sample : latent.selectedProperty().get();
        if (images == null || size == 0 || i < 0 || (long) (i + 1) * size > images.length) {
            caption.set(SELECT);
            return null;
        }
        caption.set("Validation sample #" + i + ":");
        float[] x = new float[size];
        System.arraycopy(images, i * size, x, 0, size);
        return x;
    }

    private void explain() {
        if (!active() || !decoder.hasModel()) {
            explanation.set(null);
            return;
        }
        float[] x = chosenInput();
        if (x == null || decoder.spec() == null || x.length != decoder.spec().inputSize()) {
            explanation.set(null);
            return;
        }
        var work = decoder.encode("explain-mean", x, 1).thenCombine(decoder.codeSpreads("explain-spread", x, 1), (mu, sigma) -> {
            if (sigma == null) {
                throw new IllegalStateException("This model's encoder gives no σ: the explainer needs a VAE.");
            }
            return new float[][] {mu, sigma};
        });
        signal.deliver(work, ms -> decodeBoth(x, ms[0], ms[1]), caption::set);
    }

    private void decodeBoth(float[] x, float[] mu, float[] sigma) {
        if (epsilon == null || epsilon.length != mu.length) {
            epsilon = new float[mu.length];
            for (int d = 0; d < epsilon.length; d++) {
                epsilon[d] = (float) random.nextGaussian();
            }
        }
        GaussianCode code = GaussianCode.sample(mu, sigma, epsilon);
        float[] both = new float[2 * mu.length];
        System.arraycopy(code.z(), 0, both, 0, mu.length);
        System.arraycopy(mu, 0, both, mu.length, mu.length);
        signal.deliver(decoder.decode("explain-decode", both, 2), images -> {
            int size = x.length;
            float[] sample = java.util.Arrays.copyOfRange(images, 0, size);
            float[] mean = java.util.Arrays.copyOfRange(images, size, 2 * size);
            explanation.set(new Explanation(x, code, sample, mean, code.kl(), GaussianCode.reconstructionNats(x, sample)));
        }, caption::set);
    }
}
