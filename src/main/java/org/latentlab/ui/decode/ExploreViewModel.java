package org.latentlab.ui.decode;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ml.infer.Interpolation;
import org.latentlab.ui.common.FxResults;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * Walking the latent space: the image decoded at the pointer, the interpolation between two picked
 * samples (at t, and in ten steps), and the ranges the per-dimension sliders walk. It decodes
 * whenever the pointer, the ends, t or the weights change; the view draws what it decoded.
 */
public final class ExploreViewModel {
    /** Images in the strip from A to B. */
    public static final int STRIP = 10;

    /** The range a dimension's slider spans and where it starts. */
    public record Range(double min, double max, double start) {}

    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final DoubleProperty t = new SimpleDoubleProperty(0.5);
    private final BooleanProperty spherical = new SimpleBooleanProperty(false);
    private final BooleanProperty pickingA = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<float[]> probeImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper probeCaption = new ReadOnlyStringWrapper("Press or drag in the plane.");
    private final ReadOnlyObjectWrapper<float[]> interpolationImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> stripImages = new ReadOnlyObjectWrapper<>();

    private final javafx.beans.property.ReadOnlyBooleanWrapper decoding = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private int pending;
    private final VaeExplainerViewModel explainer;

    public ExploreViewModel(LatentViewModel latent, DecoderService decoder) {
        this.latent = latent;
        this.decoder = decoder;
        this.explainer = new VaeExplainerViewModel(latent, decoder);
        latent.variationalProperty().addListener((obs, old, vae) -> spherical.set(vae));
        latent.probeProperty().addListener((obs, old, z) -> decodeProbe(z));
        t.addListener(o -> decodeInterpolation());
        spherical.addListener(o -> {
            decodeInterpolation();
            decodeStrip();
        });
        latent.endAProperty().addListener(o -> endsChanged());
        latent.endBProperty().addListener(o -> endsChanged());
        latent.shownWeightsProperty().addListener(o -> {
            decodeProbe(latent.probeProperty().get());
            decodeInterpolation();
            decodeStrip();
        });
    }

    /** The codes, images, selection and ends this view shares with the others. */
    public LatentViewModel latent() {
        return latent;
    }

    /** The VAE explainer of the selected or drawn input. */
    public VaeExplainerViewModel explainer() {
        return explainer;
    }

    /** Where between A (0) and B (1) the interpolation is decoded. */
    public DoubleProperty tProperty() {
        return t;
    }

    /** Interpolate along the great circle instead of the straight line. */
    public BooleanProperty sphericalProperty() {
        return spherical;
    }

    /** True while the next picked sample becomes A, false for B. */
    public BooleanProperty pickingAProperty() {
        return pickingA;
    }

    /** The image decoded at the pointer, or null before the first. */
    public ReadOnlyObjectProperty<float[]> probeImageProperty() {
        return probeImage.getReadOnlyProperty();
    }

    /** The pointer's code, or why it could not be decoded. */
    public ReadOnlyStringProperty probeCaptionProperty() {
        return probeCaption.getReadOnlyProperty();
    }

    /** The image decoded at t between A and B, or null before both ends are picked. */
    public ReadOnlyObjectProperty<float[]> interpolationImageProperty() {
        return interpolationImage.getReadOnlyProperty();
    }

    /** {@link #STRIP} images from A to B, one after another. */
    public ReadOnlyObjectProperty<float[]> stripImagesProperty() {
        return stripImages.getReadOnlyProperty();
    }

    // ---- Commands

    /** Makes sample {@code i} the end being picked (A or B), then switches to the other end. */
    public void pickSample(int i) {
        if (pickingA.get()) {
            latent.endAProperty().set(i);
            pickingA.set(false);
        } else {
            latent.endBProperty().set(i);
            pickingA.set(true);
        }
    }

    /** Swaps A and B. */
    public void swapEnds() {
        int a = latent.endAProperty().get();
        latent.endAProperty().set(latent.endBProperty().get());
        latent.endBProperty().set(a);
    }

    /** The sample whose code lies nearest the plane's point ({@code x}, {@code y}), or −1. */
    public int nearestSample(double x, double y) {
        LatentSnapshot s = latent.shownProperty().get();
        if (s == null) {
            return -1;
        }
        float[] xs = new float[s.size()];
        float[] ys = new float[s.size()];
        latent.planeProperty().get().project(s.codes(), s.latentSize(), xs, ys);
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            double d = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Dimension {@code d}'s slider: the codes' range padded by a tenth, starting at the selected (or mean) code; null when none. */
    public Range range(int d) {
        LatentSnapshot s = latent.shownProperty().get();
        float[] base = latent.baseCode();
        if (s == null || base == null || d >= s.latentSize()) {
            return null;
        }
        int k = s.latentSize();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            min = Math.min(min, s.codes()[i * k + d]);
            max = Math.max(max, s.codes()[i * k + d]);
        }
        double pad = Math.max(1e-3, 0.1 * (max - min));
        return new Range(Math.min(min - pad, base[d]), Math.max(max + pad, base[d]), base[d]);
    }

    /** Probes the selected (or mean) code with its first dimensions set to {@code values}. */
    public void walk(double[] values) {
        float[] base = latent.baseCode();
        if (base == null) {
            return;
        }
        float[] z = base.clone();
        for (int d = 0; d < values.length && d < z.length; d++) {
            z[d] = (float) values[d];
        }
        latent.probeProperty().set(z);
    }

    /** True while a decode this view model asked for has not been handed back. */
    public javafx.beans.property.ReadOnlyBooleanProperty decodingProperty() {
        return decoding.getReadOnlyProperty();
    }

    // ---- Decoding

    /** As {@link FxResults#deliver}, counted in {@link #decodingProperty()} until the result, the error or a newer request ends it. */
    private <T> void deliver(java.util.concurrent.CompletableFuture<T> work, java.util.function.Consumer<T> onResult,
                             java.util.function.Consumer<String> onError) {
        pending++;
        decoding.set(true);
        FxResults.deliver(work, onResult, onError, () -> decoding.set(--pending > 0));
    }

    private void decodeProbe(float[] z) {
        if (z == null || !decoder.hasModel()) {
            return;
        }
        deliver(decoder.decode("probe", z, 1), image -> {
            probeImage.set(image);
            StringBuilder text = new StringBuilder("z = (");
            for (int i = 0; i < Math.min(z.length, 6); i++) {
                text.append(i == 0 ? "" : ", ").append(String.format("%.2f", z[i]));
            }
            probeCaption.set(text.append(z.length > 6 ? ", …)" : ")").toString());
        }, probeCaption::set);
    }

    private void endsChanged() {
        if (ends() != null) {
            decodeInterpolation();
            decodeStrip();
        }
    }

    private float[][] ends() {
        float[] a = latent.codeOf(latent.endAProperty().get());
        float[] b = latent.codeOf(latent.endBProperty().get());
        return a == null || b == null || !decoder.hasModel() ? null : new float[][] {a, b};
    }

    private void decodeInterpolation() {
        float[][] ab = ends();
        if (ab == null) {
            return;
        }
        float[] z = spherical.get() ? Interpolation.spherical(ab[0], ab[1], t.get()) : Interpolation.linear(ab[0], ab[1], t.get());
        deliver(decoder.decode("interpolation", z, 1), interpolationImage::set, null);
    }

    private void decodeStrip() {
        float[][] ab = ends();
        if (ab == null) {
            return;
        }
        deliver(decoder.decode("strip", Interpolation.path(ab[0], ab[1], STRIP, spherical.get()), STRIP), stripImages::set, null);
    }
}
