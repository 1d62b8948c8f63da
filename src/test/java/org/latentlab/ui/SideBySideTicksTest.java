package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.app.ExplorerApp;
import org.latentlab.ui.common.AxisTicks;
import org.latentlab.ui.common.CanvasType;
import org.latentlab.ui.decode.DecodedGridView;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.sidebyside.ModelPanel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The decoded lattices of the autoencoder beside the VAE: their tick labels never overlap, whatever the window's width. */
@ExtendWith(ApplicationExtension.class)
class SideBySideTicksTest {
    private org.latentlab.ui.shell.ViewModels models;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        models = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
        Scene scene = ExplorerApp.createScene(models);
        window = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> models.close());
    }

    @Test
    void theLatticesTickLabelsDoNotOverlapInEitherPanelAtAnyWindowWidth(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("sidebyside"));
        robot.clickOn("#ae-vs-vae");
        waitUntil(() -> window.sideBySideModel().panels().size() == 2
                && window.sideBySideModel().panels().stream().allMatch(p -> p.shown().codesProperty().get() != null));
        ModelPanel ae = window.sideBySideView().panelOf(window.sideBySideModel().panels().get(0));
        ModelPanel vae = window.sideBySideView().panelOf(window.sideBySideModel().panels().get(1));
        List<String> overlaps = new ArrayList<>();
        for (double width : new double[] {1280, 1440, 1600, 1920}) {
            robot.interact(() -> stage.setWidth(width));
            for (ModelPanel panel : List.of(ae, vae)) {
                DecodedGridView grid = panel.grid();
                waitUntil(() -> grid.decodedTileCount() > 0 && grid.drawnProperty().get());
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    String which = (panel == ae ? "autoencoder" : "VAE") + " at " + width;
                    check(which + ", x", grid.xTicks(), true, overlaps);
                    check(which + ", y", grid.yTicks(), false, overlaps);
                });
            }
        }
        assertThat(vae.grid().overPrior()).as("the VAE's lattice spans the prior's quantiles").isTrue();
        assertThat(ae.grid().overPrior()).isFalse();
        assertThat(overlaps).isEmpty();
    }

    /** At least two labels, each measured again in the canvas font, apart from its neighbour around its drawn centre. */
    private static void check(String which, AxisTicks ticks, boolean across, List<String> overlaps) {
        if (ticks.values().length < 2) {
            overlaps.add(which + ": only " + String.join(" ", ticks.labels()));
            return;
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ticks.values().length; i++) {
            Text measure = new Text(ticks.labels()[i]);
            measure.setFont(CanvasType.font(1));
            double half = (across ? measure.getLayoutBounds().getWidth() : measure.getLayoutBounds().getHeight()) / 2;
            if (ticks.centres()[i] - half < lastEnd + 4) {
                overlaps.add(which + ": " + String.join(" ", ticks.labels()));
                return;
            }
            lastEnd = ticks.centres()[i] + half;
        }
    }
}
