package org.latentlab.ui.latent;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.analysis.Pca;
import org.latentlab.ml.infer.Weights;

/**
 * What the latent views share: the codes on show (live, or a replayed moment), the plane they are
 * drawn on, the selected sample, the probe the pointer drags, the two ends of an interpolation and
 * the replay timeline. Every scatter, the decoded grid and the explore view read this one model,
 * so a selection in one shows in all.
 */
public final class LatentViewModel implements AutoCloseable {
    /** A recorded moment of the run: the codes after an epoch and, while memory allows, the weights that made them. */
    public record Frame(LatentSnapshot snapshot, org.latentlab.ml.infer.ParkedWeights parked) {
        /** The recorded weights as plain arrays, or null when they were not kept. */
        Weights weights() {
            return parked == null ? null : parked.unpark();
        }
    }

    private static final long REPLAY_WEIGHT_BUDGET = 96L << 20;

    private final ReadOnlyObjectWrapper<LatentSnapshot> live = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LatentSnapshot> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Weights> shownWeights = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LatentPlane> plane = new ReadOnlyObjectWrapper<>(new LatentPlane.Dims(0, 1));
    private final IntegerProperty xDimension = new SimpleIntegerProperty(0);
    private final IntegerProperty yDimension = new SimpleIntegerProperty(1);
    private final BooleanProperty principalPlane = new SimpleBooleanProperty(true);
    private final BooleanProperty variational = new SimpleBooleanProperty(false);
    private final ObjectProperty<LatentPlane> projectedPlane = new SimpleObjectProperty<>();
    private final ObjectProperty<int[]> neighbours = new SimpleObjectProperty<>(new int[0]);
    private final ObjectProperty<float[]> colourValues = new SimpleObjectProperty<>();
    private final ObjectProperty<int[]> lassoed = new SimpleObjectProperty<>(new int[0]);
    private final BooleanProperty lassoIsolated = new SimpleBooleanProperty(false);
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final IntegerProperty hovered = new SimpleIntegerProperty(-1);
    private final ObjectProperty<float[]> probe = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> highlight = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> marked = new SimpleObjectProperty<>();
    private final IntegerProperty endA = new SimpleIntegerProperty(-1);
    private final IntegerProperty endB = new SimpleIntegerProperty(-1);
    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(0);
    /** −1 follows the live run; otherwise the index of the replayed frame. */
    private final IntegerProperty replayFrame = new SimpleIntegerProperty(-1);
    private final List<Frame> frames = new ArrayList<>();
    private final java.util.concurrent.Executor pcaThread;
    private final java.util.concurrent.Executor parking;
    private final org.latentlab.concurrent.Background background;
    private Weights liveWeights;
    private float[] images;
    private int imageChannels = 1;
    private int imageHeight;
    private int imageWidth;
    private long pcaRequest;
    /** A principal-plane fit is on its lane; codes arriving meanwhile ask for one more fit after it. */
    private boolean planeFitting;
    private boolean planeRefitWanted;
    /** Until when (System.nanoTime) a live run's new codes wait before the next fit: fits take at most a tenth of the time. */
    private long planeQuietUntil;
    /** Set while new codes of a run are being shown, whose plane may wait for the quiet time. */
    private boolean acceptingLive;
    private String axisPrefix = "z";

    /** Fits the codes' principal plane and parks the replay's weights on lanes of {@code background}. */
    public LatentViewModel(org.latentlab.concurrent.Background background) {
        this.background = background;
        this.pcaThread = background.lane("code-pca");
        this.parking = background.lane("park");
        replayFrame.addListener((obs, old, v) -> refreshShown());
        xDimension.addListener((obs, old, v) -> updatePlane());
        yDimension.addListener((obs, old, v) -> updatePlane());
        principalPlane.addListener((obs, old, v) -> updatePlane());
        projectedPlane.addListener((obs, old, v) -> updatePlane());
    }

