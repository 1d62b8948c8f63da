package org.latentlab.ui.help;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.latentlab.errors.Sentences;

/** The folder holding the log, opened in the desktop's file manager off the JavaFX thread; a sentence when it cannot be. */
public final class LogFolder {
    /** How this desktop shows a folder (the app wires java.awt.Desktop or HostServices). */
    @FunctionalInterface
    public interface Opener {
        void open(Path folder) throws Exception;
    }

    private final Path folder;
    private final Opener opener;
    private final Executor lane;

    public LogFolder(Path folder, Opener opener, Executor lane) {
        this.folder = folder;
        this.opener = opener;
        this.lane = lane;
    }

    public Path folder() {
        return folder;
    }

    /** Opens the folder (making it first if need be); {@code cannot} gets one sentence on the JavaFX thread when that fails. */
    public void open(Consumer<String> cannot) {
        lane.execute(() -> {
            String why;
            try {
                Files.createDirectories(folder);
            } catch (Exception e) {
                why = Sentences.after("The log folder " + folder + " cannot be made", e);
                Platform.runLater(() -> cannot.accept(why));
                return;
            }
            try {
                opener.open(folder);
            } catch (Exception | LinkageError e) {
                String sentence = "Latent Lab cannot open a folder on this desktop; the log is in " + folder + ".";
                Platform.runLater(() -> cannot.accept(sentence));
            }
        });
    }
}
