package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The latent scatter's axes while a run streams new codes. */
@ExtendWith(ApplicationExtension.class)
class LatentScatterViewTest {
    private static final List<String> CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private final LatentViewModel model = new LatentViewModel(org.latentlab.concurrent.Background.synchronous());
    private LatentScatterView view;

    @Start
    void start(Stage stage) {
        view = new LatentScatterView(model);
        stage.setScene(new Scene(view, 700, 500));
        stage.show();
    }

    /** 2,000 codes in ten clusters, every coordinate times {@code scale}, nudged by {@code jitter}. */
    private static LatentSnapshot codes(double scale, double jitter, long seed) {
        SplittableRandom base = new SplittableRandom(1);
        SplittableRandom nudge = new SplittableRandom(seed);
        int n = 2000;
        float[] z = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            z[2 * i] = (float) (scale * (labels[i] + base.nextGaussian()) + jitter * nudge.nextGaussian());
            z[2 * i + 1] = (float) (scale * (Math.sin(labels[i]) * 4 + base.nextGaussian()) + jitter * nudge.nextGaussian());
        }
        return new LatentSnapshot(z, 2, labels, CLASSES, "test");
    }

    /** The axes' range once the view has stopped easing toward it. */
    private double[] settledBounds() throws Exception {
        double[][] last = {null};
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            double[] now = view.viewBoundsProperty().get();
            boolean still = now != null && last[0] != null && java.util.Arrays.equals(now, last[0]);
            last[0] = now == null ? null : now.clone();
            return still;
        });
        return last[0];
    }

    @Test
    void theAxesStayStillWhileTheCodesMoveInsideThemAndGrowWhenTheCodesSpreadOut(FxRobot robot) throws Exception {
        robot.interact(() -> model.accept(codes(1, 0, 0), null, false));
        waitUntil(() -> view.drawnPointCount() == 2000);
        double[] first = settledBounds();

        // Ten new snapshots whose codes move a little, as during an epoch: the axes do not move.
        for (int s = 1; s <= 10; s++) {
            long seed = s;
            robot.interact(() -> model.accept(codes(1, 0.05, seed), null, false));
        }
        assertThat(settledBounds()).containsExactly(first);

        // The codes spread three times wider: the axes grow to show them.
        robot.interact(() -> model.accept(codes(3, 0, 0), null, false));
        double[] wider = settledBounds();
        assertThat(wider[1] - wider[0]).isGreaterThan(2.5 * (first[1] - first[0]));
        assertThat(wider[3] - wider[2]).isGreaterThan(2.5 * (first[3] - first[2]));

        // And shrink again when they gather to a third: an empty plot would hide how they moved.
        robot.interact(() -> model.accept(codes(1, 0, 0), null, false));
        double[] back = settledBounds();
        assertThat(back[1] - back[0]).isLessThan(0.5 * (wider[1] - wider[0]));
    }
}
