package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.ReadProgress;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.ml.infer.Weights;
import org.latentlab.persistence.Checkpoint;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.ml.train.TrainingEvent;
import org.latentlab.ml.train.TrainingMetrics;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ml.train.TrainingService;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.analysis.Pca;

/**
 * State and commands of an experiment: which data, which variant and knobs, and the run in
 * progress. Training events arrive on the training thread, wait in a queue, and are applied on the
 * JavaFX thread once per frame, so the window never receives one {@code runLater} per step.
 */
public final class TrainingViewModel implements AutoCloseable {
    /** Where a run stands. */
    public enum RunState { IDLE, LOADING, RUNNING, PAUSED }

    /** A data set the person can pick: a shipped one by name, or an opened IDX folder by path. */
    public record DatasetChoice(String id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    // Properties
    private final ObservableList<DatasetChoice> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetChoice> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<Variant> variant = new SimpleObjectProperty<>(Variant.UNDERCOMPLETE);
    private final IntegerProperty latentSize = new SimpleIntegerProperty(2);
    private final javafx.beans.property.StringProperty hiddenLayers = new javafx.beans.property.SimpleStringProperty("512");
    private final IntegerProperty epochs = new SimpleIntegerProperty(10);
    private final IntegerProperty seed = new SimpleIntegerProperty(7);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(1e-3);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(128);
    private final ObjectProperty<ModelSpec> variantSpec = new SimpleObjectProperty<>(ModelSpec.defaults(Variant.UNDERCOMPLETE));
    private final ObservableList<Knob> knobs = FXCollections.observableArrayList();
    private final ObservableList<Devices.Choice> devices = FXCollections.observableArrayList(new Devices.Choice("cpu", "CPU"));
    private final ObjectProperty<Devices.Choice> device = new SimpleObjectProperty<>(devices.get(0));
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready. Pick a data set and press Train.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final java.util.Set<String> hintsGiven = new java.util.HashSet<>();
    private final List<Double> epochTrainLoss = new java.util.ArrayList<>();
    private final List<Double> epochValidationLoss = new java.util.ArrayList<>();
    private long lastStep;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<LatentSnapshot> codes = new ReadOnlyObjectWrapper<>();
    private final CurveData curves = new CurveData();
    private final ReadOnlyObjectWrapper<RunInfo> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EpochResult> epochResult = new ReadOnlyObjectWrapper<>();

    /** Loading data sets and models, and the curves' PCA baseline: at a run's lower priority, as they run beside it. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            r -> org.latentlab.ml.device.BackgroundPriority.newThread(r, "latentlab-loader"));
    private final Map<String, Dataset> loaded = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
    private final FrameLoop frames = new FrameLoop(this::drainEvents);
    private TrainingService service;
    private Autoencoder trained;
    private List<String> classNames = List.of();
    private int totalEpochs;
    private int stepsPerEpoch;
    private final Throughput throughput = new Throughput();
    private final LatentViewModel latent = new LatentViewModel();
    private final DecoderService decoder = new DecoderService();
    private ModelSpec runSpec;
    private List<String> partNames = List.of();
    private String variantTitle = "";
    private double lastValidationMse = Double.NaN;
    private String phase = "";
    private String runDataset;
    private long runSeed;
    private TrainingMetrics runMetrics;
    private Weights latestWeights;
    private long loadGeneration;
    /** The data set being opened, cancelled when another is asked for. */
    private Task<Dataset> opening;
    /** The last split made, of which data set and by which seed. */
    private record SplitMade(Dataset data, long seed, Dataset.Split split) {}
    private SplitMade lastSplit;
    /** The curves' PCA baseline last computed: on which split, at which code size, and its MSE and label. */
    private record Baseline(Dataset.Split split, int k, double mse, String label) {}
    private Baseline lastBaseline;

    public TrainingViewModel() {
        DatasetCatalog.shipped().forEach(s -> datasets.add(new DatasetChoice(s.name(), s.title())));
        dataset.set(datasets.get(0));
        variant.addListener((obs, old, v) -> {
            if (v != null) {
                ModelSpec d = ModelSpec.defaults(v);
                latentSize.set(d.codeSize());
                hiddenLayers.set(org.latentlab.ml.model.Knobs.HIDDEN.format(d.hiddenSizes()));
                learningRate.set(d.learningRate());
                variantSpec.set(d);
                rebuildKnobs();
            }
        });
        state.addListener((obs, old, s) -> {
            if ((old == RunState.IDLE) != (s == RunState.IDLE)) {
                rebuildKnobs();
            }
        });
        rebuildKnobs();
        learningRate.addListener((obs, old, lr) -> {
            if (service != null && state.get() != RunState.IDLE) {
                service.setLearningRate(lr.doubleValue());
                notice.set("Learning rate = " + KnobEditors.format(lr.doubleValue()) + " from step " + String.format("%,d", lastStep + 1));
            }
        });
        frames.start();
        background.submit(() -> {
            List<Devices.Choice> found = Devices.available();
            Platform.runLater(() -> devices.setAll(found));
        });
    }

    /** The data and code size of the run in progress (set when it starts), for views that compare against it. */
    public record RunInfo(Dataset.Split split, int codeSize, String variantTitle, String datasetId, long seed) {
        /** True when both runs split the same data with the same seed, so sample {@code i} is the same image in both. */
        public boolean sameSplit(RunInfo other) {
            return other != null && datasetId.equals(other.datasetId) && seed == other.seed;
        }
    }

    /** What the model makes of the first validation images at an epoch end, and its validation MSE. */
    public record EpochResult(int epoch, double validationMse, int count, float[] inputs, float[] reconstructions) {}

    // ---- Properties

    /** The knobs of the chosen variant, for the sidebar's property sheet. */
    public ObservableList<Knob> knobs() {
        return knobs;
    }

    /** The chosen variant's own knobs (β, the sparsity penalty, the noise...), as a spec. */
    public ObjectProperty<ModelSpec> variantSpecProperty() {
        return variantSpec;
    }

    /** The run in progress or last run. */
    public ReadOnlyObjectProperty<RunInfo> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The newest epoch's reconstructions and validation MSE. */
    public ReadOnlyObjectProperty<EpochResult> epochResultProperty() {
        return epochResult.getReadOnlyProperty();
    }

    public ObservableList<DatasetChoice> datasets() {
        return datasets;
    }

    public ObjectProperty<DatasetChoice> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Variant> variantProperty() {
        return variant;
    }

    public IntegerProperty latentSizeProperty() {
        return latentSize;
    }

    /** The encoder's hidden layer sizes as typed, e.g. {@code 512}, {@code 256,64} or {@code none}. */
    public javafx.beans.property.StringProperty hiddenLayersProperty() {
        return hiddenLayers;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public ObservableList<Devices.Choice> devices() {
        return devices;
    }

    public ObjectProperty<Devices.Choice> deviceProperty() {
        return device;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line on what is happening: epoch, step, samples per second, time left. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last knob changed during the run, and from which step it counts; empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The newest hint from the run: a known pattern (over-fitting, posterior collapse, dead units,
     * divergence) in one sentence with what to do; empty when the run has shown none.
     */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The last error a person caused, as one sentence; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Progress of the run in [0,1], or −1 while loading. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The newest validation codes. */
    public ReadOnlyObjectProperty<LatentSnapshot> codesProperty() {
        return codes.getReadOnlyProperty();
    }

    /** The codes, selection and replay the latent views share. */
    public LatentViewModel latent() {
        return latent;
    }

    /** The inference thread that decodes for the views, kept in step with the run. */
    public DecoderService decoder() {
        return decoder;
    }

    /** The spec of the run in progress or last run (its input shape filled in), or null. */
    public ModelSpec runSpec() {
        return runSpec;
    }

    /** The loss history of the current run. */
    public CurveData curves() {
        return curves;
    }

    // ---- Commands

    /** Loads the data off the JavaFX thread, then starts a run with the current knobs. */
    public void train() {
        if (state.get() != RunState.IDLE) {
            return;
        }
        ModelSpec spec;
        try {
            ModelSpec.Builder b = variantSpec.get().toBuilder()
                    .hiddenSizes(parseHidden(hiddenLayers.get()))
                    .learningRate(learningRate.get())
                    .batchSize(batchSize.get());
            if (variant.get() == Variant.CONVOLUTIONAL) {
                b.bottleneck(latentSize.get() == ModelSpec.defaults(Variant.CONVOLUTIONAL).codeSize() ? 0 : latentSize.get());
            } else {
                b.latentSize(latentSize.get());
            }
            spec = b.build().validate();
            if (epochs.get() < 1) {
                throw new IllegalArgumentException("The number of epochs must be at least 1.");
            }
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        loadGeneration++;
        DatasetChoice choice = dataset.get();
        long runSeed = seed.get();
        String deviceId = device.get() == null ? "cpu" : device.get().id();
        int runEpochs = epochs.get();
        state.set(RunState.LOADING);
        progress.set(-1);
        status.set("Loading " + choice.title() + "…");
        Task<Dataset.Split> load = new Task<>() {
            @Override
            protected Dataset.Split call() {
                return split(dataset(choice.id()), runSeed);
            }
        };
        load.setOnSucceeded(e -> startRun(load.getValue(), spec, runEpochs, runSeed, deviceId));
        load.setOnFailed(e -> {
            state.set(RunState.IDLE);
            progress.set(0);
            error.set(Sentences.of(load.getException()));
            status.set("Ready.");
        });
        background.submit(load);
    }

    private void startRun(Dataset.Split split, ModelSpec spec, int runEpochs, long runSeed, String deviceId) {
        Dataset train = split.train();
        ModelSpec shaped = spec.withInputShape(train.channels(), train.height(), train.width());
        try {
            TrainingPlan plan = new TrainingPlan(split, shaped, runEpochs, runSeed, deviceId, 150).validate();
            showModel(split, shaped, dataset.get().id(), runSeed);
            totalEpochs = runEpochs;
            service = new TrainingService(plan, events::add);
            state.set(RunState.RUNNING);
            progress.set(0);
            status.set("Starting…");
            service.start();
        } catch (RuntimeException e) {
            state.set(RunState.IDLE);
            error.set(Sentences.of(e));
        }
    }

    /** Clears the views for a model of {@code spec} on {@code split}: a run about to start, or a model being loaded. */
    private void showModel(Dataset.Split split, ModelSpec spec, String datasetId, long modelSeed) {
        Dataset train = split.train();
        classNames = train.classNames();
        variantTitle = spec.variant().title();
        run.set(new RunInfo(split, spec.codeSize(), variantTitle, datasetId, modelSeed));
        epochResult.set(null);
        curves.clear();
        events.clear();
        throughput.reset();
        closeTrained();
        runSpec = spec;
        runDataset = datasetId;
        runSeed = modelSeed;
        runMetrics = null;
        latestWeights = null;
        partNames = List.of();
        phase = "";
        latent.clear();
        Dataset validation = split.validation();
        latent.setImages(validation.values(), validation.height(), validation.width());
        latent.variationalProperty().set(spec.variant() == Variant.VAE);
        computeBaseline(split, spec.codeSize());
        notice.set("");
        hint.set("");
        hintsGiven.clear();
        epochTrainLoss.clear();
        epochValidationLoss.clear();
        lastStep = 0;
    }

    /** Gives a hint once per run per kind. */
    private void giveHint(String kind, java.util.Optional<String> sentence) {
        if (sentence.isPresent() && hintsGiven.add(kind)) {
            hint.set(sentence.get());
        }
    }

    /** Looks at an epoch's codes for the patterns of the run's variant. */
    private void checkCodes(TrainingEvent.Codes c) {
        if (runSpec == null) {
            return;
        }
        int n = c.labels().length;
        if (runSpec.variant() == Variant.VAE) {
            giveHint("collapse", org.latentlab.analysis.RunHints.posteriorCollapse(c.codes(), n, c.latentSize()));
        } else if (runSpec.variant() == Variant.SPARSE
                || (runSpec.variant() == Variant.OVERCOMPLETE && runSpec.regulariser() == ModelSpec.Regulariser.SPARSE)) {
            giveHint("dead", org.latentlab.analysis.RunHints.deadUnitsHint(c.codes(), n, c.latentSize()));
        }
    }

    /**
     * Opens a saved model (a shipped one, a {@code train} checkpoint, or one from a session): its
     * data, spec and weights are read off the JavaFX thread, then every view shows it as if a run
     * had just ended, and the sidebar's knobs take its settings, so Train retrains the same model.
     * A folder that is missing, corrupt or from a newer version gets one sentence and changes nothing.
     */
    public CompletableFuture<Void> loadModel(Path folder) {
        return open(folder.getFileName().toString(), () -> {
            Checkpoints.Plain plain = Checkpoints.readPlain(folder);
            return new SavedModel(plain.checkpoint(), plain.weights());
        });
    }

    /** Shows a model already read (from a session), as {@link #loadModel} does; {@code source} names it in captions. */
    public CompletableFuture<Void> showSavedModel(SavedModel model, String source) {
        return open(source, () -> model);
    }

    private CompletableFuture<Void> open(String source, java.util.concurrent.Callable<SavedModel> read) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (state.get() != RunState.IDLE) {
            error.set("Stop the run before opening a model.");
            done.completeExceptionally(new IllegalStateException(error.get()));
            return done;
        }
        error.set("");
        long generation = ++loadGeneration;
        status.set("Opening the model " + source + "…");
        Task<LoadedModel> load = new Task<>() {
            @Override
            protected LoadedModel call() throws Exception {
                SavedModel saved = read.call();
                Checkpoint cp = saved.checkpoint();
                Dataset data;
                try {
                    data = dataset(cp.dataset());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("The model " + source + " was trained on " + cp.dataset()
                            + ", which cannot be opened: " + Sentences.of(e), e);
                }
                return new LoadedModel(source, cp, saved.weights(), split(data, cp.seed()));
            }
        };
        load.setOnSucceeded(e -> {
            if (generation != loadGeneration || state.get() != RunState.IDLE) {
                // A run started, or another model was asked for, while this one was read: that wins.
                done.cancel(false);
                return;
            }
            try {
                apply(load.getValue());
                done.complete(null);
            } catch (RuntimeException ex) {
                error.set(Sentences.of(ex));
                done.completeExceptionally(ex);
            }
        });
        load.setOnFailed(e -> {
            if (generation == loadGeneration) {
                error.set(Sentences.of(load.getException()));
                status.set("Ready.");
            }
            done.completeExceptionally(load.getException());
        });
        background.submit(load);
        return done;
    }

    /** A model read from disk, ready to show. */
    private record LoadedModel(String source, Checkpoint checkpoint, Weights weights, Dataset.Split split) {}

    private void apply(LoadedModel m) {
        Checkpoint cp = m.checkpoint();
        Dataset train = m.split().train();
        ModelSpec spec = cp.spec().withInputShape(train.channels(), train.height(), train.width());
        if (train.sampleSize() != spec.inputSize()) {
            throw new IllegalArgumentException("The model expects inputs of " + spec.inputSize() + " values but "
                    + train.name() + " has samples of " + train.sampleSize() + ".");
        }
        String datasetId = cp.dataset();
        selectDataset(datasetId, train);
        setKnobs(spec, cp.metrics().epochs(), cp.seed());
        showModel(m.split(), spec, datasetId, cp.seed());
        runMetrics = cp.metrics();
        totalEpochs = cp.metrics().epochs();
        latestWeights = m.weights();
        decoder.setWeights(spec, m.weights());
        for (TrainingMetrics.EpochRecord r : cp.metrics().history()) {
            curves.addStep(r.step(), (float) r.trainLoss());
            curves.addValidation(r.step(), (float) r.validationLoss(), r.validationMse());
        }
        String caption = String.format("%s · validation codes · %s (%d epochs)", variantTitle, m.source(), cp.metrics().epochs());
        Dataset validation = m.split().validation();
        boolean savedCodes = cp.validationCodes() != null && cp.validationLabels().length == validation.size();
        if (savedCodes && spec.variant() != Variant.VAE) {
            showCodes(new LatentSnapshot(cp.validationCodes(), cp.latentSize(), cp.validationLabels(), classNames, caption), m.weights());
        } else {
            // A VAE's codes come with the encoder's σ for each, which the checkpoint does not hold.
            encodeValidation("load", validation, spec, savedCodes ? cp.validationCodes() : null, caption)
                    .thenAccept(snapshot -> Platform.runLater(() -> {
                        if (runSpec == spec) {
                            showCodes(snapshot, m.weights());
                        }
                    }));
        }
        int count = Math.min(10, validation.size());
        float[] inputs = java.util.Arrays.copyOf(validation.values(), count * validation.sampleSize());
        double mse = cp.metrics().valMse();
        decoder.reconstruct("load", inputs, count).thenAccept(r -> Platform.runLater(() -> {
            if (runSpec == spec) {
                epochResult.set(new EpochResult(cp.metrics().epochs(), mse, count, inputs, r));
            }
        }));
        progress.set(1);
        status.set(String.format("Opened %s: %s on %s, %d epochs, validation MSE %.4f. Press Train to train it again from scratch.",
                m.source(), variantTitle, train.name(), cp.metrics().epochs(), mse));
    }

    private void showCodes(LatentSnapshot snapshot, Weights weights) {
        latent.accept(snapshot, weights, true);
        codes.set(snapshot);
    }

    /** Selects a data set already in the list (a shipped one by name, or an opened one by path); false if it is not there. */
    public boolean selectDataset(String id) {
        return datasets.stream().filter(c -> c.id().equals(id)).findFirst().map(c -> {
            dataset.set(c);
            return true;
        }).orElse(false);
    }

    /** Selects the data set a model was trained on, adding an opened folder to the list if needed. */
    private void selectDataset(String id, Dataset data) {
        DatasetChoice choice = datasets.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        if (choice == null) {
            choice = new DatasetChoice(id, data.name() + " (" + data.size() + ")");
            datasets.add(choice);
        }
        dataset.set(choice);
    }

    /** Puts a spec's settings into the sidebar's knobs. */
    public void setKnobs(ModelSpec spec, int runEpochs, long runSeed) {
        variant.set(spec.variant());
        latentSize.set(spec.codeSize());
        hiddenLayers.set(org.latentlab.ml.model.Knobs.HIDDEN.format(spec.hiddenSizes()));
        learningRate.set(spec.learningRate());
        batchSize.set(spec.batchSize());
        variantSpec.set(spec);
        if (runEpochs > 0) {
            epochs.set(runEpochs);
        }
        seed.set((int) runSeed);
        rebuildKnobs();
    }

    /**
     * The model on show as plain values, for saving it (a session, a lab report): its checkpoint
     * record and weights; null before any run or load, or before the first weights arrive.
     */
    public SavedModel currentModel() {
        LatentSnapshot shown = codes.get();
        if (runSpec == null || latestWeights == null || shown == null) {
            return null;
        }
        TrainingMetrics metrics = runMetrics != null ? runMetrics : curves.toMetrics();
        return new SavedModel(new Checkpoint(runSpec, runDataset, runSeed, metrics, shown.latentSize(), shown.codes(), shown.labels()),
                latestWeights);
    }

    /** A model's checkpoint record and its weights. */
    public record SavedModel(Checkpoint checkpoint, Weights weights) {}

    /** PCA's validation MSE at the run's code size, off the JavaFX thread (once per split and code size), as the curves' baseline. */
    private void computeBaseline(Dataset.Split split, int k) {
        Dataset train = split.train();
        Dataset validation = split.validation();
        if (k > 64 || k >= train.sampleSize()) {
            return;
        }
        Baseline known = lastBaseline;
        if (known != null && known.split() == split && known.k() == k) {
            curves.setBaseline(known.mse(), known.label());
            return;
        }
        CurveData target = curves;
        background.submit(() -> {
            Pca pca = Pca.fit(train.values(), train.size(), train.sampleSize(), Pca.Options.defaults().withComponents(k));
            double mse = pca.reconstructionError(validation.values(), validation.size(), k);
            String label = String.format("PCA with %d component%s: validation MSE %.4f", k, k == 1 ? "" : "s", mse);
            Platform.runLater(() -> {
                lastBaseline = new Baseline(split, k, mse, label);
                if (run.get() != null && run.get().split() == split) {
                    target.setBaseline(mse, label);
                }
            });
        });
    }

    /** Puts one line in the status bar (what a longer action outside the run is doing). */
    public void announce(String line) {
        status.set(line);
    }

    /** Shows why a value typed into a control was refused (the control keeps its last good value). */
    public void refuse(String sentence) {
        error.set(sentence);
    }

    /** Pauses a running run or resumes a paused one. */
    public void togglePause() {
        if (service == null) {
            return;
        }
        if (state.get() == RunState.RUNNING) {
            service.pause();
        } else if (state.get() == RunState.PAUSED) {
            service.resume();
        }
    }

    /** Runs one batch and pauses. */
    public void step() {
        if (service != null && (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED)) {
            service.step();
        }
    }

    /** Ends the run after its current step, keeping the model as it is. */
    public void stop() {
        if (service != null) {
            service.stop();
        }
    }

    /**
     * Opens a data set off the JavaFX thread and selects it, in any format of {@code DatasetReaders},
     * with its progress on the progress bar; opening another cancels it. A bad one gets one
     * sentence and leaves the choice as it was.
     */
    public void openDataset(Path folder) {
        error.set("");
        status.set("Opening " + folder + "…");
        if (opening != null) {
            opening.cancel();
        }
        double progressBefore = progress.get();
        Task<Dataset> open = new Task<>() {
            @Override
            protected Dataset call() {
                return DatasetCatalog.load(folder.toString(), ReadProgress.of(f -> updateProgress(f, 1), this::isCancelled));
            }
        };
        opening = open;
        open.progressProperty().addListener((o, was, now) -> {
            if (open.isRunning()) {
                progress.set(now.doubleValue());
            }
        });
        open.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                progress.set(progressBefore);
            }
        });
        open.setOnSucceeded(e -> {
            Dataset d = open.getValue();
            String id = folder.toAbsolutePath().toString();
            loaded.put(id, d);
            DatasetChoice choice = new DatasetChoice(id, d.name() + " (" + d.size() + ")");
            datasets.removeIf(c -> c.id().equals(id));
            datasets.add(choice);
            dataset.set(choice);
            status.set("Opened " + d.name() + ": " + d.size() + " images of " + d.height() + "×" + d.width() + ".");
        });
        open.setOnFailed(e -> {
            error.set(Sentences.of(open.getException()));
            status.set("Ready.");
        });
        background.submit(open);
    }

