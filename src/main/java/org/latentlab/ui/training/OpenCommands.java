package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Opening a data set or a saved model into the window, off the JavaFX thread; a bad one gets one sentence. */
public interface OpenCommands {
    /**
     * Opens a data set (a file or folder one of the data set readers reads) and selects it; a bad
     * one leaves the choice as it was.
     */
    void openDataset(Path path);

    /**
     * Opens a saved model (a shipped one, a {@code train} checkpoint): every view shows it as if a
     * run had just ended, and the knobs take its settings. A bad folder changes nothing.
     */
    CompletableFuture<Void> loadModel(Path folder);

    /** Shows a model already read (from a session), as {@link #loadModel} does; {@code source} names it in captions. */
    CompletableFuture<Void> showSavedModel(ShownModel.SavedModel model, String source);
}
