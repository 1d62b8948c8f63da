package org.latentlab.app;

import javafx.application.Platform;
import org.latentlab.errors.Sentences;
import org.latentlab.ui.training.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's last line of defence: a throwable that no code caught, on any thread, becomes one
 * sentence in the window's error line, naming the log that holds its stack trace, and the window goes on.
 */
final class WindowEdge {
    private static final Logger LOG = LoggerFactory.getLogger(WindowEdge.class);

    private WindowEdge() {}

    /** Sends every uncaught throwable to {@code messages} from now on. */
    static void install(Messages messages) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> report(messages, thread, e));
    }

    static void report(Messages messages, Thread thread, Throwable e) {
        LOG.error("Uncaught on {}", thread.getName(), e);
        String sentence = Sentences.of(e, "Something went wrong inside Latent Lab") + " The details are in the log, " + Logging.file() + ".";
        if (Platform.isFxApplicationThread()) {
            messages.refuse(sentence);
        } else {
            Platform.runLater(() -> messages.refuse(sentence));
        }
    }
}