    /** Rebuilds the knob list: for a new variant, and when a run starts or ends (locked knobs are disabled). */
    private void rebuildKnobs() {
        knobs.setAll(VariantKnobs.of(this, () -> state.get() == RunState.IDLE));
    }

    /** Rebuilds the knob list from the current properties (after settings were restored). */
    public void refreshKnobs() {
        rebuildKnobs();
    }

    /** Passes a knob that may change mid-run to the run in progress. */
    <T> void applyLive(String change, org.latentlab.ml.model.Knob<T> knob, T value) {
        if (service != null && state.get() != RunState.IDLE) {
            service.setLive(knob, value);
            notice.set(change + " from step " + String.format("%,d", lastStep + 1));
        }
    }

    /** Stops any run and clears the curves, the codes and the views, keeping the knobs. */
    public void reset() {
        if (service != null) {
            service.stop();
        }
        curves.clear();
        latent.clear();
        epochResult.set(null);
        codes.set(null);
        error.set("");
        progress.set(0);
        status.set("Reset. Press Train to start again.");
    }

    static List<Integer> parseHidden(String text) {
        return org.latentlab.ml.model.Knobs.HIDDEN.parse(text == null ? "" : text);
    }

    private Dataset dataset(String id) {
        return loaded.computeIfAbsent(id, DatasetCatalog::load);
    }

