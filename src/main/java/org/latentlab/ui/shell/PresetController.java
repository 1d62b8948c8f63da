package org.latentlab.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.latentlab.errors.Sentences;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.persistence.Preset;
import org.latentlab.persistence.PresetLibrary;
import org.latentlab.ui.training.ExperimentForm;
import org.latentlab.ui.training.Messages;
import org.latentlab.ui.training.OpenCommands;
import org.latentlab.ui.training.RunControls;
import org.latentlab.ui.training.RunState;

/**
 * Puts a preset on screen: its data set, variant and knobs in the sidebar, the shipped models it
 * names in the main window and the side-by-side panels, its view, and its sentences on what to
 * look for; starts training when the preset says so. Chosen during a run, it first asks whether to
 * stop the run.
 */
public final class PresetController {
    private final MainWindow window;
    private final ExperimentForm form;
    private final RunControls run;
    private final OpenCommands open;
    private final Messages messages;

    /** Puts presets into {@code window}'s sidebar {@code form}, opening through {@code open} and starting {@code run}. */
    public PresetController(MainWindow window, ExperimentForm form, RunControls run, OpenCommands open, Messages messages) {
        this.window = window;
        this.form = form;
        this.run = run;
        this.open = open;
        this.messages = messages;
    }

    /** The confirmation's button that stops the run and then sets the preset up. */
    static final String STOP_AND_SET_UP = "Stop and set up";

    /**
     * Applies a preset. While a run is going, first asks whether to stop it ("Stop and set up" or
     * "Cancel"); the future completes once the preset is set up, or fails when the person cancels.
     */
    public CompletableFuture<Void> apply(Preset preset) {
        if (!run.idle()) {
            return confirmStop(preset);
        }
        return setUp(preset);
    }

    /** Asks whether to stop the run for {@code preset}; on yes, stops it and sets the preset up once it has stopped. */
    private CompletableFuture<Void> confirmStop(Preset preset) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ButtonType stop = new ButtonType(STOP_AND_SET_UP, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", stop, cancel);
        ask.setTitle("A run is going");
        ask.setHeaderText("Stop the run and set up “" + preset.title() + "”?");
        ask.setContentText("The model trained so far stays on show until the preset replaces it.");
        ask.getDialogPane().setId("preset-confirm");
        if (window.getScene() != null && window.getScene().getWindow() != null) {
            ask.initOwner(window.getScene().getWindow());
        }
        ask.setOnHidden(e -> {
            if (ask.getResult() != stop) {
                done.completeExceptionally(new java.util.concurrent.CancellationException("the run goes on"));
                return;
            }
            afterStop(() -> setUp(preset).whenComplete((v, t) -> {
                if (t != null) {
                    done.completeExceptionally(t);
                } else {
                    done.complete(null);
                }
            }));
        });
        ask.show();
        return done;
    }

    /** Stops the run and runs {@code then} on the JavaFX thread once it is idle (a run still loading its data is stopped once it starts). */
    private void afterStop(Runnable then) {
        if (run.idle()) {
            then.run();
            return;
        }
        javafx.beans.value.ChangeListener<RunState> watch = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunState> obs, RunState old, RunState now) {
                if (now == RunState.IDLE) {
                    run.stateProperty().removeListener(this);
                    then.run();
                } else if (now == RunState.RUNNING) {
                    run.stop();
                }
            }
        };
        run.stateProperty().addListener(watch);
        run.stop();
    }

    private CompletableFuture<Void> setUp(Preset preset) {
        String view = ViewRegistry.find(window.views(), preset.view()).map(ViewDescriptor::id).orElse(null);
        if (view == null) {
            messages.refuse("The preset “" + preset.title() + "” asks for a view called " + preset.view() + ", which does not exist.");
            return CompletableFuture.failedFuture(new IllegalArgumentException(preset.view()));
        }
        messages.refuse("");
        CompletableFuture<Void> opened;
        if (preset.open() != null) {
            opened = open.loadModel(ShippedModels.find(preset.open()).orElseThrow().folder());
        } else {
            opened = CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = opened.handle((v, e) -> null).thenRun(() -> javafx.application.Platform.runLater(() -> {
            if (!form.selectDataset(preset.dataset())) {
                open.openDataset(Path.of(preset.dataset()));
            }
            form.setKnobs(preset.spec(), preset.epochs(), form.seedProperty().get());
            if (preset.train()) {
                run.train();
            }
        }));
        if (!preset.sideBySide().isEmpty()) {
            window.sideBySideModel().clear();
            preset.sideBySide().forEach(name -> window.sideBySideModel().load(ShippedModels.find(name).orElseThrow().folder()));
        }
        window.show(view);
        window.showNote(preset.title(), preset.description());
        return done;
    }

    /** Reads a preset file an instructor wrote and applies it; a bad file gets one sentence and changes nothing. */
    public void open(Path file) {
        Preset preset;
        try {
            preset = PresetLibrary.read(file);
        } catch (java.io.IOException | RuntimeException | StackOverflowError e) {
            messages.refuse(Sentences.of(e));
            return;
        }
        apply(preset);
    }
}
