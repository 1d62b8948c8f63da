package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The PCA vs AE view: PCA's axes read as principal components with their share of the variance; nothing of a model no longer on show. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {
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
    void pcasAxesArePrincipalComponentsWithTheirShareOfTheVarianceAndTheViewClearsWithTheModel(FxRobot robot) throws Exception {
        java.nio.file.Path folder = org.latentlab.persistence.ShippedModels.find("mnist-linear-2d").orElseThrow().folder();
        java.util.concurrent.CompletableFuture<java.util.concurrent.CompletableFuture<Void>> loading = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> loading.complete(model.loadModel(folder)));
        loading.get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.show("compare"));
        var view = window.comparisonView();
        waitUntil(() -> view.pcaScatter().drawnPointCount() == 2000 && view.drawnProperty().get());
        var pcaCodes = view.model().pcaCodes();
        assertThat(pcaCodes.planeProperty().get().xLabel()).isEqualTo("PC1");
        assertThat(pcaCodes.planeProperty().get().yLabel()).isEqualTo("PC2");
        double[] explained = view.model().pcaProperty().get().explainedVarianceRatio();
        String caption = robot.from(view.pcaScatter()).lookup(".view-caption").queryLabeled().getText();
        assertThat(caption).isEqualTo(String.format("PCA · PC1 (%.1f%% of the variance) against PC2 (%.1f%%)",
                100 * explained[0], 100 * explained[1]));
        assertThat(explained[0]).as("MNIST's first component").isBetween(0.05, 0.2);
        assertThat(view.reconstructionTiles()).isEqualTo(30);

        // The sidebar names another model: neither side shows the old one, and the line says what to do.
        robot.interact(() -> model.form().variantProperty().set(org.latentlab.ml.model.Variant.OVERCOMPLETE));
        waitUntil(() -> view.pcaScatter().drawnPointCount() == 0 && view.reconstructionTiles() == 0);
        assertThat(view.model().pcaProperty().get()).isNull();
        assertThat(view.errorChart().getData()).isEmpty();
        assertThat(view.model().statusProperty().get()).isEqualTo("Train or open a model to compare it with PCA on the same data.");
        assertThat(robot.from(view).lookup("#eigen-images").queryAs(javafx.scene.layout.TilePane.class).getChildren()).isEmpty();
    }
}