    /**
     * {@code data} split into training and validation sets by {@code seed}: the same split object as
     * last time when the data and seed are the same (Train pressed on the model just loaded, or a run
     * started again), so neither the split nor the PCA fitted on it is computed twice.
     */
    private synchronized Dataset.Split split(Dataset data, long seed) {
        if (lastSplit == null || lastSplit.data() != data || lastSplit.seed() != seed) {
            lastSplit = new SplitMade(data, seed, data.split(DatasetCatalog.VALIDATION_FRACTION, seed));
        }
        return lastSplit.split();
    }

    // ---- Events, applied once per frame on the JavaFX thread

    private void drainEvents() {
        TrainingEvent event;
        TrainingEvent.Codes latestCodes = null;
        LatentSnapshot latestSnapshot = null;
        while ((event = events.poll()) != null) {
            if (event instanceof TrainingEvent.Codes c) {
                latestCodes = c;
                latestSnapshot = null;
                if (runSpec != null && c.weights() != null) {
                    latestWeights = c.weights();
                    // Before the views hear of the codes, so a view reacting to them finds a model to decode with.
                    decoder.setWeights(runSpec, c.weights());
                }
                if (c.epochEnd()) {
                    checkCodes(c);
                    // Every epoch's codes are recorded for the replay, even when newer codes arrive in the same frame.
                    latestSnapshot = snapshot(c);
                    latent.accept(latestSnapshot, c.weights(), true);
                }
            } else {
                apply(event);
            }
        }
        if (latestCodes != null) {
            if (latestSnapshot == null) {
                latestSnapshot = snapshot(latestCodes);
                latent.accept(latestSnapshot, latestCodes.weights(), false);
            }
            codes.set(latestSnapshot);
        }
    }

