package org.latentlab.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.latentlab.ui.help.AppVersions;
import org.latentlab.ui.help.CrashReport;
import org.latentlab.ui.training.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's last line of defence: a throwable that no code caught, on any thread, is logged with
 * its stack trace, becomes one sentence in the window's error line naming the log, and opens the
 * crash dialog; the window goes on.
 */
final class WindowEdge {
    private static final Logger LOG = LoggerFactory.getLogger(WindowEdge.class);

    private WindowEdge() {}

    /** Sends every uncaught throwable to {@code messages} from now on. */
    static void install(Messages messages) {
        install(messages, report -> { });
    }

    /** Sends every uncaught throwable to {@code messages} and, on the JavaFX thread, to {@code dialog}. */
    static void install(Messages messages, Consumer<CrashReport> dialog) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> report(messages, dialog, thread, e));
    }

    static void report(Messages messages, Consumer<CrashReport> dialog, Thread thread, Throwable e) {
        LOG.error("Uncaught on {}", thread.getName(), e);
        CrashReport report;
        try {
            report = CrashReport.of(e, thread.getName(), Logging.writing().orElse(null), AppVersions.current());
        } catch (RuntimeException | LinkageError broken) {
            LOG.error("The crash report itself failed", broken);
            report = new CrashReport("Something went wrong inside Latent Lab.", Logging.writing().orElse(null), e.toString());
        }
        CrashReport r = report;
        String sentence = r.sentence() + " " + r.whereDetailsAre();
        Runnable show = () -> {
            messages.refuse(sentence);
            try {
                dialog.accept(r);
            } catch (RuntimeException failed) {
                LOG.error("The crash dialog could not be shown", failed);
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
