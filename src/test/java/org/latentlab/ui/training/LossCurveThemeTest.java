package org.latentlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The loss curves follow the theme: a dark plot with light axis text in the dark theme, and back again. */
@ExtendWith(ApplicationExtension.class)
class LossCurveThemeTest {
    private final CurveData data = new CurveData();
    private LossCurveView view;

    @Start
    void start(Stage stage) {
        Theme.apply(Theme.LIGHT);
        view = new LossCurveView(data);
        for (int i = 0; i < 500; i++) {
            data.addStep(i, (float) (1 + Math.exp(-i / 100.0)));
        }
        stage.setScene(new Scene(view, 800, 420));
        stage.show();
    }

    @AfterEach
    void light(FxRobot robot) {
        robot.interact(() -> Theme.apply(Theme.LIGHT));
    }

    @Test
    void inTheDarkThemeThePlotIsDarkAndTheAxisTextLightAndTheLightThemeBringsWhiteBack(FxRobot robot) throws Exception {
        Image light = settled();
        assertThat(plotGround(light).getBrightness()).as("light plot").isGreaterThan(0.95);
        assertThat(axisTextExtreme(light, true)).as("darkest pixel of the axis title in light").isLessThan(0.45);

        robot.interact(() -> Theme.apply(Theme.DARK));
        Image dark = settled();
        assertThat(plotGround(dark).getBrightness()).as("dark plot").isLessThan(0.2);
        assertThat(axisTextExtreme(dark, false)).as("lightest pixel of the axis title in dark").isGreaterThan(0.7);
        assertThat(dark.getPixelReader().getColor(2, (int) dark.getHeight() - 2).getBrightness())
                .as("the ground around the plot in dark").isLessThan(0.2);

        robot.interact(() -> Theme.apply(Theme.LIGHT));
        assertThat(plotGround(settled()).getBrightness()).as("light again").isGreaterThan(0.95);
    }

    /** The plot's ground a little above its bottom left corner, below every curve and clear of the legend. */
    private static Color plotGround(Image image) {
        return image.getPixelReader().getColor(70, (int) image.getHeight() - 50);
    }

    /** The darkest (or lightest) brightness in the strip under the plot that holds the "training step" title. */
    private static double axisTextExtreme(Image image, boolean darkest) {
        PixelReader r = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        double extreme = darkest ? 1 : 0;
        for (int y = h - 14; y < h; y++) {
            for (int x = w / 2 - 60; x < w / 2 + 60; x++) {
                double b = r.getColor(x, y).getBrightness();
                extreme = darkest ? Math.min(extreme, b) : Math.max(extreme, b);
            }
        }
        return extreme;
    }

    /** The view, pictured after it has had time to redraw, on the theme's ground as a figure is. */
    private Image settled() throws Exception {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<Image> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Theme.currentPalette().ground());
            image.complete(view.snapshot(p, null));
        });
        return image.get(10, TimeUnit.SECONDS);
    }
}
