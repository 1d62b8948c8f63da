package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.reconstruct.ReconstructionsView;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The reconstructions of a denoising model show the task it learnt: clean, noisy, and what it makes of the noisy copy. */
@ExtendWith(ApplicationExtension.class)
class ReconstructionsViewTest {
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
    void aDenoisingModelShowsTheNoisyInputBetweenTheCleanOneAndTheOutput(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.form().variantProperty().set(Variant.DENOISING);
            model.form().hiddenLayersProperty().set("16");
            model.form().epochsProperty().set(1);
            window.show("reconstructions");
            model.train();
        });
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().epochResultProperty().get() != null);
        ReconstructionsView view = window.reconstructionsView();
        waitUntil(() -> view.drawnProperty().get() && view.shownRows().size() == 3);
        assertThat(view.shownRows()).containsExactly("clean", "noisy", "output");
        assertThat(view.shownPairs()).isEqualTo(10);
        var rows = view.rows();
        // The middle row is the clean images corrupted as in training, and the output is the model's for the noisy copies.
        assertThat(rows.noisy()).isNotEqualTo(rows.clean());
        assertThat(meanAbsDifference(rows.noisy(), rows.clean())).as("σ = 0.5 noise, clipped to [0, 1]").isGreaterThan(0.1);
        float[] expected = model.shown().decoder().reconstruct("check", rows.noisy(), rows.count()).get();
        assertThat(rows.outputs()).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(robot.from(view).lookup(".view-caption").queryLabeled().getText())
                .contains("the same with Gaussian noise, σ = 0.5 (middle)");

        // The worst ones too: clean, noisy and output, ranked by the output's error against the clean image.
        assertThat(robot.lookup("#find-worst").queryButton().getText()).isEqualTo("Show the worst denoised");
        robot.clickOn("#find-worst");
        waitUntil(() -> view.worstShown() == 10);
        assertThat(view.worstRows()).containsExactly("clean", "noisy", "output");

        // A model trained on clean inputs keeps its two rows.
        robot.interact(() -> {
            model.form().variantProperty().set(Variant.UNDERCOMPLETE);
            model.form().hiddenLayersProperty().set("16");
            model.form().epochsProperty().set(1);
            model.train();
        });
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().epochResultProperty().get() != null);
        waitUntil(() -> view.drawnProperty().get() && view.shownRows().equals(List.of("input", "output")));
        assertThat(view.rows().noisy()).isNull();
        assertThat(robot.lookup("#find-worst").queryButton().getText()).isEqualTo("Show the worst reconstructed");
    }

    private static double meanAbsDifference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
