package org.latentlab.ui.training;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentlab.concurrent.Background;
import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.persistence.Checkpoint;
import org.latentlab.ml.train.TrainingEvent;
import org.latentlab.ml.train.TrainingMetrics;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The model the views show, whether a run is training it or it was opened from disk: its data and
 * spec, its newest weights (in the decoder), its codes (in the latent view model), its epoch results
 * and its curves with PCA's baseline. The views read it; the run and the model loader write it.
 */
public final class ShownModel implements AutoCloseable {
    /** The data and code size of the model on show, for views that compare against it. */
    public record RunInfo(Dataset.Split split, int codeSize, String variantTitle, String datasetId, long seed) {
        /** True when both runs split the same data with the same seed, so sample {@code i} is the same image in both. */
        public boolean sameSplit(RunInfo other) {
            return other != null && datasetId.equals(other.datasetId) && seed == other.seed;
        }
    }

    /** What the model makes of the first validation images at an epoch end, and its validation MSE. */
    public record EpochResult(int epoch, double validationMse, int count, float[] inputs, float[] reconstructions) {}

    /** A model's checkpoint record and its weights. */
    public record SavedModel(Checkpoint checkpoint, Weights weights) {}

    private final DataSets data;
    private final ReadOnlyObjectWrapper<RunInfo> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EpochResult> epochResult = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LatentSnapshot> codes = new ReadOnlyObjectWrapper<>();
    private final CurveData curves = new CurveData();
    private final LatentViewModel latent;
    private final DecoderService decoder;
    private ModelSpec spec;
    private List<String> classNames = List.of();
    private String datasetId;
    private long seed;
    private TrainingMetrics metrics;
    private Weights weights;
    /** The model a finished run handed over, freed when another is shown. */
    private Autoencoder trained;

    public ShownModel(Background background, DataSets data) {
        this.data = data;
        this.latent = new LatentViewModel(background);
        this.decoder = new DecoderService(background);
    }

    // ---- Properties

    /** The model on show: its split, code size, variant, data set and seed. */
    public ReadOnlyObjectProperty<RunInfo> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The newest epoch's reconstructions and validation MSE. */
    public ReadOnlyObjectProperty<EpochResult> epochResultProperty() {
        return epochResult.getReadOnlyProperty();
    }

    /** The newest validation codes. */
    public ReadOnlyObjectProperty<LatentSnapshot> codesProperty() {
        return codes.getReadOnlyProperty();
    }

    /** The codes, selection and replay the latent views share. */
    public LatentViewModel latent() {
        return latent;
    }

    /** The inference lane that decodes for the views, kept in step with the model. */
    public DecoderService decoder() {
        return decoder;
    }

    /** The loss history of the model on show. */
    public CurveData curves() {
        return curves;
    }

    /** The spec of the model on show (its input shape filled in), or null. */
    public ModelSpec spec() {
        return spec;
    }

    String variantTitle() {
        return spec == null ? "" : spec.variant().title();
    }

    List<String> classNames() {
        return classNames;
    }

    // ---- Writes from the run and the loader (JavaFX thread)

    /** Clears the views for a model of {@code spec} on {@code split}: a run about to start, or a model being loaded. */
    void show(Dataset.Split split, ModelSpec spec, String datasetId, long modelSeed) {
        closeTrained();
        Dataset train = split.train();
        this.classNames = train.classNames();
        this.spec = spec;
        this.datasetId = datasetId;
        this.seed = modelSeed;
        this.metrics = null;
        this.weights = null;
        run.set(new RunInfo(split, spec.codeSize(), spec.variant().title(), datasetId, modelSeed));
        epochResult.set(null);
        curves.clear();
        latent.clear();
        Dataset validation = split.validation();
        latent.setImages(validation.values(), validation.channels(), validation.height(), validation.width());
        latent.variationalProperty().set(spec.variant() == Variant.VAE);
        showBaseline(split, spec.codeSize());
    }

    /** New weights of the model on show: the decoder uses them before any view hears of new codes. */
    void setWeights(Weights w) {
        weights = w;
        decoder.setWeights(spec, w);
    }

    void setMetrics(TrainingMetrics m) {
        metrics = m;
    }

    void setEpochResult(EpochResult r) {
        epochResult.set(r);
    }

    /** The codes the views draw, recorded for the replay when {@code record}. */
    void showCodes(LatentSnapshot snapshot, Weights w, boolean record) {
        latent.accept(snapshot, w, record);
        codes.set(snapshot);
    }

    /** Shows codes already given to the latent view model. */
    void setCodes(LatentSnapshot snapshot) {
        codes.set(snapshot);
    }

    /**
     * True when the model on show is a {@code variant} with codes of {@code codeSize} and hidden
     * layers {@code hidden}, trained on data set {@code dataset}: the model the sidebar names.
     */
    boolean belongsTo(String dataset, Variant variant, int codeSize, List<Integer> hidden) {
        return spec != null && datasetId.equals(dataset) && spec.variant() == variant && spec.codeSize() == codeSize
                && spec.hiddenSizes().equals(hidden);
    }

    /** Forgets the model on show altogether (another data set or model was chosen): every view goes back to its empty-state line. */
    void forget() {
        closeTrained();
        clearViews();
        spec = null;
        datasetId = null;
        metrics = null;
        weights = null;
        classNames = List.of();
        run.set(null);
    }

