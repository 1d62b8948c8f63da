package org.latentlab.ui.projection;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The samples a lasso gathered: the first {@value #SHOWN} of them with their inputs and their
 * reconstructions (made on the decoder's lane), and the commands to show only them or to let go.
 */
public final class SelectionViewModel {
    /** How many of the gathered samples the gallery shows. */
    public static final int SHOWN = 48;

    /** The gallery: how many were gathered, the indices shown, their inputs and reconstructions ({@code shown × h × w}; null until made). */
    public record Gallery(int gathered, int[] shown, float[] inputs, float[] reconstructions, int height, int width) {}

    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final ReadOnlyObjectWrapper<Gallery> gallery = new ReadOnlyObjectWrapper<>();
    private long request;

    public SelectionViewModel(LatentViewModel latent, DecoderService decoder) {
        this.latent = latent;
        this.decoder = decoder;
        latent.lassoedProperty().addListener(o -> refresh());
        latent.shownWeightsProperty().addListener(o -> refresh());
    }

    /** The gallery of the gathered samples, or null when none are. */
    public ReadOnlyObjectProperty<Gallery> galleryProperty() {
        return gallery.getReadOnlyProperty();
    }

    public LatentViewModel latent() {
        return latent;
    }

    /** Shows only the gathered samples in the scatters, or every sample again. */
    public void isolate(boolean on) {
        latent.lassoIsolatedProperty().set(on);
    }

    /** Lets the gathered samples go (and shows every sample again). */
    public void clear() {
        latent.lassoIsolatedProperty().set(false);
        latent.lassoedProperty().set(new int[0]);
    }

    private void refresh() {
        long id = ++request;
        int[] all = latent.lassoedProperty().get();
        float[] images = latent.images();
        int h = latent.imageHeight();
        int w = latent.imageWidth();
        if (all == null || all.length == 0 || images == null || h * w == 0) {
            gallery.set(null);
            return;
        }
        int[] shown = java.util.Arrays.copyOf(all, Math.min(SHOWN, all.length));
        int size = h * w;
        float[] inputs = new float[shown.length * size];
        for (int k = 0; k < shown.length; k++) {
            if ((long) (shown[k] + 1) * size <= images.length) {
                System.arraycopy(images, shown[k] * size, inputs, k * size, size);
            }
        }
        gallery.set(new Gallery(all.length, shown, inputs, null, h, w));
        if (!decoder.hasModel()) {
            return;
        }
        decoder.reconstruct("lasso-gallery", inputs, shown.length).whenComplete((out, e) -> Platform.runLater(() -> {
            if (id == request && e == null && out != null && out.length == inputs.length) {
                gallery.set(new Gallery(all.length, shown, inputs, out, h, w));
            }
        }));
    }
}
