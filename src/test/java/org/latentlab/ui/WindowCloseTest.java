package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.app.ExplorerApp;
import org.latentlab.concurrent.Background;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the window stops every thread the application started. */
@ExtendWith(ApplicationExtension.class)
class WindowCloseTest {
    private Set<Thread> before;
    private ViewModels models;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        before = ourThreads();
        models = ViewModels.create(Background.threaded());
        Scene scene = ExplorerApp.createScene(models);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void afterTheWindowClosesNoLatentLabThreadIsLeft(FxRobot robot) throws Exception {
        TrainingViewModel main = models.training();
        // Every kind of background work at once: a run, the comparison's PCA, a side-by-side panel's own run,
        // decoding for the views.
        robot.interact(() -> {
            MainWindow window = (MainWindow) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter();
            window.show("compare");
            main.form().epochsProperty().set(50);
        });
        MainWindowTest.waitUntil(() -> main.stateProperty().get() == RunState.IDLE && main.shown().codesProperty().get() != null);
        robot.interact(() -> {
            main.train();
            models.sideBySide().train(Variant.UNDERCOMPLETE);
        });
        MainWindowTest.waitUntil(() -> main.stateProperty().get() == RunState.RUNNING
                && models.sideBySide().panels().get(0).stateProperty().get() == RunState.RUNNING);
        assertThat(Set.copyOf(ourThreads())).as("work is running on latentlab- threads").isNotEqualTo(before);

        robot.interact(stage::close);

        Set<String> left = ourThreads().stream().filter(t -> !before.contains(t)).map(Thread::getName).collect(Collectors.toSet());
        assertThat(left).as("latentlab- threads left after the window closed").isEmpty();
    }

    private static Set<Thread> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(Background.THREAD_PREFIX)).collect(Collectors.toSet());
    }
}
