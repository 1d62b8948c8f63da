package org.latentlab.ui.projection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.analysis.Pca;
import org.latentlab.analysis.projection.Codes;
import org.latentlab.analysis.projection.DivergedException;
import org.latentlab.analysis.projection.Projection;
import org.latentlab.analysis.projection.ProjectionRun;
import org.latentlab.analysis.projection.ProjectorExport;
import org.latentlab.analysis.projection.Thumbnails;
import org.latentlab.analysis.projection.TsneProjection;
import org.latentlab.analysis.projection.TsneSettings;
import org.latentlab.analysis.projection.UmapProjection;
import org.latentlab.analysis.projection.UmapSettings;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * Which projection lays the shared codes out, and its settings: raw dimensions, two principal
 * components (each with its share of the variance), or a t-SNE or UMAP map computed on the
 * {@code projection} lane. A map's layouts reach the scatter as it iterates, at most one per frame;
 * finished maps are kept per codes and settings, and new codes from a run start from the last
 * layout so the map settles rather than jumps. Call on the JavaFX thread.
 */
public final class ProjectionViewModel implements AutoCloseable {
    /** Iterations between the layouts a t-SNE run hands to the scatter. */
    static final int REPORT_EVERY = 5;
    private static final int CACHED_MAPS = 8;
    /** Iterations of a t-SNE run warm-started from the last layout when a run sends new codes. */
    static final int WARM_ITERATIONS = 250;

    private record Key(LatentSnapshot codes, Object settings) {}

    private record Pending(long request, LatentSnapshot codes, int iteration, float[][] layout, long family) {}

