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

/** PCA's scatter in the PCA vs AE view is read as principal components, with the share of the variance each explains. */
@ExtendWith(ApplicationExtension.class)
class PcaScatterTest {
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
    void pcasAxesArePrincipalComponentsWithTheirShareOfTheVariance(FxRobot robot) throws Exception {
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
    }
}
