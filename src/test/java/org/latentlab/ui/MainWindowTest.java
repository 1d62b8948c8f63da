package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
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

    @Test
    void trainShowsALiveCurveAndTheLatentScatterAndStopEndsTheRun(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#train").queryAs(Button.class).getText()).isEqualTo("Train");
        assertThat(window.curveView().pointCount()).isZero();

        robot.interact(() -> model.form().epochsProperty().set(50));
        robot.clickOn("#train");
        waitUntil(() -> model.stateProperty().get() == RunState.RUNNING);
        waitUntil(() -> window.curveView().pointCount() > 0);
        int early = window.curveView().pointCount();
        waitUntil(() -> window.curveView().pointCount() > early + 20);

        // The scatter shows every validation code, coloured by class, with a legend of the classes.
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        assertThat(window.latentView().legendClasses()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        robot.clickOn(robot.from(window.latentView()).lookup("#legend-3").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        int withoutThrees = window.latentView().drawnPointCount();
        assertThat(withoutThrees).isBetween(1700, 1900);

        robot.clickOn("#stop");
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE);
        int stoppedAt = window.curveView().pointCount();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.curveView().pointCount()).isEqualTo(stoppedAt);
        assertThat(model.statusProperty().get()).contains("Stopped at step");
        assertThat(robot.lookup("#train").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aLoadedModelsReplayBarDoesNotClaimItRecordedOneEpoch(FxRobot robot) throws Exception {
        load("mnist-vae-2d");
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        // The shipped model trained for 30 epochs; the window holds only its last codes, so there is nothing to replay.
        javafx.scene.control.Label position = robot.lookup("#replay-position").queryAs(javafx.scene.control.Label.class);
        assertThat(position.getText()).isEqualTo("live");
        assertThat(robot.lookup("#replay").query().isDisabled()).isTrue();
    }

    @Test
    void aVaesScatterDrawsEachCodesSigmaEllipseAndPresenterModeEnlargesItsType(FxRobot robot) throws Exception {
        load("mnist-vae-2d");
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        javafx.scene.control.CheckBox spreads = robot.from(window.latentView()).lookup("#spread-ellipses").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(spreads.isVisible()).as("the σ option shows for a VAE").isTrue();
        assertThat(window.latentView().drawnEllipseCount()).isZero();
        robot.clickOn(spreads);
        // Each code's 1σ ellipse: the encoder's σ came with the loaded model's codes.
        waitUntil(() -> window.latentView().drawnEllipseCount() > 1000);
        assertThat(window.latentView().drawnEllipseCount()).isLessThanOrEqualTo(2000);

        assertThat(window.latentView().typeScale()).isEqualTo(1.0);
        robot.interact(() -> window.setPresenterMode(true));
        waitUntil(() -> window.latentView().typeScale() > 1.0);
        robot.interact(() -> window.setPresenterMode(false));
        waitUntil(() -> window.latentView().typeScale() == 1.0);

        // An autoencoder has no σ: the option goes away.
        load("mnist-undercomplete-2d");
        waitUntil(() -> !spreads.isVisible());
        waitUntil(() -> window.latentView().drawnPointCount() == 2000 && window.latentView().drawnEllipseCount() == 0);
    }

    @Test
    void anOutOfRangeKnobIsRefusedWithASentenceAndNothingStarts(FxRobot robot) throws Exception {
        javafx.scene.control.TextField lr = robot.lookup("#knob-learning-rate").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            lr.setText("-1");
            lr.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).isEqualTo(
                "The learning rate must be in (0, 1]; '-1' was not taken, it stays 0.001.");
        assertThat(model.form().learningRateProperty().get()).isEqualTo(1e-3);
        assertThat(lr.getText()).isEqualTo("0.001");
        assertThat(robot.lookup("#error").queryLabeled().isVisible()).isTrue();

        robot.interact(() -> model.form().hiddenLayersProperty().set("512,abc"));
        robot.clickOn("#train");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.errorProperty().get()).contains("'abc' is not a size");
        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
    }

    @Test
    void comparisonViewShowsPcaBesideTheAutoencoderOnTheSameSplit(FxRobot robot) throws Exception {
        robot.interact(() -> model.form().epochsProperty().set(2));
        robot.clickOn("#train");
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().epochResultProperty().get() != null);
        var view = window.comparisonView();
        robot.clickOn("PCA vs AE");
        // PCA's scatter shows every validation image, with the same classes in its legend.
        waitUntil(() -> view.pcaScatter().drawnPointCount() == 2000);
        assertThat(view.pcaScatter().legendClasses()).hasSize(10);
        // Inputs, PCA's and the autoencoder's reconstructions of the same 10 images.
        waitUntil(() -> view.reconstructionTiles() == 30);
        // PCA's error for k = 1..64, and the autoencoder's point at k = 2: the run's validation MSE.
        var series = view.errorChart().getData();
        assertThat(series.get(0).getData()).hasSize(64);
        assertThat(series.get(1).getData()).hasSize(1);
        double pcaAt2 = series.get(0).getData().get(1).getYValue().doubleValue();
        double ae = series.get(1).getData().get(0).getYValue().doubleValue();
        assertThat(series.get(1).getData().get(0).getXValue().intValue()).isEqualTo(2);
        assertThat(pcaAt2).isEqualTo(view.model().pcaProperty().get().errorByK()[1]);
        assertThat(ae).isEqualTo(model.shown().epochResultProperty().get().validationMse());
        assertThat(robot.lookup("#eigen-images").queryAs(javafx.scene.layout.TilePane.class).getChildren()).hasSize(17);

        // Training again on the same data and seed keeps the split: PCA is not fitted a second time,
        // and the curves show PCA's baseline from the run's start instead of after a new fit.
        var fitted = view.model().pcaProperty().get();
        waitUntil(() -> Double.isFinite(model.shown().curves().baseline()));
        robot.interact(model::train);
        waitUntil(() -> model.stateProperty().get() == RunState.RUNNING);
        assertThat(Double.isFinite(model.shown().curves().baseline())).as("baseline at the run's start").isTrue();
        assertThat(model.shown().curves().baselineLabel()).startsWith("PCA with 2 components");
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE);
        assertThat(view.model().pcaProperty().get()).isSameAs(fitted);
    }

    @Test
    void choosingAVariantShowsItsDescriptionAndLoadsItsKnobs(FxRobot robot) {
        robot.interact(() -> model.form().variantProperty().set(org.latentlab.ml.model.Variant.SPARSE));
        assertThat(model.form().latentSizeProperty().get()).isEqualTo(64);
        assertThat(model.form().hiddenLayersProperty().get()).isEqualTo("none");
        assertThat(robot.lookup(".variant-description").queryLabeled().getText()).contains("penalty keeps most of its units near zero");
        assertThat(robot.lookup("#knob-latent").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("64");
        // The sparse variant's own knobs appear, each with its range in the tooltip.
        var weight = robot.lookup("#knob-sparsity-weight").queryAs(javafx.scene.control.TextField.class);
        assertThat(weight.getText()).isEqualTo("0.1");
        assertThat(weight.getTooltip().getText()).contains("0–1000").contains("next training step");
        assertThat(robot.lookup("#knob-beta").tryQuery()).isEmpty();

        robot.interact(() -> model.form().variantProperty().set(org.latentlab.ml.model.Variant.VAE));
        assertThat(model.form().latentSizeProperty().get()).isEqualTo(2);
        assertThat(model.form().hiddenLayersProperty().get()).isEqualTo("512");
        assertThat(robot.lookup(".variant-description").queryLabeled().getText()).contains("KL term");
        assertThat(robot.lookup("#knob-beta").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("1");
    }

    @Test
    void anUnreadableDataFileIsRefusedWithASentenceAndTheChoiceStays(FxRobot robot) throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("latentlab-bad", ".csv");
        java.nio.file.Files.writeString(bad, "label,a,b,c\n1,0,0,0\n");
        var before = model.form().datasetProperty().get();
        robot.interact(() -> model.openDataset(bad));
        waitUntil(() -> !model.errorProperty().get().isEmpty());
        // Three feature columns are not a square picture: the file is read as a table, which needs more than one row.
        assertThat(model.errorProperty().get()).isEqualTo(bad.getFileName() + " has only one row: a table needs at least two rows to learn from.");
        assertThat(model.form().datasetProperty().get()).isEqualTo(before);
        assertThat(model.form().datasets()).hasSize(org.latentlab.data.DatasetCatalog.shipped().size());
        java.nio.file.Files.delete(bad);
    }

    /** Opens a shipped model in the window, as File › Shipped models does, and waits until it is read. */
    private void load(String name) throws Exception {
        java.nio.file.Path folder = org.latentlab.persistence.ShippedModels.find(name).orElseThrow().folder();
        java.util.concurrent.CompletableFuture<java.util.concurrent.CompletableFuture<Void>> loading = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> loading.complete(model.loadModel(folder)));
        loading.get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
    }

    /** Waits for what a person would wait for; the limit only ends a stuck test, on a loaded machine too. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
