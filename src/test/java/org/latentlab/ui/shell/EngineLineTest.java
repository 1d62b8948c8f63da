package org.latentlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.training.ExperimentForm;
import org.latentlab.ui.training.RunControls;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While the training engine starts the sidebar says so with a bar and Train waits, saying why; then Train is there. */
@ExtendWith(ApplicationExtension.class)
class EngineLineTest {
    private final SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
    private final SimpleStringProperty line = new SimpleStringProperty(ExperimentForm.FIRST_START);
    private final SimpleObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.IDLE);
    private ViewModels models;

    @Start
    void start(Stage stage) {
        RunControls run = new RunControls() {
            @Override
            public ReadOnlyObjectProperty<RunState> stateProperty() {
                return state;
            }

            @Override
            public void train() { }

            @Override
            public void togglePause() { }

            @Override
            public void step() { }

            @Override
            public void stop() { }

            @Override
            public void reset() { }
        };
        var readOnlyReady = new javafx.beans.property.ReadOnlyBooleanWrapper();
        readOnlyReady.bind(ready);
        var readOnlyLine = new javafx.beans.property.ReadOnlyStringWrapper();
        readOnlyLine.bind(line);
        VBox box = new VBox(new EngineLine(readOnlyReady.getReadOnlyProperty(), readOnlyLine.getReadOnlyProperty()),
                new RunButtons(run, readOnlyReady.getReadOnlyProperty()));
        stage.setScene(new Scene(box, 320, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        if (models != null) {
            models.close();
        }
    }

    @Test
    void theFirstStartIsSaidWithABarAndTrainWaitsWithATooltipUntilTheEngineIsReady(FxRobot robot) {
        Button train = robot.lookup("#train").queryButton();
        Label text = robot.lookup("#engine-text").queryAs(Label.class);
        ProgressBar bar = robot.lookup("#engine-progress").queryAs(ProgressBar.class);
        assertThat(text.getText()).isEqualTo("Preparing the training engine (first start only)…");
        assertThat(text.isVisible() && bar.isVisible()).isTrue();
        assertThat(train.isDisabled()).isTrue();
        StackPane holder = robot.lookup("#train-holder").queryAs(StackPane.class);
        assertThat(tooltip(holder)).isEqualTo(RunButtons.ENGINE_NOT_READY);

        robot.interact(() -> {
            line.set("");
            ready.set(true);
        });
        assertThat(robot.lookup("#engine-line").query().isVisible()).isFalse();
        assertThat(train.isDisabled()).isFalse();
        assertThat(tooltip(holder)).isNull();
        robot.interact(() -> state.set(RunState.RUNNING));
        assertThat(train.isDisabled()).as("the run's own rule still holds").isTrue();
    }

    @Test
    void anEngineThatCannotStartIsOneSentenceWithoutABarAndTrainStaysUnavailable(FxRobot robot) {
        String why = "The training engine could not start, so Train is unavailable: no space left on the device.";
        robot.interact(() -> line.set(why));
        assertThat(robot.lookup("#engine-text").queryAs(Label.class).getText()).isEqualTo(why);
        assertThat(robot.lookup("#engine-progress").query().isVisible()).isFalse();
        assertThat(robot.lookup("#train").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theWindowsFormSaysNothingOnceTheEngineHasStarted() throws Exception {
        models = ViewModels.create(Background.threaded());
        ExperimentForm form = models.training().form();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> form.engineReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.engineLineProperty().get()).isEmpty();
        assertThat(form.devices()).isNotEmpty();
    }

    private static String tooltip(javafx.scene.Node n) {
        Object t = n.getProperties().get("javafx.scene.control.Tooltip");
        return t instanceof Tooltip tip ? tip.getText() : null;
    }
}
