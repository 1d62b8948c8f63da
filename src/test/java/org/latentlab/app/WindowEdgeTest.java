package org.latentlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.concurrent.Background;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.ui.help.CrashDialog;
import org.latentlab.ui.help.LogFolder;
import org.latentlab.ui.shell.ViewModels;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A throwable no code caught becomes one sentence in the window's error line, and the window goes on. */
@ExtendWith(ApplicationExtension.class)
class WindowEdgeTest {
    private ViewModels models;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new Label("Latent Lab tests"), 400, 300));
        stage.show();
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

    @Test
    void anUncaughtThrowableOpensOneDialogWithTheSentenceTheLogAndCopyDetails(FxRobot robot) throws Exception {
        List<Path> opened = new CopyOnWriteArrayList<>();
        boolean[] canOpen = {false};
        LogFolder folder = new LogFolder(dir, f -> {
            if (!canOpen[0]) {
                throw new UnsupportedOperationException("no desktop");
            }
            opened.add(f);
        }, Runnable::run);
        CrashDialog dialog = new CrashDialog(() -> stage, folder);
        WindowEdge.install(models.training(), dialog::show);
        Thread t = new Thread(() -> {
            throw new IllegalStateException("The decoder was asked for a code of 3 values but takes 2.");
        }, "latentlab-test-crash");
        t.start();
        t.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#crash-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("The decoder was asked for a code of 3 values but takes 2.");
        Label where = robot.lookup("#crash-where").queryAs(Label.class);
        assertThat(where.getText()).contains(Logging.file().toString()).doesNotContain("Exception");
        assertThat(texts(pane)).noneMatch(s -> s.contains("at org.latentlab") || s.contains("IllegalStateException"));

        robot.clickOn(CrashDialog.COPY);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertThat(copied).contains("java.lang.IllegalStateException: The decoder was asked for a code of 3 values but takes 2.")
                .contains("at org.latentlab.app.WindowEdgeTest").contains("Java ").contains("JavaFX ").contains("DJL 0.36")
                .contains("libtorch 2.7.1").contains("Thread latentlab-test-crash");
        assertThat(pane.getScene().getWindow().isShowing()).as("Copy details leaves the dialog open").isTrue();

        robot.clickOn(CrashDialog.OPEN_FOLDER);
        Label note = robot.lookup("#crash-note").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> note.getText().contains("cannot open a folder"));
        assertThat(note.getText()).isEqualTo("Latent Lab cannot open a folder on this desktop; the log is in " + dir + ".");
        canOpen[0] = true;
        robot.clickOn(CrashDialog.OPEN_FOLDER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(dir);

        Thread again = new Thread(() -> {
            throw new IllegalStateException("A second problem.");
        }, "latentlab-test-crash-2");
        again.start();
        again.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> note.getText().startsWith("1 more problem"));
        assertThat(robot.lookup("#crash-dialog").queryAll()).as("one dialog at a time").hasSize(1);
        assertThat(dialog.details()).contains("A second problem.").contains("The decoder was asked");
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crash-dialog").tryQuery()).isEmpty();
    }

    private static List<String> texts(Node root) {
        List<String> out = new java.util.ArrayList<>();
        if (root instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (root instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}
