package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.concurrent.Background;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.training.DataSets;
import org.latentlab.ui.training.ShownModel;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A run whose learning rate is raised until its loss is no longer a number. */
@ExtendWith(ApplicationExtension.class)
class DivergenceTest {
    private Background background;
    private TrainingViewModel run;

    @Start
    void start(Stage stage) {
        background = Background.threaded();
        run = new TrainingViewModel(background, new DataSets(background));
    }

    @AfterEach
    void close() {
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            run.close();
            background.close();
        });
    }

    @Test
    void aRunThatDivergesStopsSaysSoInOneSentenceAndShowsTheLastGoodWeights(FxRobot robot) throws Exception {
        ShownModel shown = run.shown();
        robot.interact(() -> {
            run.form().variantProperty().set(Variant.VAE);
            run.form().hiddenLayersProperty().set("512");
            run.form().latentSizeProperty().set(32);
            run.form().batchSizeProperty().set(128);
            run.form().epochsProperty().set(40);
            // At a learning rate of 1 the first Adam step moves every weight by about 1, and one of the 32
            // log-variances then overflows exp() whatever noise the run drew.
            run.form().learningRateProperty().set(1.0);
            run.train();
        });
        MainWindowTest.waitUntil(() -> run.stateProperty().get() == RunState.IDLE && shown.latent().frameCountProperty().get() > 0);

        String error = run.errorProperty().get();
        assertThat(error).as(run.statusProperty().get() + " / " + run.hintProperty().get()).startsWith("Training diverged at step").endsWith("the weights from the start were kept.");
        assertThat(error.split("\\. ")).as("one sentence").hasSize(1);
        assertThat(run.hintProperty().get()).contains("Lower the learning rate");
        assertThat(run.statusProperty().get()).startsWith(error);

        // The views come back to the last good weights, here those it started from: the codes on show,
        // the decoder, and the model a session would save.
        MainWindowTest.waitUntil(() -> shown.codesProperty().get() != null
                && shown.codesProperty().get().caption().contains("the last good weights"));
        Weights initial;
        try (Autoencoder fresh = Autoencoder.create(shown.spec(), ai.djl.Device.cpu(), run.form().seedProperty().get())) {
            initial = fresh.weights();
        }
        assertThat(shown.currentModel().weights().values()).isEqualTo(initial.values());
        assertThat(shown.latent().shownWeightsProperty().get().values()).isEqualTo(initial.values());
        float[] code = new float[32];
        java.util.Arrays.fill(code, 0.5f);
        float[] decoded = shown.decoder().decode("test", code, 1).get(30, TimeUnit.SECONDS);
        float[] fromInitial = shown.decoder().decode("test-initial", initial, code, 1).get(30, TimeUnit.SECONDS);
        assertThat(decoded).isEqualTo(fromInitial);
        for (float z : shown.codesProperty().get().codes()) {
            assertThat(Float.isFinite(z)).as("every code on show is a number").isTrue();
        }
    }
}
