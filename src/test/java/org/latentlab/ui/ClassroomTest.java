package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.app.ExplorerApp;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.sidebyside.ModelPanel;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as an instructor meets it: a trained model on show at once, the AE beside the VAE, bad files refused. */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {
    private TrainingViewModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new TrainingViewModel();
        Scene scene = ExplorerApp.createScene(model);
        window = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    @AfterEach
    void close() {
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.sideBySideModel().close());
        model.close();
    }

    @Test
    void theWindowOpensOnATrainedLatentSpaceWithoutPressingTrain() throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        assertThat(model.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.IDLE);
        assertThat(window.latentView().legendClasses()).hasSize(10);
        assertThat(model.variantProperty().get()).isEqualTo(Variant.UNDERCOMPLETE);
        assertThat(model.latentSizeProperty().get()).isEqualTo(2);
        // The curves show the model's history and the grid decodes with its weights.
        assertThat(window.curveView().pointCount()).isPositive();
        waitUntil(() -> window.gridView().decodedTileCount() > 0);
        assertThat(model.statusProperty().get()).contains("mnist-undercomplete-2d");
    }

    @Test
    void aCorruptModelFolderIsRefusedWithASentenceAndTheWindowKeepsItsModel() throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        Path bad = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(bad.resolve("spec.json"), "{ \"format\": 1, \"model\": ");
        javafx.application.Platform.runLater(() -> model.loadModel(bad));
        waitUntil(() -> !model.errorProperty().get().isEmpty());
        assertThat(model.errorProperty().get()).contains("broken").contains("corrupt").endsWith(".");
        assertThat(window.latentView().drawnPointCount()).isEqualTo(2000);
        assertThat(model.currentModel()).isNotNull();
    }

    @Test
    void theAutoencoderBesideTheVaeIsOneClickAndHoverIsLinked(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(MainWindow.View.SIDE_BY_SIDE));
        robot.clickOn("#ae-vs-vae");
        waitUntil(() -> window.sideBySideModel().panels().size() == 2
                && window.sideBySideModel().panels().stream().allMatch(p -> p.codesProperty().get() != null));
        TrainingViewModel ae = window.sideBySideModel().panels().get(0);
        TrainingViewModel vae = window.sideBySideModel().panels().get(1);
        assertThat(ae.runProperty().get().variantTitle()).isEqualTo(Variant.UNDERCOMPLETE.title());
        assertThat(vae.runProperty().get().variantTitle()).isEqualTo(Variant.VAE.title());
        ModelPanel left = window.sideBySideView().panelOf(ae);
        ModelPanel right = window.sideBySideView().panelOf(vae);
        waitUntil(() -> left.scatter().drawnPointCount() == 2000 && right.scatter().drawnPointCount() == 2000);

        // The VAE's codes sit in a far more compact region than the autoencoder's.
        assertThat(spread(vae)).isLessThan(spread(ae) / 2);

        // Hover a point in the autoencoder's plot: the VAE's panel rings the same sample.
        LatentScatterView scatter = left.scatter();
        float[] z = ae.latent().codeOf(123);
        javafx.geometry.Point2D[] at = new javafx.geometry.Point2D[1];
        robot.interact(() -> at[0] = scatter.localToScreen(scatter.pixelOf(z[0], z[1])));
        robot.moveTo(at[0]);
        waitUntil(() -> ae.latent().hoveredProperty().get() >= 0);
        int hovered = ae.latent().hoveredProperty().get();
        assertThat(vae.latent().hoveredProperty().get()).isEqualTo(hovered);
    }

    private static double spread(TrainingViewModel m) {
        float[] c = m.codesProperty().get().codes();
        double s = 0;
        for (float v : c) {
            s += (double) v * v;
        }
        return Math.sqrt(s / c.length);
    }
}
