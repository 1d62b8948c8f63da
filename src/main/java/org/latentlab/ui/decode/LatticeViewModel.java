package org.latentlab.ui.decode;

import java.util.concurrent.CompletableFuture;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The decoded lattice over the latent plane: which codes an N×N lattice holds (over the scatter's
 * view, or the prior's quantiles for a VAE), decoded with the weights on show and laid out as one
 * mosaic on the decoder's lane, so the view only copies its pixels.
 */
public final class LatticeViewModel {
    /** A decoded lattice: its codes ({@code n² × k}) and the mosaic's pixels ({@code width × height} ARGB). */
    public record Decoded(Lattice lattice, float[] codes, int latentSize, int n, double[] bounds, boolean prior,
                          int[] argb, int width, int height) {}

    private final LatentViewModel latent;
    private final DecoderService decoder;

    public LatticeViewModel(LatentViewModel latent, DecoderService decoder) {
        this.latent = latent;
        this.decoder = decoder;
    }

    /** The codes, plane and weights on show. */
    public LatentViewModel latent() {
        return latent;
    }

    /** True once there is a model to decode with. */
    public boolean hasModel() {
        return decoder.hasModel();
    }

    /**
     * Decodes an {@code n × n} lattice over {@code bounds} (xmin, xmax, ymin, ymax of the scatter's
     * view), or over the prior's quantiles when {@code quantiles} is asked for a VAE on its raw axes;
     * null when there is nothing to decode yet.
     */
    public CompletableFuture<Decoded> decode(int n, boolean quantiles, double[] bounds) {
        LatentSnapshot shown = latent.shownProperty().get();
        if (shown == null || !decoder.hasModel()) {
            return null;
        }
        int k = shown.latentSize();
        LatentPlane plane = latent.planeProperty().get();
        if (!plane.decodable()) {
            return null; // a map's places are no codes: nothing to decode over it
        }
        boolean prior = quantiles && latent.variationalProperty().get() && plane.rawAxes();
        if (!prior && bounds == null) {
            return null;
        }
        Lattice l = prior ? Lattice.gaussianQuantiles(n) : Lattice.over(n, bounds);
        float[] codes = l.codes(plane, latent.baseCode(), k);
        Weights weights = latent.shownWeightsProperty().get();
        var work = weights == null ? decoder.decode("grid", codes, n * n) : decoder.decode("grid", weights, codes, n * n);
        int ch = latent.imageChannels();
        int h = latent.imageHeight();
        int w = latent.imageWidth();
        double[] kept = prior ? null : bounds.clone();
        return work.thenApply(images -> new Decoded(l, codes, k, n, kept, prior, mosaic(images, n, ch, h, w), n * w, n * h));
    }

    /** The pixels of one image of n×n tiles (grey white on black as the data, or in colour). */
    private static int[] mosaic(float[] images, int n, int channels, int h, int w) {
        int width = n * w;
        int[] argb = new int[width * n * h];
        for (int t = 0; t < n * n; t++) {
            int r = t / n;
            int c = t % n;
            org.latentlab.ui.common.Images.pixels(images, t * channels * h * w, channels, h * w, argb, r * h * width + c * w, 1, w, width);
        }
        return argb;
    }
}
