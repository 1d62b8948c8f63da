package org.latentlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.shell.ViewModels;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A throwable no code caught becomes one sentence in the window's error line, and the window goes on. */
@ExtendWith(ApplicationExtension.class)
class WindowEdgeTest {
    private ViewModels models;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @Start
    void start(Stage stage) {
        models = ViewModels.create(Background.threaded());
    }

    @AfterEach
    void close() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        models.close();
    }

    @Test
    void anUncaughtThrowableOnAnyThreadIsOneSentenceInTheWindowNamingTheLog() throws Exception {
        WindowEdge.install(models.training());
        Thread t = new Thread(() -> {
            throw new IllegalArgumentException("The picture is 0×0 pixels.");
        }, "latentlab-test-edge");
        t.start();
        t.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !models.training().errorProperty().get().isEmpty());
        String error = models.training().errorProperty().get();
        assertThat(error).startsWith("The picture is 0×0 pixels.").contains(Logging.file().toString()).doesNotContain("Exception")
                .doesNotContain("\n");

        Thread bug = new Thread(() -> {
            throw new NullPointerException("Cannot invoke \"Object.toString()\" because \"m\" is null");
        }, "latentlab-test-bug");
        bug.start();
        bug.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !models.training().errorProperty().get().equals(error));
        assertThat(models.training().errorProperty().get()).startsWith("Something went wrong inside Latent Lab.")
                .doesNotContain("Cannot invoke").doesNotContain("null");
    }
}
