package org.latentlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the loss curves draw, read from the canvas's pixels: each pixel column shows the lowest to
 * the highest loss of its steps, and the log axis makes an exponential decay a straight line.
 */
@ExtendWith(ApplicationExtension.class)
class LossCurveViewTest {
    /** The plot's margins at normal type size, as the view lays them out. */
    private static final int LEFT = 62;
    private static final int RIGHT = 58;
    private static final int TOP = 12;
    private static final int BOTTOM = 30;
    /** The legend's width and gap at the plot's top right, left out of the columns read. */
    private static final int LEGEND = 200;

    private final CurveData data = new CurveData();
    private LossCurveView view;

    @Start
    void start(Stage stage) {
        view = new LossCurveView(data);
        view.setSmoothing(0);
        stage.setScene(new Scene(view, 800, 420));
        stage.show();
    }

    @Test
    void aHundredThousandStepsDrawEachPixelColumnFromItsLowestToItsHighestLoss(FxRobot robot) throws Exception {
        // Losses alternate 1 and 2, except for 600 steps halfway that alternate 1 and 4: a pixel column holds ~150 steps.
        int n = 100_000;
        robot.interact(() -> {
            for (int i = 0; i < n; i++) {
                boolean burst = i >= 50_000 && i < 50_600;
                data.addStep(i, i % 2 == 0 ? 1f : burst ? 4f : 2f);
            }
        });
        Image image = drawn(img -> bandTop(img, LEFT + 5) > 0);
        int ph = (int) image.getHeight() - TOP - BOTTOM;
        int pw = (int) image.getWidth() - LEFT - RIGHT;
        // The highest loss of each pixel column's steps, placed as the view places a step.
        float[] highest = new float[pw];
        for (int i = 0; i < n; i++) {
            int c = (int) Math.min(pw - 1, i / (double) (n - 1) * (pw - 1));
            highest[c] = Math.max(highest[c], i % 2 == 0 ? 1f : i >= 50_000 && i < 50_600 ? 4f : 2f);
        }
        // No negative loss: the axis runs from 1 - 6% of the range to 4 + 6%.
        double yMin = 1 - 0.06 * 3;
        double yMax = 4 + 0.06 * 3;
        int burstColumns = 0;
        for (int c = 2; c < pw - LEGEND; c++) {
            assertThat((double) bandBottom(image, LEFT + c)).as("column %d reaches down to 1", c)
                    .isCloseTo(TOP + (yMax - 1) / (yMax - yMin) * ph, within(2.0));
            // Where the highest loss changes, the band's join and the bold line's stroke slope over the columns beside it.
            if (highest[c - 2] != highest[c] || highest[c - 1] != highest[c] || highest[c + 1] != highest[c] || highest[c + 2] != highest[c]) {
                continue;
            }
            burstColumns += highest[c] == 4f ? 1 : 0;
            assertThat((double) bandTop(image, LEFT + c)).as("column %d reaches up to %s", c, highest[c])
                    .isCloseTo(TOP + (yMax - highest[c]) / (yMax - yMin) * ph, within(2.0));
        }
        assertThat(burstColumns).as("columns inside the burst").isPositive();
    }

    @Test
    void onTheLogAxisAnExponentialDecayIsAStraightLine(FxRobot robot) throws Exception {
        // The loss falls from 1 to 0.001 by the same factor every step.
        int n = 10_000;
        robot.interact(() -> {
            for (int i = 0; i < n; i++) {
                data.addStep(i, (float) Math.pow(10, -3.0 * i / (n - 1)));
            }
        });
        Image linear = drawn(img -> lineY(img, 0.5) > 0);
        assertThat(bend(linear)).as("on a linear axis the curve sags below its chord").isGreaterThan(10);

        robot.interact(() -> view.setLogScale(true));
        assertThat(view.logScale()).isTrue();
        Image log = drawn(img -> lineY(img, 0.5) > 0 && Math.abs(bend(img)) < 2);
        assertThat(Math.abs(bend(log))).as("on a log axis it is straight").isLessThan(2);
    }

    /** How far the line at the middle lies below the chord from a quarter to three quarters of the plot, in pixels. */
    private static double bend(Image image) {
        return lineY(image, 0.5) - (lineY(image, 0.25) + lineY(image, 0.75)) / 2;
    }

    /** The mean row of the bold curve's pixels at {@code fraction} of the plot's width; -1 when there are none. */
    private static double lineY(Image image, double fraction) {
        int x = LEFT + (int) Math.round(fraction * (image.getWidth() - LEFT - RIGHT - 1));
        double sum = 0;
        int count = 0;
        for (int y = TOP; y < image.getHeight() - BOTTOM; y++) {
            Color c = image.getPixelReader().getColor(x, y);
            if (c.getBlue() - c.getRed() > 0.3) {
                sum += y;
                count++;
            }
        }
        return count == 0 ? -1 : sum / count;
    }

    /** The first row from the top where column {@code x} is tinted by the curve; -1 when none is. */
    private static int bandTop(Image image, int x) {
        for (int y = TOP + 1; y < image.getHeight() - BOTTOM - 1; y++) {
            if (tinted(image.getPixelReader().getColor(x, y))) {
                return y;
            }
        }
        return -1;
    }

    /** The last row from the top where column {@code x} is tinted by the curve; -1 when none is. */
    private static int bandBottom(Image image, int x) {
        for (int y = (int) image.getHeight() - BOTTOM - 2; y > TOP; y--) {
            if (tinted(image.getPixelReader().getColor(x, y))) {
                return y;
            }
        }
        return -1;
    }

    /** The curve's blue, faint or bold, rather than the white plot or its grey grid. */
    private static boolean tinted(Color c) {
        return c.getBlue() - c.getRed() > 0.05;
    }

    /** The canvas once it shows what {@code ready} looks for (the view redraws on a later frame). */
    private Image drawn(Predicate<Image> ready) throws Exception {
        Image[] last = {null};
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
                last[0] = snapshot();
                return ready.test(last[0]);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // Fall through: the assertions on the last picture say what is wrong with it.
        }
        return last[0];
    }

    private Image snapshot() throws Exception {
        CompletableFuture<Image> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            Canvas canvas = find(view);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            image.complete(canvas.snapshot(params, null));
        });
        return image.get(10, TimeUnit.SECONDS);
    }

    private static Canvas find(Node node) {
        if (node instanceof Canvas canvas) {
            return canvas;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Canvas found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
