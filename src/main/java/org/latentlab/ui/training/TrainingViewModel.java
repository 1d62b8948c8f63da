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

/**
 * A training run and its state machine (idle, loading, running, paused): it reads the form, loads
 * the data, runs a {@link TrainingService} and turns its events into the status line, the hints
 * and the {@link ShownModel}. Events arrive on the training thread, wait in a queue, and are applied
 * on the JavaFX thread once per frame, so the window never receives one {@code runLater} per step.
 */
public final class TrainingViewModel implements RunControls, Messages, OpenCommands, AutoCloseable {
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
    /** A stop was asked for and the run has not ended yet: the status says so and stops counting. */
    private boolean stopping;

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
        form.whenTheModelNamedChanges(this::forgetIfOtherModel);
        frames.start();
    }

    /**
     * While idle, the views show only the model the sidebar names: once another data set, variant,
     * code size or hidden layers are chosen, the old model's views are cleared and the status line says what to do.
     */
    private void forgetIfOtherModel() {
        if (state.get() != RunState.IDLE || shown.spec() == null || form.names(shown)) {
            return;
        }
        shown.forget();
        hints.clear();
        progress.set(0);
        status.set("The views were cleared: they showed another model than the one named here. Press Train to train the "
                + "variant chosen here (" + form.variantProperty().get().title() + ") on " + form.datasetProperty().get().title() + ".");
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

    @Override
    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty hintProperty() {
        return hints.hintProperty();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    // ---- Commands

    @Override
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
                        status.set("The data did not load; the sidebar says why.");
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
            stopping = false;
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

    @Override
    public void announce(String line) {
        status.set(line);
    }

    @Override
    public void refuse(String sentence) {
        error.set(sentence);
    }

    @Override
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

    @Override
    public void step() {
        if (service != null && (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED)) {
            service.step();
        }
    }

    @Override
    public void stop() {
        if (service != null) {
            service.stop();
            if (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED) {
                stopping = true;
                status.set("Stopping…");
            }
        }
    }

    @Override
    public void reset() {
        if (service != null) {
            service.stop();
        }
        shown.clearViews();
        error.set("");
        progress.set(0);
        status.set("Reset. Press Train to start again.");
    }

    @Override
    public void openDataset(Path folder) {
        opener.openDataset(folder, org.latentlab.data.Preparation.DIGITS);
    }

    @Override
    public void openDataset(Path folder, org.latentlab.data.Preparation preparation) {
        opener.openDataset(folder, preparation);
    }

    @Override
    public CompletableFuture<org.latentlab.data.Preparation.Mode> guessMode(Path folder) {
        return data.guessMode(folder);
    }

    @Override
    public CompletableFuture<Void> loadModel(Path folder) {
        return opener.load(folder);
    }

    @Override
    public CompletableFuture<Void> showSavedModel(ShownModel.SavedModel model, String source) {
        return opener.show(model, source);
    }

    // ---- For the opener

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
        ShownModel.FrameCodes codes = shown.frameCodes(phase);
        while ((event = events.poll()) != null) {
            if (event instanceof TrainingEvent.Codes c) {
                if (codes.take(c) && shown.spec() != null) {
                    hints.codes(shown.spec(), c);
                }
            } else {
                apply(event);
            }
        }
        codes.show();
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
            if (c.paused() && !stopping) {
                status.set("Paused. Press Train to go on, Step for one batch.");
            }
        } else if (event instanceof TrainingEvent.Finished f) {
            finished(f);
        } else if (event instanceof TrainingEvent.Failed f) {
            state.set(RunState.IDLE);
            error.set(f.message());
            status.set("The run failed; the sidebar says why.");
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
        if (line != null && !stopping) {
            progress.set(line.progress());
            status.set(line.status());
        }
    }

    /** Stops the run and frees the model, the decoder and the latent view model's work. */
    @Override
    public void close() {
        generation++; // a model still being read when the window closes is not shown
        frames.stop();
        if (service != null) {
            service.stop();
        }
        shown.close();
    }
}
