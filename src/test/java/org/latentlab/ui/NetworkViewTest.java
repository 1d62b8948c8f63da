package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ml.inspect.Inspection;
import org.latentlab.ml.inspect.LayerHistograms;
import org.latentlab.ui.network.NetworkView;
import org.latentlab.ui.network.NetworkViewModel;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The network tab during and after a tiny run: its activations are the model's own, its histograms follow the run. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {
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
    void theSelectedSamplesActivationsAreTheModelsForwardPassAndHistogramsAreFedDuringTheRun(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.show("network");
            model.form().hiddenLayersProperty().set("16");
            model.form().latentSizeProperty().set(2);
            model.form().epochsProperty().set(2);
        });
        // As a person would: the form is set first, then Train is pressed once the window has caught up.
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE);
        robot.interact(model::train);
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() == 2);
        NetworkViewModel network = models.network();
        waitUntil(() -> network.historyProperty().get().size() >= 2 && network.drawnProperty().get());
        List<LayerHistograms> history = network.historyProperty().get();
        assertThat(history.get(history.size() - 1).step()).as("the newest histograms are of a later step than the first")
                .isGreaterThan(history.get(0).step());
        assertThat(history.get(0).weights().get(1).counts()).as("the first layer's weights moved during the run")
                .isNotEqualTo(history.get(history.size() - 1).weights().get(1).counts());

        robot.interact(() -> model.shown().latent().selectedProperty().set(5));
        waitUntil(() -> network.drawnProperty().get() && network.inputCaptionProperty().get().contains("#5"));
        Inspection shown = network.inspectionProperty().get();
        float[] images = model.shown().latent().images();
        float[] x = java.util.Arrays.copyOfRange(images, 5 * 784, 6 * 784);
        float[] code = model.shown().decoder().encode("check-code", x, 1).get(30, TimeUnit.SECONDS);
        float[] reconstruction = model.shown().decoder().reconstruct("check", x, 1).get(30, TimeUnit.SECONDS);
        assertThat(shown.activations()[0]).containsExactly(x, offset(0f));
        assertThat(shown.activations()[shown.codeLayer()]).containsExactly(code, offset(1e-5f));
        assertThat(shown.activations()[shown.activations().length - 1]).containsExactly(reconstruction, offset(1e-5f));
        waitUntil(() -> window.part(NetworkView.class).layerCount() == shown.layers().size()
                && window.part(NetworkView.class).ridgeCount() > 0);
        // Input, dense 16, code 2, dense 16, reconstruction: the code layer is the third box.
        assertThat(shown.layers()).hasSize(5);
        assertThat(shown.codeLayer()).isEqualTo(2);
    }
}
