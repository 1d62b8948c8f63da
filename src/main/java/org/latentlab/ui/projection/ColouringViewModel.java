package org.latentlab.ui.projection;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * What the scatter's points are coloured by: their class, their reconstruction error (each
 * validation input reconstructed on the decoder's lane, its mean squared error) or one code
 * dimension; the values go to {@link LatentViewModel#colourValuesProperty()}.
 */
public final class ColouringViewModel {
    /** {@link #byProperty()}'s value for colouring by class. */
    public static final int CLASS = -2;
    /** {@link #byProperty()}'s value for colouring by reconstruction error. */
    public static final int ERROR = -1;

    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final IntegerProperty by = new SimpleIntegerProperty(CLASS);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long request;

    public ColouringViewModel(LatentViewModel latent, DecoderService decoder) {
        this.latent = latent;
        this.decoder = decoder;
        by.addListener(o -> recolour());
        latent.shownProperty().addListener(o -> recolour());
    }

    /** {@link #CLASS}, {@link #ERROR}, or a code dimension (from 0). */
    public IntegerProperty byProperty() {
        return by;
    }

    /** The sentence when the colouring could not be computed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public LatentViewModel latent() {
        return latent;
    }

    private void recolour() {
        long id = ++request;
        LatentSnapshot s = latent.shownProperty().get();
        int what = by.get();
        error.set("");
        if (s == null || what == CLASS) {
            latent.colourValuesProperty().set(null);
            return;
        }
        int n = s.size();
        if (what >= 0) {
            int k = s.latentSize();
            if (what >= k) {
                by.set(CLASS);
                return;
            }
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = s.codes()[i * k + what];
            }
            latent.colourValuesProperty().set(values);
            return;
        }
        float[] images = latent.images();
        int size = latent.imageHeight() * latent.imageWidth();
        if (images == null || size == 0 || images.length < (long) n * size || !decoder.hasModel()) {
            error.set("There is no model with its inputs to reconstruct, so there is no error to colour by.");
            latent.colourValuesProperty().set(null);
            return;
        }
        float[] inputs = images.length == (long) n * size ? images : java.util.Arrays.copyOf(images, n * size);
        decoder.reconstruct("colour-by-error", inputs, n).whenComplete((out, e) -> {
            float[] values = null;
            if (e == null && out != null && out.length == inputs.length) {
                values = new float[n];
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int p = 0; p < size; p++) {
                        double d = out[i * size + p] - inputs[i * size + p];
                        sum += d * d;
                    }
                    values[i] = (float) (sum / size);
                }
            }
            float[] result = values;
            String sentence = e == null ? (result == null ? "The reconstructions did not match the inputs' size." : "")
                    : Sentences.of(e);
            Platform.runLater(() -> {
                if (id == request) {
                    error.set(sentence);
                    latent.colourValuesProperty().set(result);
                }
            });
        });
    }
}
