package org.latentlab.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.latentlab.errors.Sentences;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.persistence.Preset;
import org.latentlab.persistence.PresetLibrary;
import org.latentlab.ui.training.ExperimentForm;
import org.latentlab.ui.training.Messages;
import org.latentlab.ui.training.OpenCommands;
import org.latentlab.ui.training.RunControls;

/**
 * Puts a preset on screen: its data set, variant and knobs in the sidebar, the shipped models it
 * names in the main window and the side-by-side panels, its view, and its sentences on what to
 * look for; starts training when the preset says so.
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

    /** Applies a preset; refused with a sentence while a run is going. */
    public CompletableFuture<Void> apply(Preset preset) {
        if (!run.idle()) {
            messages.refuse("Stop the run before choosing a preset.");
            return CompletableFuture.failedFuture(new IllegalStateException("running"));
        }
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
