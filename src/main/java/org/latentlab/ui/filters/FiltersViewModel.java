package org.latentlab.ui.filters;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The encoder's first layer as filters to draw: for the weights on show, which slice of them is
 * each unit's image, the image's size, and the caption that says what they are.
 */
public final class FiltersViewModel {
    /** At most this many units are drawn. */
    public static final int MAX_UNITS = 100;

    /**
     * The first {@code shown} of {@code units} filters: unit {@code u}'s image is {@code width × height}
     * values of {@code values} from {@code start + u · perUnit}; {@code kernels} for a convolution.
     */
    public record Filters(float[] values, int start, int perUnit, int units, int shown, int width, int height, boolean kernels,
                          String caption) {}

    private final LatentViewModel latent;

    public FiltersViewModel(LatentViewModel latent) {
        this.latent = latent;
    }

    /** The weights on show (the live run's or a replayed moment's). */
    public ReadOnlyObjectProperty<Weights> weightsProperty() {
        return latent.shownWeightsProperty();
    }

    /** The filters of {@code w}, or null when it has no first layer to draw. */
    public Filters filters(Weights w) {
        int index = w.firstLayerIndex();
        if (index < 0) {
            return null;
        }
        long[] shape = w.shapes()[index];
        int units = (int) shape[0];
        int width;
        int height;
        String what;
        boolean kernels = shape.length == 4;
        if (kernels) {
            height = (int) shape[2];
            width = (int) shape[3];
            what = String.format("%d convolution kernels of %d×%d (first input channel)", units, height, width);
        } else {
            int inputs = (int) shape[1];
            height = latent.imageHeight();
            width = latent.imageWidth();
            if (height * width != inputs) {
                int side = (int) Math.round(Math.sqrt(inputs));
                height = side;
                width = inputs / Math.max(1, side);
            }
            what = String.format("%d units, each a weight per input pixel", units);
        }
        int shown = Math.min(units, MAX_UNITS);
        String caption = "The encoder's first layer: " + what + (units > shown ? ", the first " + shown + " shown" : "")
                + ". Red: a bright pixel there excites the unit; blue: it inhibits it.";
        return new Filters(w.values(), w.offset(index), w.size(index) / units, units, shown, width, height, kernels, caption);
    }
}
