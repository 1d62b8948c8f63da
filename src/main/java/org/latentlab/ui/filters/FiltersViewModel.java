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
     * values of {@code values} from {@code start + u · perUnit}, {@code channels} planes of them
     * (3: a colour patch, R, G and B); {@code kernels} for a convolution.
     */
    public record Filters(float[] values, int start, int perUnit, int units, int shown, int width, int height, boolean kernels,
                          String caption, int channels) {
        /** Grey filters: one plane per unit. */
        public Filters(float[] values, int start, int perUnit, int units, int shown, int width, int height, boolean kernels,
                       String caption) {
            this(values, start, perUnit, units, shown, width, height, kernels, caption, 1);
        }
    }

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
        int channels = 1;
        if (kernels) {
            height = (int) shape[2];
            width = (int) shape[3];
            channels = shape[1] == 3 ? 3 : 1;
            what = String.format("%d convolution kernels of %d×%d (%s)", units, height, width,
                    channels == 3 ? "in colour: R, G and B weights" : "first input channel");
        } else {
            int inputs = (int) shape[1];
            height = latent.imageHeight();
            width = latent.imageWidth();
            if (latent.imageChannels() == 3 && 3 * height * width == inputs) {
                channels = 3;
            } else if (height * width != inputs) {
                int side = (int) Math.round(Math.sqrt(inputs));
                height = side;
                width = inputs / Math.max(1, side);
            }
            what = String.format("%d units, each a weight per input pixel", units);
        }
        int shown = Math.min(units, MAX_UNITS);
        String caption = "The encoder's first layer: " + what + (units > shown ? ", the first " + shown + " shown" : "")
                + (channels == 3 ? ". Each patch is the colour that excites the unit most; mid grey: no weight."
                        : ". Red: a bright pixel there excites the unit; blue: it inhibits it.");
        return new Filters(w.values(), w.offset(index), w.size(index) / units, units, shown, width, height, kernels, caption, channels);
    }
}
