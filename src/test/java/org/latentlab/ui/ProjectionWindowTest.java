package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ui.projection.LatticeOrOwnCode;
import org.latentlab.ui.projection.NeighboursPanel;
import org.latentlab.ui.projection.ProjectionKind;
import org.latentlab.ui.projection.ProjectionViewModel;
import org.latentlab.ui.projection.SelectionGallery;
import org.latentlab.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shipped 16-D convolutional model laid out by t-SNE in the window, its neighbours, and back to PCA. */
@ExtendWith(ApplicationExtension.class)
class ProjectionWindowTest {
    private org.latentlab.ui.shell.ViewModels models;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        models = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
        window = new MainWindow(models);
        stage.setScene(new Scene(window, 1280, 820));
        stage.show();
    }

    @AfterEach
    void close() {
        models.close();
    }

    @Test
    void tsneMovesThePointsThenASelectedPointShowsTenNeighboursAndPcaBringsTheLatticeBack(FxRobot robot) throws Exception {
        java.nio.file.Path folder = org.latentlab.persistence.ShippedModels.find("mnist-convolutional").orElseThrow().folder();
        java.util.concurrent.CompletableFuture<java.util.concurrent.CompletableFuture<Void>> loading = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> loading.complete(models.training().loadModel(folder)));
        loading.get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        LatentViewModel latent = models.training().shown().latent();
        ProjectionViewModel projection = window.part(ProjectionViewModel.class);
        LatticeOrOwnCode beside = window.part(LatticeOrOwnCode.class);
        NeighboursPanel neighbours = window.part(NeighboursPanel.class);
        // PCA is where the window opens for 16-D codes: each component names its share of the variance.
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Principal p && p.xLabel().matches("PC1 \\(\\d+\\.\\d%\\)"));
        assertThat(beside.latticeOffered()).isTrue();

        robot.interact(() -> projection.tsneProperty().set(projection.tsneProperty().get().withIterations(200)));
        @SuppressWarnings("unchecked")
        ChoiceBox<ProjectionKind> kind = robot.lookup("#projection-kind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(ProjectionKind.TSNE));

        // The points move as t-SNE iterates: several layouts reach the scatter, and a point's place changes between them.
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Map);
        float[] early = ((LatentPlane.Map) latent.planeProperty().get()).xy().clone();
        int shownEarly = projection.layoutsShownProperty().get();
        waitUntil(() -> projection.layoutsShownProperty().get() >= shownEarly + 3);
        float[] later = ((LatentPlane.Map) latent.planeProperty().get()).xy();
        assertThat(later).isNotEqualTo(early);
        assertThat(beside.latticeOffered()).isFalse();
        assertThat(robot.lookup("#no-lattice").queryLabeled().getText()).startsWith("A t-SNE map has no inverse");
        waitUntil(() -> !projection.runningProperty().get());
        assertThat(projection.errorProperty().get()).isEmpty();
        assertThat(projection.statusProperty().get()).startsWith("t-SNE settled in ");

        // Click a point of the map: it is selected, its ten nearest codes are ringed and shown, and its own code decoded.
        LatentPlane.Map map = (LatentPlane.Map) latent.planeProperty().get();
        int target = 7;
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the axes settle on the finished map
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = window.latentView().pixelOf(map.xy()[2 * target], map.xy()[2 * target + 1]);
        Point2D screen = window.latentView().localToScreen(local);
        robot.clickOn(screen);
        waitUntil(() -> latent.selectedProperty().get() >= 0);
        int selected = latent.selectedProperty().get();
        waitUntil(() -> neighbours.thumbnailCounts()[0] == 10 && neighbours.thumbnailCounts()[1] == 10);
        assertThat(latent.neighboursProperty().get()).hasSize(10).doesNotContain(selected);
        assertThat(robot.lookup("#code-share").queryLabeled().getText()).matches("In the code space \\(Euclidean\\): \\d+ of 10 \\(\\d+%\\) have its label");
        waitUntil(beside::ownCodeShown);

        // Shift-drag a square around that point: the points inside are gathered, shown with their reconstructions.
        SelectionGallery gallery = window.part(SelectionGallery.class);
        robot.press(javafx.scene.input.KeyCode.SHIFT);
        robot.drag(screen.add(-30, -30), javafx.scene.input.MouseButton.PRIMARY).moveTo(screen.add(30, -30))
                .moveTo(screen.add(30, 30)).moveTo(screen.add(-30, 30)).moveTo(screen.add(-30, -29)).drop();
        robot.release(javafx.scene.input.KeyCode.SHIFT);
        waitUntil(() -> latent.lassoedProperty().get().length > 0);
        int[] gathered = latent.lassoedProperty().get();
        assertThat(gathered).contains(selected);
        waitUntil(() -> gallery.tileCount() == Math.min(48, gathered.length)
                && robot.lookup("#lasso-heading").queryLabeled().getText().endsWith("input above reconstruction"));
        robot.clickOn("#lasso-isolate");
        waitUntil(() -> window.latentView().drawnPointCount() == gathered.length);
        robot.clickOn("#lasso-clear");
        waitUntil(() -> window.latentView().drawnPointCount() == 2000 && latent.lassoedProperty().get().length == 0);

        // Back to PCA: the plane's points are codes again, and the lattice is decoded over it.
        robot.interact(() -> kind.setValue(ProjectionKind.PCA));
        waitUntil(() -> latent.planeProperty().get() instanceof LatentPlane.Principal);
        assertThat(beside.latticeOffered()).isTrue();
        waitUntil(() -> window.gridView().drawnProperty().get() && window.gridView().decodedTileCount() > 0);

        // Colour by reconstruction error: one error per sample on the colour scale, its two ends shown.
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> colourBy = robot.lookup("#colour-by").queryAs(ChoiceBox.class);
        robot.interact(() -> colourBy.setValue(org.latentlab.ui.projection.ColouringViewModel.ERROR));
        waitUntil(() -> latent.colourValuesProperty().get() != null);
        float[] errors = latent.colourValuesProperty().get();
        assertThat(errors).hasSize(2000);
        for (float e : errors) {
            assertThat(e).isFinite().isGreaterThanOrEqualTo(0f);
        }
        assertThat(robot.lookup("#colour-scale").query().isVisible()).isTrue();
        assertThat(robot.lookup("#colour-low").queryLabeled().getText()).isNotEmpty();
        // And by a code dimension: each point's value is its code's third entry.
        robot.interact(() -> colourBy.setValue(2));
        waitUntil(() -> latent.colourValuesProperty().get() != errors);
        float[] third = latent.colourValuesProperty().get();
        float[] codes = latent.shownProperty().get().codes();
        for (int i = 0; i < 2000; i++) {
            assertThat(third[i]).isEqualTo(codes[i * 16 + 2]);
        }
        robot.interact(() -> colourBy.setValue(org.latentlab.ui.projection.ColouringViewModel.CLASS));
        assertThat(latent.colourValuesProperty().get()).isNull();
    }
}