    private LatentSnapshot snapshot(TrainingEvent.Codes c) {
        return new LatentSnapshot(c.codes(), c.spreads(), c.latentSize(), c.labels(), classNames,
                String.format("%s · validation codes · epoch %d · step %d%s", variantTitle, c.epoch(),
                        c.step(), phase.isEmpty() ? "" : " · " + phase));
    }

    private void apply(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            stepsPerEpoch = s.stepsPerEpoch();
            if (s.deviceWarning() != null) {
                error.set(s.deviceWarning());
            }
            partNames = s.partNames();
            status.set(String.format("Training on %s: %,d parameters, %d steps per epoch.", s.device(), s.parameterCount(), s.stepsPerEpoch()));
        } else if (event instanceof TrainingEvent.PhaseStarted p) {
            phase = p.phases() > 1 ? "phase " + (p.index() + 1) + "/" + p.phases() + ": " + p.name() : "";
            curves.addPhase(p.step(), p.phases() > 1 ? p.name() : null);
            partNames = p.partNames();
        } else if (event instanceof TrainingEvent.Step s) {
            onStep(s);
        } else if (event instanceof TrainingEvent.Epoch e) {
            curves.addValidation(e.step(), e.validationLoss(), e.validationMse());
            lastValidationMse = e.validationMse();
            epochTrainLoss.add((double) e.trainLoss());
            epochValidationLoss.add((double) e.validationLoss());
            giveHint("overfitting", org.latentlab.analysis.RunHints.overfitting(epochTrainLoss, epochValidationLoss, 2));
        } else if (event instanceof TrainingEvent.Reconstructions r) {
            epochResult.set(new EpochResult(r.epoch(), lastValidationMse, r.count(), r.inputs(), r.reconstructions()));
        } else if (event instanceof TrainingEvent.StateChanged c) {
            state.set(c.paused() ? RunState.PAUSED : RunState.RUNNING);
            throughput.reset();
            if (c.paused()) {
                status.set("Paused. Press Train to go on, Step for one batch.");
            }
        } else if (event instanceof TrainingEvent.Finished f) {
            state.set(RunState.IDLE);
            progress.set(f.outcome() == TrainingResult.Outcome.COMPLETED ? 1 : progress.get());
            status.set(f.message() + String.format(" Training MSE %.5f, validation MSE %.5f.", f.metrics().trainMse(), f.metrics().valMse()));
            boolean diverged = f.outcome() == TrainingResult.Outcome.DIVERGED;
            if (diverged) {
                error.set(f.message());
                giveHint("diverged", java.util.Optional.of(f.message() + " Lower the learning rate about tenfold and press Train again."));
            }
            runMetrics = f.metrics();
            TrainingService done = service;
            done.result().thenAccept(r -> {
                // The kept weights are copied here, on the thread that finished the run, not on the JavaFX thread.
                Weights kept = diverged && r.model() != null ? r.model().weights() : null;
                Platform.runLater(() -> {
                    keepTrained(r.model());
                    if (kept != null) {
                        showKeptWeights(kept);
                    }
                });
            });
        } else if (event instanceof TrainingEvent.Failed f) {
            state.set(RunState.IDLE);
            error.set(f.message());
            status.set("Ready.");
        }
    }

    private static final long STATUS_INTERVAL_NANOS = 250_000_000L;
    private long statusShownAt;

    private void onStep(TrainingEvent.Step s) {
        lastStep = s.step();
        curves.addStep(s.step(), s.total(), partNames, s.parts());
        throughput.add(s.samples());
        long totalSteps = (long) stepsPerEpoch * totalEpochs;
        long now = System.nanoTime();
        boolean running = state.get() == RunState.RUNNING;
        if (running && now - statusShownAt < STATUS_INTERVAL_NANOS) {
            return; // the status line and the progress bar change four times a second: readable, and cheap to lay out
        }
        statusShownAt = now;
        progress.set(totalSteps == 0 ? 0 : (double) s.step() / totalSteps);
        if (running) {
            double samplesPerSecond = throughput.perSecond();
            double stepsPerSecond = samplesPerSecond / Math.max(1, batchSize.get());
            long left = stepsPerSecond > 0 ? Math.round((totalSteps - s.step()) / stepsPerSecond) : -1;
            status.set(String.format("%sEpoch %d/%d · step %,d · loss %.4f · %,.0f samples/s%s", phase.isEmpty() ? "" : phase + " · ", s.epoch(), totalEpochs,
                    s.step(), s.total(), samplesPerSecond, left >= 0 ? " · about " + duration(left) + " left" : ""));
        } else {
            status.set(String.format("Paused at step %,d · loss %.4f. Press Step for one more batch.", s.step(), s.total()));
        }
    }

    /** After a run diverged: the views show the last good weights it kept, not the codes of the failing steps. */
    private void showKeptWeights(Weights kept) {
        RunInfo info = run.get();
        if (info == null || runSpec == null) {
            return;
        }
        latestWeights = kept;
        decoder.setWeights(runSpec, kept);
        Dataset validation = info.split().validation();
        String caption = variantTitle + " · validation codes · the last good weights, kept after the run diverged";
        encodeValidation("kept", validation, runSpec, null, caption)
                .thenAccept(snapshot -> Platform.runLater(() -> showCodes(snapshot, kept)));
    }

    /**
     * The validation codes (encoded by the decoder's model unless {@code known}) with the encoder's σ
     * for each when it has one, on the decoder's thread.
     */
    private CompletableFuture<LatentSnapshot> encodeValidation(String channel, Dataset validation, ModelSpec spec, float[] known,
                                                               String caption) {
        CompletableFuture<float[]> codes = known != null ? CompletableFuture.completedFuture(known)
                : decoder.encode(channel + "-codes", validation.values(), validation.size());
        return codes.thenCombine(decoder.codeSpreads(channel + "-spreads", validation.values(), validation.size()),
                (z, spreads) -> new LatentSnapshot(z, spreads, spec.codeSize(), validation.labels(), classNames, caption));
    }

    private void keepTrained(Autoencoder model) {
        closeTrained();
        trained = model;
    }

    private void closeTrained() {
        if (trained != null) {
            trained.close();
            trained = null;
        }
    }

    private static String duration(long seconds) {
        return seconds < 90 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    /** Stops a run and frees the model and the loader thread. */
    @Override
    public void close() {
        frames.stop();
        if (service != null) {
            service.stop();
        }
        closeTrained();
        background.shutdownNow();
        latent.close();
        decoder.close();
    }
}
