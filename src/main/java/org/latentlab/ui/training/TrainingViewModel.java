package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.errors.Sentences;
import org.latentlab.concurrent.Background;
import org.latentlab.data.Dataset;
import org.latentlab.ml.model.ModelSpec;
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

    private final Background background;
    private final DataSets data;
    private final ExperimentForm form;
    private final ShownModel shown;
    private final Opener opener;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready. Pick a data set and press Train.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Hints hints = new Hints();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    /** The current run's events; each run gets its own queue, so a finishing run's late events never reach the next. */
    private ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
    private final FrameLoop frames = new FrameLoop(this::drainEvents);
    private final StepLine stepLine = new StepLine();
    private TrainingService service;
    private long lastStep;
    private List<String> partNames = List.of();
    private double lastValidationMse = Double.NaN;
    private String phase = "";
    private long generation;

    /** A run whose background work goes to {@code background}, on data shared through {@code data}. */
    public TrainingViewModel(Background background, DataSets data) {
        this.background = background;
        this.data = data;
        this.form = new ExperimentForm(data);
        this.shown = new ShownModel(background, data);
        this.opener = new Opener(this);
        form.attach(() -> state.get() == RunState.IDLE, change -> {
            if (service != null && state.get() != RunState.IDLE) {
                applyLive(change);
                notice.set(change.change() + " from step " + String.format("%,d", lastStep + 1));
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
        javafx.beans.InvalidationListener otherModel = o -> forgetIfOtherModel();
        form.datasetProperty().addListener(otherModel);
        form.variantProperty().addListener(otherModel);
        form.latentSizeProperty().addListener(otherModel);
        form.hiddenLayersProperty().addListener(otherModel);
        frames.start();
    }

    /**
     * While idle, the views show only the model the sidebar names: once another data set, variant,
     * code size or hidden layers are chosen, the old model's views are cleared and the status line says what to do.
     */
    private void forgetIfOtherModel() {
        DataSets.Choice choice = form.datasetProperty().get();
        if (state.get() != RunState.IDLE || shown.spec() == null || choice == null) {
            return;
        }
        List<Integer> hidden;
        try {
            hidden = ExperimentForm.parseHidden(form.hiddenLayersProperty().get());
        } catch (IllegalArgumentException e) {
            return; // half-typed: the model on show stays until the text names another
        }
        if (!shown.belongsTo(choice.id(), form.variantProperty().get(), form.latentSizeProperty().get(), hidden)) {
            shown.forget();
            hints.clear();
            progress.set(0);
            status.set("The views were cleared: they showed another model than the one named here. Press Train to train the "
                    + "variant chosen here (" + form.variantProperty().get().title() + ") on " + choice.title() + ".");
        }
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
        return hints.hintProperty();
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
        CompletableFuture.supplyAsync(() -> data.split(data.dataset(choice.id()), runSeed), data.loader())
                .whenComplete((split, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        state.set(RunState.IDLE);
                        progress.set(0);
                        error.set(Sentences.of(failure));
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
            stepLine.start(runEpochs);
            ConcurrentLinkedQueue<TrainingEvent> queue = events;
            service = new TrainingService(plan, queue::add);
            state.set(RunState.RUNNING);
            progress.set(0);
            status.set("Starting…");
            service.start(background);
        } catch (RuntimeException e) {
            state.set(RunState.IDLE);
            error.set(Sentences.of(e));
        }
    }

    /** Clears the run's history and the views for a model of {@code spec} on {@code split}. */
    void showModel(Dataset.Split split, ModelSpec spec, String datasetId, long modelSeed) {
        events = new ConcurrentLinkedQueue<>();
        partNames = List.of();
        phase = "";
        shown.show(split, spec, datasetId, modelSeed);
        notice.set("");
        hints.clear();
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
        opener.openDataset(folder);
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

    // ---- For the opener

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

    private <T> void applyLive(ExperimentForm.LiveChange<T> change) {
        service.setLive(change.knob(), change.value());
    }

    void showProgress(double p) {
        progress.set(p);
    }

    void setLoaded(double p, int epochs) {
        progress.set(p);
        stepLine.start(epochs);
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
                    if (shown.spec() != null) {
                        hints.codes(shown.spec(), c);
                    }
                    // Every epoch's codes are recorded for the replay, even when newer codes arrive in the same frame.
                    latestSnapshot = shown.snapshot(c, phase);
                    shown.latent().accept(latestSnapshot, c.weights(), true);
                }
            } else {
                apply(event);
            }
        }
        if (latestCodes != null) {
            if (latestSnapshot == null) {
                latestSnapshot = shown.snapshot(latestCodes, phase);
                shown.latent().accept(latestSnapshot, latestCodes.weights(), false);
            }
            shown.setCodes(latestSnapshot);
        }
    }

    private void apply(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            stepLine.setStepsPerEpoch(s.stepsPerEpoch());
            if (s.deviceWarning() != null) {
                error.set(s.deviceWarning());
            }
            partNames = s.partNames();
            status.set(String.format("Training on %s: %,d parameters, %d steps per epoch.", s.device(), s.parameterCount(), s.stepsPerEpoch()));
        } else if (event instanceof TrainingEvent.PhaseStarted p) {
            phase = p.phases() > 1 ? "phase " + (p.index() + 1) + "/" + p.phases() + ": " + p.name() : "";
            shown.curves().addPhase(p.step(), p.phases() > 1 ? p.name() : null);
            hints.phase();
            partNames = p.partNames();
        } else if (event instanceof TrainingEvent.Step s) {
            onStep(s);
        } else if (event instanceof TrainingEvent.Epoch e) {
            shown.curves().addValidation(e.step(), e.validationLoss(), e.validationMse());
            lastValidationMse = e.validationMse();
            hints.epoch(e);
        } else if (event instanceof TrainingEvent.Reconstructions r) {
            shown.setEpochResult(new ShownModel.EpochResult(r.epoch(), lastValidationMse, r.count(), r.inputs(), r.reconstructions()));
        } else if (event instanceof TrainingEvent.StateChanged c) {
            state.set(c.paused() ? RunState.PAUSED : RunState.RUNNING);
            stepLine.resetThroughput();
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
            hints.diverged(f.message());
        }
        shown.setMetrics(f.metrics());
        shown.keep(service.result(), diverged);
    }

    private void onStep(TrainingEvent.Step s) {
        lastStep = s.step();
        shown.curves().addStep(s.step(), s.total(), partNames, s.parts());
        StepLine.Line line = stepLine.step(s, state.get() == RunState.RUNNING, form.batchSizeProperty().get(), phase);
        if (line != null) {
            progress.set(line.progress());
            status.set(line.status());
        }
    }

    /** Stops the run and frees the model, the decoder and the latent view model's work. */
    @Override
    public void close() {
        frames.stop();
        if (service != null) {
            service.stop();
        }
        shown.close();
    }
}
