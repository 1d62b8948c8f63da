package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ml.inspect.GaussianCode;
import org.latentlab.ui.decode.VaeExplainerViewModel;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The explainer in Explore, on the shipped VAE: the z it writes is μ + σ·ε for the ε it shows, and resampling moves it. */
@ExtendWith(ApplicationExtension.class)
class VaeExplainerTest {
    private ViewModels models;
    private TrainingViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        models = ViewModels.create(org.latentlab.concurrent.Background.threaded());
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
    void theExplainersZIsMuPlusSigmaTimesItsEpsilonAndResamplingChangesTheDecodedImage(FxRobot robot) throws Exception {
        java.nio.file.Path folder = org.latentlab.persistence.ShippedModels.find("mnist-vae-2d").orElseThrow().folder();
        CompletableFuture<CompletableFuture<Void>> loading = new CompletableFuture<>();
        robot.interact(() -> {
            window.show("explore");
            loading.complete(model.loadModel(folder));
        });
        loading.get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        waitUntil(() -> model.shown().latent().shownProperty().get() != null);
        robot.interact(() -> window.exploreView().pickSample(7));
        var explainer = window.exploreView().explainerView();
        VaeExplainerViewModel.Explanation[] seen = new VaeExplainerViewModel.Explanation[1];
        waitUntil(() -> window.exploreView().drawnProperty().get() && explainer.isVisible() && explainer.drawnEllipses() == 2);
        robot.interact(() -> seen[0] = model.shown().latent().variationalProperty().get() ? explanation() : null);
        VaeExplainerViewModel.Explanation first = seen[0];
        assertThat(first).isNotNull();

        float[] x = java.util.Arrays.copyOfRange(model.shown().latent().images(), 7 * 784, 8 * 784);
        float[] mu = model.shown().decoder().encode("check-mu", x, 1).get(30, TimeUnit.SECONDS);
        float[] sigma = model.shown().decoder().codeSpreads("check-sigma", x, 1).get(30, TimeUnit.SECONDS);
        GaussianCode c = first.code();
        assertThat(first.input()).containsExactly(x, offset(0f));
        assertThat(c.mu()).containsExactly(mu, offset(1e-6f));
        assertThat(c.sigma()).containsExactly(sigma, offset(1e-6f));
        for (int d = 0; d < c.dimensions(); d++) {
            assertThat(c.z()[d]).as("z%d", d + 1).isCloseTo(c.mu()[d] + c.sigma()[d] * c.epsilon()[d], offset(1e-6f));
        }
        float[] decoded = model.shown().decoder().decode("check-z", c.z(), 1).get(30, TimeUnit.SECONDS);
        assertThat(first.decodedSample()).containsExactly(decoded, offset(1e-6f));
        assertThat(first.kl()).isCloseTo(c.kl(), offset(1e-9)).isPositive();

        robot.interact(() -> ((javafx.scene.control.Button) window.exploreView().explainerView().lookup("#resample-epsilon")).fire());
        waitUntil(() -> explanation() != first && window.exploreView().drawnProperty().get());
        VaeExplainerViewModel.Explanation second = explanation();
        assertThat(second.code().epsilon()).as("a new ε").isNotEqualTo(c.epsilon());
        assertThat(second.code().mu()).as("the same μ").containsExactly(c.mu());
        assertThat(second.decodedSample()).as("the image decoded from the new z").isNotEqualTo(first.decodedSample());
    }

    private VaeExplainerViewModel.Explanation explanation() {
        return window.exploreView().explainerViewModel().explanationProperty().get();
    }
}
