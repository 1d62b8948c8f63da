package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each view of the explorer, after a short real training run on the shipped digits. */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewsTest {
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
        models.close();
    }

    private void trainEpochs(FxRobot robot, int epochs) throws Exception {
        robot.interact(() -> model.form().epochsProperty().set(epochs));
        robot.interact(model::train);
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() == epochs);
    }

    @Test
    void everyViewShowsTheRunAndTheReplayRecordsEachEpoch(FxRobot robot) throws Exception {
        trainEpochs(robot, 3);
        // Latent space: every validation code, the classes in the legend, a decoded lattice beside it.
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        assertThat(window.latentView().legendClasses()).hasSize(10);
        waitUntil(() -> window.gridView().decodedTileCount() == 15 * 15);
        robot.interact(() -> window.gridView().sizeSlider().setValue(20));
        waitUntil(() -> window.gridView().decodedTileCount() == 20 * 20);

        // Replay: one frame per epoch; going back shows that epoch's codes, "live" the newest.
        assertThat(model.shown().latent().frameCountProperty().get()).isEqualTo(3);
        var live = model.shown().latent().shownProperty().get();
        robot.interact(() -> model.shown().latent().replayFrameProperty().set(0));
        assertThat(model.shown().latent().shownProperty().get()).isNotSameAs(live);
        assertThat(model.shown().latent().shownProperty().get().caption()).contains("epoch 1");
        robot.interact(() -> model.shown().latent().replayFrameProperty().set(-1));
        assertThat(model.shown().latent().shownProperty().get()).isSameAs(live);

        // Reconstructions: ten pairs, and the worst on request.
        robot.interact(() -> window.show("reconstructions"));
        waitUntil(() -> window.reconstructionsView().shownPairs() == 10);
        robot.clickOn("#find-worst");
        waitUntil(() -> window.reconstructionsView().worstShown() == 10);

        // Filters: the first layer's 512 units, the first 100 drawn.
        robot.interact(() -> window.show("filters"));
        waitUntil(() -> window.filtersView().unitCount() == 100);
        // Resting the pointer on a unit's tile names that unit.
        javafx.scene.layout.Pane filterTiles = robot.lookup("#filter-tiles").queryAs(javafx.scene.layout.Pane.class);
        robot.moveTo(filterTiles.getChildren().get(2));
        waitUntil(() -> shownTooltip(robot).contains("Unit 3:"));
        robot.moveTo(filterTiles.getChildren().get(7));
        waitUntil(() -> shownTooltip(robot).contains("Unit 8:"));

        // Generate: 32 samples; Sample draws new codes.
        robot.interact(() -> window.show("generate"));
        waitUntil(() -> window.generateView().shownCount() == 32);
        float[] first = window.generateView().lastCodes();
        robot.clickOn("#resample");
        waitUntil(() -> window.generateView().lastCodes() != first);
        assertThat(window.generateView().lastCodes()).isNotEqualTo(first);

        // Curves: the total, the validation loss, and PCA's error at k = 2 as the baseline.
        assertThat(window.curveView().legendNames()).contains("training total (smoothed)", "validation loss");
        waitUntil(() -> Double.isFinite(model.shown().curves().baseline()));
        assertThat(model.shown().curves().baselineLabel()).startsWith("PCA with 2 components");
    }

    /** The text of the tooltip on screen, or "" when none shows. */
    private static String shownTooltip(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText())
                .findFirst().orElse("");
    }

    @Test
    void aClickInTheExplorePlaneDecodesThereAndTheSliderEndsReproduceTheTwoCodes(FxRobot robot) throws Exception {
        trainEpochs(robot, 2);
        robot.interact(() -> window.show("explore"));
        var plane = window.exploreView().planeView();
        waitUntil(() -> plane.drawnPointCount() == 2000);

        double[] bounds = plane.viewBoundsProperty().get();
        Point2D a = plane.localToScreen(plane.pixelOf(bounds[0] + 0.1 * (bounds[1] - bounds[0]), bounds[2] + 0.1 * (bounds[3] - bounds[2])));
        robot.clickOn(a);
        waitUntil(() -> window.exploreView().probeDecoded() != null);
        float[] first = window.exploreView().probeDecoded();
        Point2D b = plane.localToScreen(plane.pixelOf(bounds[1] - 0.1 * (bounds[1] - bounds[0]), bounds[3] - 0.1 * (bounds[3] - bounds[2])));
        robot.clickOn(b);
        waitUntil(() -> window.exploreView().probeDecoded() != first);
        assertThat(maxDifference(first, window.exploreView().probeDecoded())).isGreaterThan(0.1);

        // Interpolation from the first 0 to the first 1: t = 0 and t = 1 decode exactly their codes.
        int[] labels = model.shown().latent().shownProperty().get().labels();
        int zero = firstOf(labels, 0);
        int one = firstOf(labels, 1);
        robot.interact(() -> {
            window.exploreView().pickSample(zero);
            window.exploreView().pickSample(one);
        });
        float[] decodedA = model.shown().decoder().decode("test", model.shown().latent().codeOf(zero), 1).get(30, TimeUnit.SECONDS);
        float[] decodedB = model.shown().decoder().decode("test", model.shown().latent().codeOf(one), 1).get(30, TimeUnit.SECONDS);
        robot.interact(() -> window.exploreView().interpolationSlider().setValue(0));
        waitUntil(() -> window.exploreView().interpolationDecoded() != null
                && maxDifference(window.exploreView().interpolationDecoded(), decodedA) < 1e-6);
        robot.interact(() -> window.exploreView().interpolationSlider().setValue(1));
        waitUntil(() -> maxDifference(window.exploreView().interpolationDecoded(), decodedB) < 1e-6);
        assertThat(maxDifference(decodedA, decodedB)).isGreaterThan(0.1);
    }

    @Test
    void shapeKnobsLockDuringARunWhileTheLiveOnesStillTakeValues(FxRobot robot) throws Exception {
        robot.interact(() -> model.form().variantProperty().set(Variant.VAE));
        robot.interact(() -> model.form().epochsProperty().set(50));
        robot.interact(model.form()::refreshKnobs);
        robot.interact(model::train);
        waitUntil(() -> model.stateProperty().get() == RunState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#knob-latent").queryAs(TextField.class).isDisabled()).isTrue();
        TextField beta = robot.lookup("#knob-beta").queryAs(TextField.class);
        assertThat(beta.isDisabled()).isFalse();
        robot.interact(() -> {
            beta.setText("4");
            beta.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(model.form().variantSpecProperty().get().beta()).isEqualTo(4.0);
        assertThat(model.noticeProperty().get()).startsWith("β (KL weight) = 4 from step ");
        robot.interact(() -> {
            beta.setText("5000");
            beta.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(model.errorProperty().get()).isEqualTo("β must be between 0 and 1000; '5000' was not taken, it stays 4.");
        assertThat(beta.getText()).isEqualTo("4");
        robot.interact(model::stop);
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#knob-latent").queryAs(TextField.class).isDisabled()).isFalse();
    }

    private static int firstOf(int[] labels, int label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        throw new AssertionError("no sample of class " + label);
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
