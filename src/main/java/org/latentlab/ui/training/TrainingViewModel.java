package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.analysis.RunHints;
import org.latentlab.concurrent.Background;
import org.latentlab.data.Dataset;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.ml.train.TrainingEvent;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ml.train.TrainingService;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.latent.LatentSnapshot;

/**
 * A training run and its state machine (idle, loading, running, paused): it reads the form, loads
 * the data, runs a {@link TrainingService} and turns its events into the status line, the hints
 * and the {@link ShownModel}. Events arrive on the training thread, wait in a queue, and are applied
 * on the JavaFX thread once per frame, so the window never receives one {@code runLater} per step.
 */
public final class TrainingViewModel implements AutoCloseable {
    /** Where a run stands. */
    public enum RunState { IDLE, LOADING, RUNNING, PAUSED }

    private static final long STATUS_INTERVAL_NANOS = 250_000_000L;

    private final Background background;
    private final DataSets data;
    private final ExperimentForm form;
    private final ShownModel shown;
    private final ModelOpener opener;
    private final Executor loader;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready. Pick a data set and press Train.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final Set<String> hintsGiven = new HashSet<>();
    private final List<Double> epochTrainLoss = new ArrayList<>();
    private final List<Double> epochValidationLoss = new ArrayList<>();
    private final ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
    private final FrameLoop frames = new FrameLoop(this::drainEvents);
    private final Throughput throughput = new Throughput();
    private TrainingService service;
    private Autoencoder trained;
    private long lastStep;
    private int totalEpochs;
    private int stepsPerEpoch;
    private List<String> partNames = List.of();
    private double lastValidationMse = Double.NaN;
    private String phase = "";
    private long generation;
    private long statusShownAt;

    /** A run whose background work goes to {@code background}, on data shared through {@code data}. */
    public TrainingViewModel(Background background, DataSets data) {
        this.background = background;
        this.data = data;
        this.loader = data.loader();
        this.form = new ExperimentForm(data);
        this.shown = new ShownModel(background, data);
        this.opener = new ModelOpener(this);
        form.attach(() -> state.get() == RunState.IDLE, (change, spec) -> {
            if (service != null && state.get() != RunState.IDLE) {
                service.setTunables(spec);
                notice.set(change + " from step " + String.format("%,d", lastStep + 1));
            }
        });
        state.addListener((obs, old, s) -> {
            if ((old == RunState.IDLE) != (s == RunState.IDLE)) {
                form.refreshKnobs();
            }
        });
        form.learningRateProperty().addListener((obs, old, lr) -> {
            if (service != null && state.get() != RunState.IDLE) {
                service.setLearningRate(lr.doubleValue());
                notice.set("Learning rate = " + KnobEditors.format(lr.doubleValue()) + " from step " + String.format("%,d", lastStep + 1));
            }
        });
        frames.start();
    }

    // ---- Parts

    /** The sidebar's knobs, data set, epochs, seed and device. */
    public ExperimentForm form() {
        return form;
    }

    /** The model the views show. */
    public ShownModel shown() {
        return shown;
    }

    /** The data sets, splits and PCA this run shares with the other models on screen. */
    public DataSets data() {
        return data;
    }

    // ---- Properties

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

    // ---- Commands

