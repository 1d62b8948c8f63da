package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ml.model.Variant;
import org.latentlab.persistence.Preset;
import org.latentlab.persistence.PresetLibrary;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presets as a student meets them: chosen during a run they offer to stop it, and their texts say what the window shows. */
@ExtendWith(ApplicationExtension.class)
class PresetsTest {
    private org.latentlab.ui.shell.ViewModels models;
    private TrainingViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        models = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
        model = models.training();
        window = new MainWindow(models);
        stage.setScene(new Scene(window, 1280, 820));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> models.close());
    }

    @Test
    void aPresetChosenDuringARunOffersToStopTheRun(FxRobot robot) throws Exception {
        Preset linear = PresetLibrary.builtIn().get(0);
        robot.interact(() -> {
            model.form().hiddenLayersProperty().set("16");
            model.form().epochsProperty().set(200);
            model.train();
        });
        waitUntil(() -> model.stateProperty().get() == RunState.RUNNING);

        // Cancel: the run goes on and the sidebar keeps its knobs.
        robot.interact(() -> window.presets().apply(linear));
        DialogPane ask = waitForQuestion(robot);
        assertThat(ask.getHeaderText()).isEqualTo("Stop the run and set up “" + linear.title() + "”?");
        assertThat(buttonText(ask, 0)).isEqualTo("Stop and set up");
        assertThat(buttonText(ask, 1)).isEqualTo("Cancel");
        robot.clickOn(button(ask, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#preset-confirm").tryQuery()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(RunState.RUNNING);
        assertThat(model.form().variantProperty().get()).isEqualTo(Variant.UNDERCOMPLETE);
        assertThat(model.errorProperty().get()).isEmpty();

        // Stop and set up: the run stops, then the preset is on screen.
        robot.interact(() -> window.presets().apply(linear));
        robot.clickOn(button(waitForQuestion(robot), "Stop and set up"));
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.form().variantProperty().get() == Variant.LINEAR);
        assertThat(model.statusProperty().get()).doesNotContain("Stop the run");
        assertThat(window.selected().id()).isEqualTo("compare");
        assertThat(window.noteText()).isEqualTo(linear.description());
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void theAutoencoderBesideTheVaePresetSaysWhereEachPanelIs(FxRobot robot) throws Exception {
        Preset holes = PresetLibrary.builtIn().get(1);
        robot.interact(() -> window.presets().apply(holes));
        waitUntil(() -> window.sideBySideModel().panels().size() == 2);
        Node ae = window.sideBySideView().panelOf(window.sideBySideModel().panels().get(0));
        Node vae = window.sideBySideView().panelOf(window.sideBySideModel().panels().get(1));
        waitUntil(() -> ae.getLayoutBounds().getHeight() > 0 && vae.getLayoutBounds().getHeight() > 0);
        Bounds first = ae.localToScene(ae.getLayoutBounds());
        Bounds second = vae.localToScene(vae.getLayoutBounds());
        String text = holes.description();
        if (second.getMinY() >= first.getMaxY()) {
            // Stacked: the autoencoder above the VAE.
            assertThat(text).contains("Above, a plain autoencoder").contains("Below, a VAE").doesNotContain("Left").doesNotContain("Right");
        } else {
            assertThat(second.getMinX()).isGreaterThanOrEqualTo(first.getMaxX());
            assertThat(text).contains("Left, a plain autoencoder").contains("Right, a VAE");
        }
    }

    @Test
    void theSparsityPresetCallsThePenaltyWeightByItsSidebarName(FxRobot robot) throws Exception {
        // A preset that asks the student to change a knob calls it by the name the sidebar shows.
        Preset sparse = PresetLibrary.builtIn().get(3);
        robot.interact(() -> window.presets().apply(sparse));
        waitUntil(() -> model.form().variantProperty().get() == Variant.SPARSE);
        WaitForAsyncUtils.waitForFxEvents();
        String knob = org.latentlab.ml.model.Knobs.SPARSITY_WEIGHT.name();
        assertThat(sparse.description().toLowerCase(java.util.Locale.ROOT)).contains("set the " + knob.toLowerCase(java.util.Locale.ROOT) + " to 0");
        assertThat(robot.lookup("#knob-sparsity-weight").tryQuery()).isPresent();
    }

    private static DialogPane waitForQuestion(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#preset-confirm").tryQuery().isPresent());
        return robot.lookup("#preset-confirm").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t)).filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static String buttonText(DialogPane pane, int i) {
        return ((Button) pane.lookupButton(pane.getButtonTypes().get(i))).getText();
    }
}