    /** Where the latent views' background work runs (a projection's lanes). */
    public org.latentlab.concurrent.Background background() {
        return background;
    }

    // ---- Properties

    /** The codes the views draw: the live run's newest, or the replayed frame's. */
    public ReadOnlyObjectProperty<LatentSnapshot> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The weights that made {@link #shownProperty()}'s codes (null if not recorded). */
    public ReadOnlyObjectProperty<Weights> shownWeightsProperty() {
        return shownWeights.getReadOnlyProperty();
    }

    /** The plane the codes are drawn on. */
    public ReadOnlyObjectProperty<LatentPlane> planeProperty() {
        return plane.getReadOnlyProperty();
    }

    /** The latent dimension on the horizontal axis (when not showing the principal plane). */
    public IntegerProperty xDimensionProperty() {
        return xDimension;
    }

    public IntegerProperty yDimensionProperty() {
        return yDimension;
    }

    /** Shows codes of more than two dimensions on the plane of their first two principal components (the default). */
    public BooleanProperty principalPlaneProperty() {
        return principalPlane;
    }

    /**
     * A plane a projection chose (two principal components, a t-SNE or UMAP map), shown instead of
     * the axes pickers' plane; null for theirs.
     */
    public ObjectProperty<LatentPlane> projectedPlaneProperty() {
        return projectedPlane;
    }

    /** Samples ringed in the scatter as the selected sample's nearest neighbours (empty for none). */
    public ObjectProperty<int[]> neighboursProperty() {
        return neighbours;
    }

    /**
     * One value per shown sample that colours its point on a scale from the smallest to the largest
     * (a reconstruction error, a code dimension), or null to colour the points by class.
     */
    public ObjectProperty<float[]> colourValuesProperty() {
        return colourValues;
    }

    /** Samples gathered by a lasso (Shift-drag) in a scatter, in index order; empty for none. */
    public ObjectProperty<int[]> lassoedProperty() {
        return lassoed;
    }

    /** True while the scatters show only the lassoed samples. */
    public BooleanProperty lassoIsolatedProperty() {
        return lassoIsolated;
    }

    /** True for a VAE: the grid spans the prior's quantiles and the scatter can draw the prior. */
    public BooleanProperty variationalProperty() {
        return variational;
    }

    /** The selected validation sample, or −1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /**
     * The validation sample under the pointer in a scatter, or −1. Side-by-side panels bind theirs
     * together, so hovering a sample in one model's plot rings the same sample in every other.
     */
    public IntegerProperty hoveredProperty() {
        return hovered;
    }

    /** The code under the pointer in the explore view, or null. */
    public ObjectProperty<float[]> probeProperty() {
        return probe;
    }

    /** A code to mark in the scatter (the decoded tile under the pointer), or null. */
    public ObjectProperty<float[]> highlightProperty() {
        return highlight;
    }

    /** The code of a picture the person dropped or drew, marked in the scatter; or null. */
    public ObjectProperty<float[]> markedProperty() {
        return marked;
    }

    /** The interpolation's start sample, or −1. */
    public IntegerProperty endAProperty() {
        return endA;
    }

    /** The interpolation's end sample, or −1. */
    public IntegerProperty endBProperty() {
        return endB;
    }

    /** Number of recorded frames (one per epoch). */
    public ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    /** −1 to follow the run live; a frame index to replay that moment. */
    public IntegerProperty replayFrameProperty() {
        return replayFrame;
    }

    /** The codes of every recorded frame, oldest first. */
    public List<LatentSnapshot> recordedCodes() {
        return frames.stream().map(Frame::snapshot).toList();
    }

    // ---- Commands

    /** Names the codes' dimensions {@code prefix}1, {@code prefix}2, … on the axes: PC for codes that are principal components. */
    public void nameDimensions(String prefix) {
        axisPrefix = prefix;
        updatePlane();
    }

    /** Takes the newest codes of a run; an epoch's snapshot is also recorded for the replay. */
    public void accept(LatentSnapshot snapshot, Weights weights, boolean record) {
        live.set(snapshot);
        if (weights != null) {
            liveWeights = weights;
        }
        if (record) {
            frames.add(new Frame(snapshot, weights == null ? null : org.latentlab.ml.infer.ParkedWeights.park(weights, parking)));
            thinRecordedWeights();
            frameCount.set(frames.size());
        }
        if (replayFrame.get() < 0) {
            acceptingLive = true;
            try {
                refreshShown();
            } finally {
                acceptingLive = false;
            }
        }
    }

    /** Forgets the codes, the selection and the recording, e.g. when a new run starts. */
    public void clear() {
        frames.clear();
        frameCount.set(0);
        replayFrame.set(-1);
        live.set(null);
        liveWeights = null;
        selected.set(-1);
        neighbours.set(new int[0]);
        lassoed.set(new int[0]);
        lassoIsolated.set(false);
        hovered.set(-1);
        endA.set(-1);
        endB.set(-1);
        probe.set(null);
        highlight.set(null);
        shown.set(null);
        shownWeights.set(null);
    }

    /** The validation images ({@code n × h × w}, grey), so hovering a point can show its input. */
    public void setImages(float[] values, int height, int width) {
        setImages(values, 1, height, width);
    }

    /** The validation images ({@code n × c × h × w}: grey, or R, G and B planes), so hovering a point can show its input. */
    public void setImages(float[] values, int channels, int height, int width) {
        images = values;
        imageChannels = channels;
        imageHeight = height;
        imageWidth = width;
    }

    /** Values per pixel of the images: 1 grey, 3 colour. */
    public int imageChannels() {
        return imageChannels;
    }

    public float[] images() {
        return images;
    }

    public int imageHeight() {
        return imageHeight;
    }

    public int imageWidth() {
        return imageWidth;
    }

    /** The code of sample {@code i} in the shown codes, or null. */
    public float[] codeOf(int i) {
        LatentSnapshot s = shown.get();
        if (s == null || i < 0 || i >= s.size()) {
            return null;
        }
        float[] z = new float[s.latentSize()];
        System.arraycopy(s.codes(), i * s.latentSize(), z, 0, z.length);
        return z;
    }

    /** The code the lattice and sliders start from: the selected sample's, else the codes' mean. */
    public float[] baseCode() {
        float[] z = codeOf(selected.get());
        if (z != null) {
            return z;
        }
        LatentSnapshot s = shown.get();
        if (s == null) {
            return null;
        }
        int k = s.latentSize();
        float[] mean = new float[k];
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < k; j++) {
                mean[j] += s.codes()[i * k + j] / s.size();
            }
        }
        return mean;
    }

    private void refreshShown() {
        int f = replayFrame.get();
        if (f >= 0 && f < frames.size()) {
            shown.set(frames.get(f).snapshot());
            shownWeights.set(frames.get(f).weights());
        } else {
            shown.set(live.get());
            shownWeights.set(liveWeights);
        }
        LatentSnapshot s = shown.get();
        if (s != null && projectedPlane.get() == null) {
            int k = s.latentSize();
            if (xDimension.get() >= k || yDimension.get() >= k) {
                xDimension.set(0);
                yDimension.set(Math.min(1, k - 1));
            }
            if (plane.get() instanceof LatentPlane.Principal p && p.mean().length != k) {
                // Another code size: raw axes until the new codes' principal plane is fitted.
                plane.set(new LatentPlane.Dims(0, k == 1 ? -1 : 1, axisPrefix));
            }
            // A replay keeps the principal plane it started on: every frame on the same axes, so the codes are seen to move.
            boolean keepPlane = f >= 0 && f < frames.size() && plane.get() instanceof LatentPlane.Principal;
            if (!keepPlane && ((principalPlane.get() && k > 2) || plane.get() instanceof LatentPlane.Principal)) {
                updatePlane();
            } else if (plane.get() instanceof LatentPlane.Dims d && (d.x() >= k || d.y() >= k || (k > 1 && d.y() < 0) || (k == 1 && d.y() >= 0))) {
                updatePlane();
            }
        }
    }

    private void updatePlane() {
        if (projectedPlane.get() != null) {
            pcaRequest++; // a principal plane still being fitted must not replace the projection's
            plane.set(projectedPlane.get());
            return;
        }
        LatentSnapshot s = shown.get();
        int k = s == null ? 2 : s.latentSize();
        if (!principalPlane.get() || k <= 2) {
            pcaRequest++; // a principal plane still being fitted must not replace these axes
            int x = Math.min(xDimension.get(), k - 1);
            int y = k == 1 ? -1 : Math.min(yDimension.get(), k - 1);
            plane.set(new LatentPlane.Dims(x, y, axisPrefix));
            return;
        }
        long request = ++pcaRequest;
        if (planeFitting || (acceptingLive && System.nanoTime() < planeQuietUntil)) {
            // One fit at a time, the newest codes' only: a wide code's fit takes seconds and a run sends codes several times a second.
            if (!planeRefitWanted) {
                planeRefitWanted = true;
                if (!planeFitting) {
                    refitAfter(planeQuietUntil - System.nanoTime());
                }
            }
            return;
        }
        planeFitting = true;
        pcaThread.execute(() -> {
            long t0 = System.nanoTime();
            LatentPlane.Principal p = null;
            try {
                Pca pca = Pca.fit(s.codes(), s.size(), k, Pca.Options.defaults().withComponents(2));
                p = new LatentPlane.Principal(pca.mean(), signed(pca.component(0)), signed(pca.component(1)));
            } finally {
                LatentPlane.Principal fitted = p;
                long took = System.nanoTime() - t0;
                Platform.runLater(() -> planeFitted(request, fitted, took));
            }
        });
    }

    /** A fit ended: its plane is shown unless another was chosen since; codes that came meanwhile get their fit after the quiet time. */
    private void planeFitted(long request, LatentPlane.Principal fitted, long took) {
        planeFitting = false;
        planeQuietUntil = System.nanoTime() + 9 * took;
        if (fitted != null && (request == pcaRequest || planeRefitWanted)) {
            LatentSnapshot now = shown.get();
            if (principalPlane.get() && now != null && now.latentSize() == fitted.mean().length) {
                plane.set(fitted);
            }
        }
        if (planeRefitWanted) {
            refitAfter(planeQuietUntil - System.nanoTime());
        }
    }

    private void refitAfter(long nanos) {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(Math.max(1, nanos / 1e6)));
        wait.setOnFinished(e -> {
            if (planeRefitWanted && !planeFitting) {
                planeRefitWanted = false;
                updatePlane();
            }
        });
        wait.play();
    }

    /** A direction with its largest entry positive, so the projection does not flip between snapshots. */
    private static double[] signed(double[] v) {
        int arg = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[arg])) {
                arg = i;
            }
        }
        if (v[arg] < 0) {
            double[] w = v.clone();
            for (int i = 0; i < w.length; i++) {
                w[i] = -w[i];
            }
            return w;
        }
        return v;
    }

    /** Keeps recorded weights within a budget by dropping those of every other older frame (their codes stay). */
    private void thinRecordedWeights() {
        long bytes = 0;
        for (Frame f : frames) {
            bytes += f.parked() == null ? 0 : f.parked().bytes();
        }
        for (int i = 1; bytes > REPLAY_WEIGHT_BUDGET && i < frames.size() - 1; i += 2) {
            Frame f = frames.get(i);
            if (f.parked() != null) {
                bytes -= f.parked().bytes();
                frames.set(i, new Frame(f.snapshot(), null));
            }
        }
    }

    @Override
    public void close() {
        pcaRequest++;
    }
}
