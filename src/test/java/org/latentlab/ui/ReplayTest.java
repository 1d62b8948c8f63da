package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The replay shows the codes moving within fixed axes, and where the replayed epoch lies on the curves. */
@ExtendWith(ApplicationExtension.class)
class ReplayTest {
    private static final int EPOCHS = 4;
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
    void theReplayKeepsTheAxesFixedAcrossFramesAndMarksTheEpochOnTheCurves(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.form().hiddenLayersProperty().set("16");
            model.form().latentSizeProperty().set(2);
            model.form().epochsProperty().set(EPOCHS);
            model.form().learningRateProperty().set(0.01);
            model.train();
        });
        var latent = model.shown().latent();
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && latent.frameCountProperty().get() == EPOCHS);
        var scatter = window.latentView();
        var curves = window.curveView();
        waitUntil(() -> scatter.drawnProperty().get() && curves.drawnProperty().get());
        assertThat(curves.replayMarkerX()).as("following the run live: no marker").isNaN();

        double[] first = null;
        double lastMarker = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < EPOCHS; f++) {
            int frame = f;
            robot.interact(() -> latent.replayFrameProperty().set(frame));
            waitUntil(() -> scatter.drawnProperty().get() && curves.drawnProperty().get());
            double[] bounds = scatter.viewBoundsProperty().get().clone();
            if (first == null) {
                first = bounds;
            }
            assertThat(bounds).as("the axes at frame %d are those of frame 0", f).containsExactly(first, org.assertj.core.data.Offset.offset(1e-9));
            // Every frame's codes (all but the outermost 1%) lie within the axes the replay keeps.
            LatentSnapshot s = latent.shownProperty().get();
            assertThat(percentile(s, 0, 0.01)).isGreaterThanOrEqualTo(bounds[0]);
            assertThat(percentile(s, 0, 0.99)).isLessThanOrEqualTo(bounds[1]);
            assertThat(percentile(s, 1, 0.01)).isGreaterThanOrEqualTo(bounds[2]);
            assertThat(percentile(s, 1, 0.99)).isLessThanOrEqualTo(bounds[3]);
            // The curves mark the replayed epoch, further right for each later one.
            double marker = curves.replayMarkerX();
            assertThat(marker).as("the marker of epoch %d", f + 1).isGreaterThan(lastMarker);
            lastMarker = marker;
        }
        robot.interact(() -> latent.replayFrameProperty().set(-1));
        waitUntil(() -> curves.drawnProperty().get());
        assertThat(curves.replayMarkerX()).as("live again: the marker goes").isNaN();
    }

    private static double percentile(LatentSnapshot s, int axis, double q) {
        float[] v = new float[s.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.codes()[i * s.latentSize() + axis];
        }
        Arrays.sort(v);
        return v[(int) Math.round(q * (v.length - 1))];
    }
}