    /** Loads the data off the JavaFX thread, then starts a run with the current knobs. */
    public void train() {
        if (state.get() != RunState.IDLE) {
            return;
        }
        ModelSpec spec;
        try {
            spec = form.spec();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        generation++;
        DataSets.Choice choice = form.datasetProperty().get();
        long runSeed = form.seedProperty().get();
        String deviceId = form.deviceId();
        int runEpochs = form.epochsProperty().get();
        state.set(RunState.LOADING);
        progress.set(-1);
        status.set("Loading " + choice.title() + "…");
        CompletableFuture.supplyAsync(() -> data.split(data.dataset(choice.id()), runSeed), loader)
                .whenComplete((split, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        state.set(RunState.IDLE);
                        progress.set(0);
                        error.set(sentence(failure));
                        status.set("Ready.");
                    } else {
                        startRun(split, spec, runEpochs, runSeed, deviceId, choice.id());
                    }
                }));
    }

    private void startRun(Dataset.Split split, ModelSpec spec, int runEpochs, long runSeed, String deviceId, String datasetId) {
        Dataset train = split.train();
        ModelSpec shaped = spec.withInputShape(train.channels(), train.height(), train.width());
        try {
            TrainingPlan plan = new TrainingPlan(split, shaped, runEpochs, runSeed, deviceId, 150).validate();
            showModel(split, shaped, datasetId, runSeed);
            totalEpochs = runEpochs;
            service = new TrainingService(plan, events::add);
            state.set(RunState.RUNNING);
            progress.set(0);
            status.set("Starting…");
            service.start(background);
        } catch (RuntimeException e) {
            state.set(RunState.IDLE);
            error.set(sentence(e));
        }
    }

    /** Clears the run's history and the views for a model of {@code spec} on {@code split}. */
    void showModel(Dataset.Split split, ModelSpec spec, String datasetId, long modelSeed) {
        events.clear();
        throughput.reset();
        closeTrained();
        partNames = List.of();
        phase = "";
        shown.show(split, spec, datasetId, modelSeed);
        notice.set("");
        hint.set("");
        hintsGiven.clear();
        epochTrainLoss.clear();
        epochValidationLoss.clear();
        lastStep = 0;
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

    /** Stops any run and clears the curves, the codes and the views, keeping the knobs. */
    public void reset() {
        if (service != null) {
            service.stop();
        }
        shown.clearViews();
        error.set("");
        progress.set(0);
        status.set("Reset. Press Train to start again.");
    }

    /**
     * Opens a data set off the JavaFX thread and selects it: an IDX folder, a folder with one
     * sub-folder of pictures per class, or a CSV file with a label column. A bad one gets one
     * sentence and leaves the choice as it was.
     */
    public void openDataset(Path folder) {
        error.set("");
        status.set("Opening " + folder + "…");
        data.open(folder).whenComplete((d, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                error.set(sentence(failure));
                status.set("Ready.");
                return;
            }
            form.datasetProperty().set(data.add(folder.toAbsolutePath().toString(), d));
            status.set("Opened " + d.name() + ": " + d.size() + " images of " + d.height() + "×" + d.width() + ".");
        }));
    }

    /**
     * Opens a saved model (a shipped one, a {@code train} checkpoint, or one from a session): every
     * view shows it as if a run had just ended, and the knobs take its settings. A folder that is
     * missing, corrupt or from a newer version gets one sentence and changes nothing.
     */
    public CompletableFuture<Void> loadModel(Path folder) {
        return opener.load(folder);
    }

    /** Shows a model already read (from a session), as {@link #loadModel} does; {@code source} names it in captions. */
    public CompletableFuture<Void> showSavedModel(ShownModel.SavedModel model, String source) {
        return opener.show(model, source);
    }

    // ---- For the model opener

    boolean idle() {
        return state.get() == RunState.IDLE;
    }

    /** A new load: any load or run asked for before it loses. */
    long nextGeneration() {
        return ++generation;
    }

    boolean isLatest(long g) {
        return g == generation;
    }

    void setError(String sentence) {
        error.set(sentence);
    }

    void setStatus(String line) {
        status.set(line);
    }

    void setLoaded(double p, int epochs) {
        progress.set(p);
        totalEpochs = epochs;
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
                if (shown.spec() != null && c.weights() != null) {
                    // Before the views hear of the codes, so a view reacting to them finds a model to decode with.
                    shown.setWeights(c.weights());
                }
                if (c.epochEnd()) {
                    checkCodes(c);
                    // Every epoch's codes are recorded for the replay, even when newer codes arrive in the same frame.
                    latestSnapshot = snapshot(c);
                    shown.latent().accept(latestSnapshot, c.weights(), true);
                }
            } else {
                apply(event);
            }
        }
        if (latestCodes != null) {
            if (latestSnapshot == null) {
                latestSnapshot = snapshot(latestCodes);
                shown.latent().accept(latestSnapshot, latestCodes.weights(), false);
            }
            shown.setCodes(latestSnapshot);
        }
    }

    private LatentSnapshot snapshot(TrainingEvent.Codes c) {
        return new LatentSnapshot(c.codes(), c.spreads(), c.latentSize(), c.labels(), shown.classNames(),
                String.format("%s · validation codes · epoch %d · step %d%s", shown.variantTitle(), c.epoch(),
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
            shown.curves().addPhase(p.step(), p.phases() > 1 ? p.name() : null);
            partNames = p.partNames();
        } else if (event instanceof TrainingEvent.Step s) {
            onStep(s);
        } else if (event instanceof TrainingEvent.Epoch e) {
            shown.curves().addValidation(e.step(), e.validationLoss(), e.validationMse());
            lastValidationMse = e.validationMse();
            epochTrainLoss.add((double) e.trainLoss());
            epochValidationLoss.add((double) e.validationLoss());
            giveHint("overfitting", RunHints.overfitting(epochTrainLoss, epochValidationLoss, 2));
        } else if (event instanceof TrainingEvent.Reconstructions r) {
            shown.setEpochResult(new ShownModel.EpochResult(r.epoch(), lastValidationMse, r.count(), r.inputs(), r.reconstructions()));
        } else if (event instanceof TrainingEvent.StateChanged c) {
            state.set(c.paused() ? RunState.PAUSED : RunState.RUNNING);
            throughput.reset();
            if (c.paused()) {
                status.set("Paused. Press Train to go on, Step for one batch.");
            }
        } else if (event instanceof TrainingEvent.Finished f) {
            finished(f);
        } else if (event instanceof TrainingEvent.Failed f) {
            state.set(RunState.IDLE);
            error.set(f.message());
            status.set("Ready.");
        }
    }

    private void finished(TrainingEvent.Finished f) {
        state.set(RunState.IDLE);
        progress.set(f.outcome() == TrainingResult.Outcome.COMPLETED ? 1 : progress.get());
        status.set(f.message() + String.format(" Training MSE %.5f, validation MSE %.5f.", f.metrics().trainMse(), f.metrics().valMse()));
        boolean diverged = f.outcome() == TrainingResult.Outcome.DIVERGED;
        if (diverged) {
            error.set(f.message());
            giveHint("diverged", Optional.of(f.message() + " Lower the learning rate about tenfold and press Train again."));
        }
        shown.setMetrics(f.metrics());
        service.result().thenAccept(r -> {
            // The kept weights are copied here, on the thread that finished the run, not on the JavaFX thread.
            Weights kept = diverged && r.model() != null ? r.model().weights() : null;
            Platform.runLater(() -> {
                keepTrained(r.model());
                if (kept != null) {
                    shown.showKeptWeights(kept);
                }
            });
        });
    }

    private void onStep(TrainingEvent.Step s) {
        lastStep = s.step();
        shown.curves().addStep(s.step(), s.total(), partNames, s.parts());
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
            double stepsPerSecond = samplesPerSecond / Math.max(1, form.batchSizeProperty().get());
            long left = stepsPerSecond > 0 ? Math.round((totalSteps - s.step()) / stepsPerSecond) : -1;
            status.set(String.format("%sEpoch %d/%d · step %,d · loss %.4f · %,.0f samples/s%s", phase.isEmpty() ? "" : phase + " · ", s.epoch(), totalEpochs,
                    s.step(), s.total(), samplesPerSecond, left >= 0 ? " · about " + duration(left) + " left" : ""));
        } else {
            status.set(String.format("Paused at step %,d · loss %.4f. Press Step for one more batch.", s.step(), s.total()));
        }
    }

    /** Gives a hint once per run per kind. */
    private void giveHint(String kind, Optional<String> sentence) {
        if (sentence.isPresent() && hintsGiven.add(kind)) {
            hint.set(sentence.get());
        }
    }

    /** Looks at an epoch's codes for the patterns of the run's variant. */
    private void checkCodes(TrainingEvent.Codes c) {
        ModelSpec spec = shown.spec();
        if (spec == null) {
            return;
        }
        int n = c.labels().length;
        if (spec.variant() == Variant.VAE) {
            giveHint("collapse", RunHints.posteriorCollapse(c.codes(), n, c.latentSize()));
        } else if (spec.variant() == Variant.SPARSE
                || (spec.variant() == Variant.OVERCOMPLETE && spec.regulariser() == ModelSpec.Regulariser.SPARSE)) {
            giveHint("dead", RunHints.deadUnitsHint(c.codes(), n, c.latentSize()));
        }
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

    static String sentence(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.endsWith(".") ? m : m + ".";
    }

    /** Stops the run and frees the model, the decoder and the latent view model's work. */
    @Override
    public void close() {
        frames.stop();
        if (service != null) {
            service.stop();
        }
        closeTrained();
        shown.close();
    }
}