    private final LatentViewModel latent;
    private final DecoderService decoder;
    private final Executor lane;
    private final Executor pcaLane;
    private final Executor exportLane;
    private final ObjectProperty<ProjectionKind> kind = new SimpleObjectProperty<>(ProjectionKind.PCA);
    private final IntegerProperty firstComponent = new SimpleIntegerProperty(0);
    private final IntegerProperty secondComponent = new SimpleIntegerProperty(1);
    private final ObjectProperty<TsneSettings> tsne = new SimpleObjectProperty<>(TsneSettings.defaults().withReportEvery(REPORT_EVERY));
    private final ObjectProperty<UmapSettings> umap = new SimpleObjectProperty<>(UmapSettings.defaults());
    private final ReadOnlyObjectWrapper<double[]> shares = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper layoutsShown = new ReadOnlyIntegerWrapper(0);
    private final LinkedHashMap<Key, float[][]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Key, float[][]> eldest) {
            return size() > CACHED_MAPS;
        }
    };
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private ProjectionRun current;
    private long request;
    private long family;
    private int iterationsAsked = 1;
    private float[][] lastLayout;
    private boolean closed;
    /** Whether the person chose the projection (then it no longer follows the codes' width). */
    private boolean kindChosen;
    /** Whether newer codes arrived while a UMAP map (which cannot warm-start) was being laid out. */
    private boolean followUp;
    private boolean followingCodes;

    public ProjectionViewModel(LatentViewModel latent, DecoderService decoder) {
        this.latent = latent;
        this.decoder = decoder;
        this.lane = latent.background().lane("projection");
        this.pcaLane = latent.background().lane("projection-pca");
        this.exportLane = latent.background().lane("projection-export");
        kind.addListener((obs, old, k) -> {
            if (!followingCodes) {
                kindChosen = true;
            }
            apply(false);
        });
        firstComponent.addListener((obs, old, v) -> apply(false));
        secondComponent.addListener((obs, old, v) -> apply(false));
        tsne.addListener((obs, old, v) -> {
            if (kind.get() == ProjectionKind.TSNE) {
                apply(false);
            }
        });
        umap.addListener((obs, old, v) -> {
            if (kind.get() == ProjectionKind.UMAP) {
                apply(false);
            }
        });
        latent.shownProperty().addListener((obs, old, s) -> {
            if (s == null) {
                cancel();
                lastLayout = null;
                latent.projectedPlaneProperty().set(null);
                shares.set(null);
            } else if (!followWidth(s)) {
                apply(true);
            }
        });
        LatentSnapshot first = latent.shownProperty().get();
        if (first != null && !followWidth(first)) {
            apply(false);
        }
    }

    /**
     * Until the person picks a projection, it follows the codes' width: two dimensions are shown as
     * they are (raw z1 and z2), wider codes on their principal plane. Returns whether it changed
     * the projection (whose listener has then laid the codes out).
     */
    private boolean followWidth(LatentSnapshot s) {
        ProjectionKind natural = s.latentSize() <= 2 ? ProjectionKind.RAW : ProjectionKind.PCA;
        if (kindChosen || kind.get() == natural) {
            return false;
        }
        followingCodes = true;
        try {
            kind.set(natural);
        } finally {
            followingCodes = false;
        }
        return true;
    }

    // ---- Properties

    /** The projection on show. */
    public ObjectProperty<ProjectionKind> kindProperty() {
        return kind;
    }

    /** The principal component on the horizontal axis (from 0) when the projection is PCA. */
    public IntegerProperty firstComponentProperty() {
        return firstComponent;
    }

    public IntegerProperty secondComponentProperty() {
        return secondComponent;
    }

    /** What the next t-SNE run is asked. */
    public ObjectProperty<TsneSettings> tsneProperty() {
        return tsne;
    }

    /** What the next UMAP run is asked. */
    public ObjectProperty<UmapSettings> umapProperty() {
        return umap;
    }

    /** Each principal component's share of the codes' variance, largest first; null before PCA is fitted. */
    public ReadOnlyObjectProperty<double[]> sharesProperty() {
        return shares.getReadOnlyProperty();
    }

    /** A line on what the projection is doing or did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The sentence of the last projection that was refused or failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How far a map run has come, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a map is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a map run is held. */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** Number of map layouts handed to the scatter so far (each intermediate one counts). */
    public ReadOnlyIntegerProperty layoutsShownProperty() {
        return layoutsShown.getReadOnlyProperty();
    }

    /** The shared latent model this picker lays out. */
    public LatentViewModel latent() {
        return latent;
    }

    // ---- Commands

    /** Holds the map run at its next iteration. */
    public void pause() {
        if (current != null && running.get()) {
            current.pause();
            paused.set(true);
            status.set(kind.get().title() + " paused.");
        }
    }

    /** Lets a held map run go on. */
    public void resume() {
        if (current != null && paused.get()) {
            current.resume();
            paused.set(false);
            status.set(kind.get().title() + " running…");
        }
    }

    /** Computes the map afresh from the next seed. */
    public void rerun() {
        if (kind.get() == ProjectionKind.TSNE) {
            tsne.set(tsne.get().withSeed(tsne.get().seed() + 1));
        } else if (kind.get() == ProjectionKind.UMAP) {
            umap.set(umap.get().withSeed(umap.get().seed() + 1));
        }
    }

    /** Decodes sample {@code i}'s own code with the weights on show (a map point has no code of its own). */
    public CompletableFuture<float[]> decodeOwnCode(int i) {
        float[] code = latent.codeOf(i);
        if (code == null || !decoder.hasModel()) {
            return null;
        }
        Weights weights = latent.shownWeightsProperty().get();
        return weights == null ? decoder.decode("map-point", code, 1) : decoder.decode("map-point", weights, code, 1);
    }

    /**
     * Finds a sample by {@code #index} (or a number that is no class name), which is selected, or a
     * class by its name, whose index is returned so the scatter can show only it; −1 otherwise.
     * The outcome is one line in the status, or one sentence in the error.
     */
    public int find(String query) {
        LatentSnapshot s = latent.shownProperty().get();
        String q = query == null ? "" : query.strip();
        error.set("");
        if (s == null || q.isEmpty()) {
            return -1;
        }
        int cls = -1;
        for (int c = 0; c < s.classNames().size(); c++) {
            if (s.classNames().get(c).equalsIgnoreCase(q)) {
                cls = c;
            }
        }
        if (cls >= 0 && !q.startsWith("#")) {
            int count = 0;
            for (int label : s.labels()) {
                count += label == cls ? 1 : 0;
            }
            status.set("Showing the " + count + " samples labelled " + s.classNames().get(cls)
                    + "; double-click its legend entry to show every class again.");
            return cls;
        }
        String digits = q.startsWith("#") ? q.substring(1).strip() : q;
        if (digits.matches("\\d{1,9}")) {
            int i = Integer.parseInt(digits);
            if (i < s.size()) {
                latent.selectedProperty().set(i);
                int label = s.labels()[i];
                status.set("Sample #" + i + " (" + (label >= 0 && label < s.classNames().size() ? s.classNames().get(label) : "unlabelled")
                        + ") selected.");
            } else {
                error.set("There is no sample #" + i + ": the samples are numbered 0 to " + (s.size() - 1) + ".");
            }
            return -1;
        }
        error.set("No class is called '" + q + "' and it is no sample number: type a class name or #index.");
        return -1;
    }

    /**
     * Writes the codes on show, their labels, their places on the plane on show and a sprite of
     * their input pictures into {@code dir} as the Embedding Projector reads them, on the export
     * lane; the future gives the files written, or fails with the sentence to show.
     */
    public CompletableFuture<List<Path>> export(Path dir) {
        LatentSnapshot s = latent.shownProperty().get();
        LatentPlane plane = latent.planeProperty().get();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("There are no codes to export: train or open a model first."));
        }
        float[] images = latent.images();
        int h = latent.imageHeight();
        int w = latent.imageWidth();
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        exportLane.execute(() -> {
            try {
                float[] xs = new float[s.size()];
                float[] ys = new float[s.size()];
                plane.project(s.codes(), s.latentSize(), xs, ys);
                float[][] layout = new float[s.size()][];
                for (int i = 0; i < s.size(); i++) {
                    layout[i] = new float[] {xs[i], ys[i]};
                }
                Thumbnails thumbnails = images != null && h > 0 && images.length >= (long) s.size() * h * w
                        ? new Thumbnails(java.util.Arrays.copyOf(images, s.size() * h * w), s.size(), 1, h, w) : null;
                Codes codes = new Codes(s.codes(), s.size(), s.latentSize(), s.labels());
                List<Path> files = ProjectorExport.write(dir, codes, layout, thumbnails);
                Platform.runLater(() -> status.set("Wrote " + files.size() + " files for the Embedding Projector to " + dir + "."));
                done.complete(files);
            } catch (IOException | RuntimeException e) {
                String sentence = Sentences.of(e);
                Platform.runLater(() -> error.set(sentence));
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public void close() {
        closed = true;
        cancel();
    }

    // ---- Work

    private void apply(boolean newCodes) {
        if (closed) {
            return;
        }
        LatentSnapshot s = latent.shownProperty().get();
        error.set("");
        switch (kind.get()) {
            case RAW -> {
                cancel();
                latent.principalPlaneProperty().set(false);
                latent.projectedPlaneProperty().set(null);
                status.set("");
            }
            case PCA -> {
                cancel();
                if (s != null && s.latentSize() <= 2) {
                    // Two dimensions are their own plane: the axes stay the codes' own.
                    latent.projectedPlaneProperty().set(null);
                    latent.principalPlaneProperty().set(true);
                    status.set("");
                } else if (s != null) {
                    fitPca(s);
                }
            }
            case TSNE, UMAP -> {
                if (s != null) {
                    map(s, newCodes);
                }
            }
        }
    }

    private void fitPca(LatentSnapshot s) {
        int k = s.latentSize();
        int first = firstComponent.get();
        int second = secondComponent.get();
        if (first >= k || second >= k || first == second) {
            firstComponent.set(0);
            secondComponent.set(1);
            return; // the listeners fit the first two
        }
        long id = ++request;
        pcaLane.execute(() -> {
            try {
                Pca pca = Pca.fit(s.codes(), s.size(), k, Pca.Options.defaults().withRoute(Pca.Route.FULL));
                double[] ratio = pca.explainedVarianceRatio(pca.fittedComponents());
                LatentPlane.Principal plane = new LatentPlane.Principal(pca.mean(), signed(pca.component(first)),
                        signed(pca.component(second)), componentLabel(first, ratio), componentLabel(second, ratio));
                Platform.runLater(() -> {
                    if (id == request && kind.get() == ProjectionKind.PCA) {
                        shares.set(ratio);
                        latent.projectedPlaneProperty().set(plane);
                        status.set("PC" + (first + 1) + " and PC" + (second + 1) + " show " + percent(ratio[first] + ratio[second])
                                + " of the codes' variance.");
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (id == request) {
                        error.set(Sentences.of(e));
                    }
                });
            }
        });
    }

    private void map(LatentSnapshot s, boolean newCodes) {
        ProjectionKind which = kind.get();
        Object settings = which == ProjectionKind.TSNE ? tsne.get() : umap.get();
        if (newCodes && which == ProjectionKind.UMAP && current != null && running.get()) {
            // UMAP cannot start from its last layout: the map in progress is finished and shown, then the
            // newest codes are laid out, so a run's stream of codes never keeps the map from appearing.
            followUp = true;
            return;
        }
        followUp = false;
        cancel();
        boolean warm = newCodes && lastLayout != null && lastLayout.length == s.size();
        if (!warm) {
            family++;
        }
        float[][] cached = cache.get(new Key(s, settings));
        if (cached != null) {
            publish(s, cached, family);
            progress.set(1);
            status.set(which.title() + " map of these codes, kept from before.");
            return;
        }
        Projection projection;
        if (which == ProjectionKind.TSNE) {
            // A map following new codes starts where it was: a few hundred iterations settle it.
            TsneSettings t = warm ? tsne.get().withIterations(Math.min(tsne.get().iterations(), WARM_ITERATIONS)) : tsne.get();
            iterationsAsked = t.iterations();
            projection = new TsneProjection(t);
        } else {
            iterationsAsked = 1;
            projection = new UmapProjection(umap.get());
        }
        long id = ++request;
        long fam = family;
        ProjectionRun run = ProjectionRun.observed((iteration, layout) -> offer(new Pending(id, s, iteration, layout, fam)));
        if (warm && projection.warmStarts()) {
            run = run.warmStartedFrom(lastLayout);
        }
        ProjectionRun started = run;
        current = started;
        running.set(true);
        paused.set(false);
        progress.set(0);
        status.set(which.title() + (warm && projection.warmStarts() ? " following the new codes…" : " running…"));
        Key key = new Key(s, settings);
        lane.execute(() -> {
            long t0 = System.nanoTime();
            try {
                Codes codes = new Codes(s.codes(), s.size(), s.latentSize(), s.labels());
                float[][] layout = projection.layout(codes, started);
                double seconds = (System.nanoTime() - t0) / 1e9;
                boolean cancelled = started.isCancelled();
                Platform.runLater(() -> finished(id, key, s, layout, fam, seconds, cancelled));
            } catch (DivergedException e) {
                Platform.runLater(() -> failed(id, s, e.lastGood(), e.getMessage(), fam));
            } catch (RuntimeException e) {
                String sentence = Sentences.of(e);
                Platform.runLater(() -> failed(id, s, null, sentence, fam));
            }
        });
    }

    /** Called on the projection lane: keeps the newest layout and asks the JavaFX thread for it once. */
    private void offer(Pending p) {
        pending.set(p);
        if (!drainScheduled.getAndSet(true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        Pending p = pending.getAndSet(null);
        if (p == null || p.request() != request || closed) {
            return;
        }
        publish(p.codes(), p.layout(), p.family());
        progress.set(Math.min(1, (double) p.iteration() / iterationsAsked));
        if (kind.get() == ProjectionKind.TSNE && !paused.get()) {
            status.set("t-SNE iteration " + p.iteration() + " of " + iterationsAsked + "…");
        }
    }

    private void finished(long id, Key key, LatentSnapshot s, float[][] layout, long fam, double seconds, boolean cancelled) {
        if (id != request || cancelled || closed) {
            return;
        }
        cache.put(key, layout);
        publish(s, layout, fam);
        running.set(false);
        paused.set(false);
        progress.set(1);
        current = null;
        status.set(kind.get().title() + " settled in " + String.format(Locale.ROOT, "%.1f", seconds) + " s"
                + (kind.get() == ProjectionKind.TSNE ? " (" + iterationsAsked + " iterations)." : "."));
        LatentSnapshot newest = latent.shownProperty().get();
        if (followUp && newest != null && newest != s) {
            map(newest, true);
        }
        followUp = false;
    }

    private void failed(long id, LatentSnapshot s, float[][] lastGood, String sentence, long fam) {
        if (id != request || closed) {
            return;
        }
        if (lastGood != null && lastGood.length == s.size()) {
            publish(s, lastGood, fam);
        }
        running.set(false);
        paused.set(false);
        current = null;
        error.set(sentence);
        status.set("");
    }

    private void publish(LatentSnapshot s, float[][] layout, long fam) {
        lastLayout = layout;
        float[] xy = new float[layout.length * 2];
        for (int i = 0; i < layout.length; i++) {
            xy[2 * i] = layout[i][0];
            xy[2 * i + 1] = layout[i][1];
        }
        String title = kind.get().title();
        latent.projectedPlaneProperty().set(new LatentPlane.Map(xy, s.codes(), s.latentSize(), title + " 1", title + " 2", fam));
        layoutsShown.set(layoutsShown.get() + 1);
    }

    private void cancel() {
        request++;
        if (current != null) {
            current.cancel();
            current = null;
        }
        running.set(false);
        paused.set(false);
    }

    private static String componentLabel(int c, double[] ratio) {
        return "PC" + (c + 1) + " (" + percent(ratio[c]) + ")";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A direction with its largest entry positive, so the plane does not flip between snapshots. */
    private static double[] signed(double[] v) {
        int arg = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[arg])) {
                arg = i;
            }
        }
        if (v[arg] >= 0) {
            return v;
        }
        double[] w = v.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] = -w[i];
        }
        return w;
    }
}
