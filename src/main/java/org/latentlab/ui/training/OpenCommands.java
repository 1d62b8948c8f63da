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

    /** Opens a folder of pictures prepared as {@code preparation} says (as pictures of a size and colour, or as digits). */
    void openDataset(Path folder, org.latentlab.data.Preparation preparation);

    /** A guess, off the JavaFX thread, of whether a folder of pictures holds digits (ink on paper) or pictures. */
    CompletableFuture<org.latentlab.data.Preparation.Mode> guessMode(Path folder);

    /**
     * Opens a saved model (a shipped one, a {@code train} checkpoint): every view shows it as if a
     * run had just ended, and the knobs take its settings. A bad folder changes nothing.
     */
    CompletableFuture<Void> loadModel(Path folder);

    /** Shows a model already read (from a session), as {@link #loadModel} does; {@code source} names it in captions. */
    CompletableFuture<Void> showSavedModel(ShownModel.SavedModel model, String source);
}