    /** Forgets the codes and epoch results (Reset), keeping the model. */
    void clearViews() {
        curves.clear();
        latent.clear();
        epochResult.set(null);
        codes.set(null);
    }

    /**
     * The validation codes (encoded by the decoder's model unless {@code known}) with the encoder's σ
     * for each when it has one, on the decoder's lane.
     */
    CompletableFuture<LatentSnapshot> encodeValidation(String channel, float[] known, String caption) {
        RunInfo info = run.get();
        ModelSpec s = spec;
        Dataset validation = info.split().validation();
        CompletableFuture<float[]> z = known != null ? CompletableFuture.completedFuture(known)
                : decoder.encode(channel + "-codes", validation.values(), validation.size());
        return z.thenCombine(decoder.codeSpreads(channel + "-spreads", validation.values(), validation.size()),
                (c, spreads) -> new LatentSnapshot(c, spreads, s.codeSize(), validation.labels(), classNames, caption));
    }

    /** A run's codes as the views show them, captioned with the epoch, the step and the {@code phase} (empty when one). */
    /** The codes one frame receives from a run, shown together at the frame's end; see {@link #frameCodes}. */
    final class FrameCodes {
        private final String phase;
        private TrainingEvent.Codes latest;
        private LatentSnapshot latestSnapshot;

        private FrameCodes(String phase) {
            this.phase = phase;
        }

        /** Takes one set of codes; true when they close an epoch. */
        boolean take(TrainingEvent.Codes c) {
            latest = c;
            latestSnapshot = null;
            if (spec() != null && c.weights() != null) {
                // Before the views hear of the codes, so a view reacting to them finds a model to decode with.
                setWeights(c.weights());
            }
            if (!c.epochEnd()) {
                return false;
            }
            // Every epoch's codes are recorded for the replay, even when newer codes arrive in the same frame.
            latestSnapshot = snapshot(c, phase);
            latent().accept(latestSnapshot, c.weights(), true);
            return true;
        }

        /** Shows the newest codes taken, if any. */
        void show() {
            if (latest == null) {
                return;
            }
            if (latestSnapshot == null) {
                latestSnapshot = snapshot(latest, phase);
                latent().accept(latestSnapshot, latest.weights(), false);
            }
            setCodes(latestSnapshot);
        }
    }

    /** Collects the codes of one frame of a run in {@code phase} (a stacked model's phase name, or empty). */
    FrameCodes frameCodes(String phase) {
        return new FrameCodes(phase);
    }

    LatentSnapshot snapshot(TrainingEvent.Codes c, String phase) {
        return new LatentSnapshot(c.codes(), c.spreads(), c.latentSize(), c.labels(), classNames,
                String.format("%s · validation codes · epoch %d · step %d%s", variantTitle(), c.epoch(),
                        c.step(), phase.isEmpty() ? "" : " · " + phase));
    }

    /** Keeps the model a run ends with; after a divergence the views go back to the last good weights it holds. */
    void keep(CompletableFuture<TrainingResult> result, boolean diverged) {
        result.thenAccept(r -> {
            // The kept weights are copied here, on the thread that finished the run, not on the JavaFX thread.
            Weights kept = diverged && r.model() != null ? r.model().weights() : null;
            Platform.runLater(() -> {
                closeTrained();
                trained = r.model();
                if (kept != null) {
                    showKeptWeights(kept);
                }
            });
        });
    }

    private void closeTrained() {
        if (trained != null) {
            trained.close();
            trained = null;
        }
    }

    /** After a run diverged: the views show the last good weights it kept, not the codes of the failing steps. */
    void showKeptWeights(Weights kept) {
        if (run.get() == null || spec == null) {
            return;
        }
        setWeights(kept);
        ModelSpec s = spec;
        String caption = variantTitle() + " · validation codes · the last good weights, kept after the run diverged";
        encodeValidation("kept", null, caption).thenAccept(snapshot -> Platform.runLater(() -> {
            if (spec == s) {
                showCodes(snapshot, kept, true);
            }
        }));
    }

    /** PCA's validation MSE at the model's code size, from the split's shared PCA, as the curves' baseline. */
    private void showBaseline(Dataset.Split split, int k) {
        if (k > 64 || k >= split.train().sampleSize()) {
            return;
        }
        Dataset validation = split.validation();
        data.pca(split, k).thenApplyAsync(pca -> pca.reconstructionError(validation.values(), validation.size(), k), data.pcaLane())
                .thenAccept(mse -> Platform.runLater(() -> {
                    if (run.get() != null && run.get().split() == split && spec != null && spec.codeSize() == k) {
                        curves.setBaseline(mse, String.format("PCA with %d component%s: validation MSE %.4f", k, k == 1 ? "" : "s", mse));
                    }
                }));
    }

    /**
     * The model on show as plain values, for saving it (a session, a lab report): its checkpoint
     * record and weights; null before any run or load, or before the first weights arrive.
     */
    public SavedModel currentModel() {
        LatentSnapshot shown = codes.get();
        if (spec == null || weights == null || shown == null) {
            return null;
        }
        TrainingMetrics m = metrics != null ? metrics : curves.toMetrics();
        return new SavedModel(new Checkpoint(spec, datasetId, seed, m, shown.latentSize(), shown.codes(), shown.labels(),
                data.preparation(datasetId)), weights);
    }

    @Override
    public void close() {
        closeTrained();
        latent.close();
        decoder.close();
    }
}
