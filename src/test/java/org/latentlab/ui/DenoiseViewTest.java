package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.persistence.ImageExport;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.denoise.DenoiseViewModel;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dropping real files on the denoise view, and drawing on its pad, after a short real training run. */
@ExtendWith(ApplicationExtension.class)
class DenoiseViewTest {
    @TempDir
    Path dir;
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
    void droppedPicturesAreDenoisedAndABadOneGetsItsSentenceWhileTheOthersGoOn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.form().variantProperty().set(Variant.DENOISING);
            model.form().epochsProperty().set(3);
            window.show("denoise");
        });
        robot.interact(model::train);
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() == 3);

        Dataset val = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7).validation();
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        ImageExport.writePng(java.util.Arrays.copyOfRange(val.values(), 0, 784), 28, 28, a);
        ImageExport.writePng(java.util.Arrays.copyOfRange(val.values(), 784, 1568), 28, 28, b);
        Path text = Files.writeString(dir.resolve("readme.png"), "not a picture");
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        robot.interact(() -> window.denoiseView().importFiles(List.of(a, text, b, empty)));

        waitUntil(() -> window.denoiseModel().items().size() == 4
                && window.denoiseModel().items().stream().filter(i -> !i.failed()).allMatch(i -> i.denoised() != null));
        List<DenoiseViewModel.Item> items = window.denoiseModel().items();
        assertThat(items).extracting(DenoiseViewModel.Item::name).containsExactly("a.png", "readme.png", "b.png", "empty.jpg");
        assertThat(items.get(1).error()).isEqualTo("readme.png is not a picture this app can read (PNG, JPEG, GIF, BMP, WebP or TIFF).");
        assertThat(items.get(3).error()).isEqualTo("empty.jpg is empty.");
        assertThat(items.get(0).psnrAfter()).isGreaterThan(items.get(0).psnrBefore());

        // A higher noise level re-runs every picture: the noisy inputs get worse.
        double before = items.get(0).psnrBefore();
        robot.interact(() -> window.denoiseModel().noiseLevelProperty().set(0.9));
        waitUntil(() -> window.denoiseModel().items().get(0).psnrBefore() < before - 2);
    }

    @Test
    void drawingOnThePadMarksTheDrawingInTheLatentSpaceWithItsNeighbours(FxRobot robot) throws Exception {
        robot.interact(() -> model.form().epochsProperty().set(2));
        robot.interact(model::train);
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() == 2);
        robot.interact(() -> window.show("denoise"));
        // A "1": one vertical stroke.
        robot.interact(() -> {
            var pad = window.denoiseView().drawPad();
            for (double y = 5; y <= 23; y += 1) {
                pad.stroke(14, y);
            }
            pad.lift();
        });
        waitUntil(() -> window.denoiseModel().landingProperty().get() != null);
        DenoiseViewModel.Landing landing = window.denoiseModel().landingProperty().get();
        assertThat(model.shown().latent().markedProperty().get()).isEqualTo(landing.code());
        // Its 5 nearest training images (once the training set is encoded) are training images, mostly thin vertical strokes.
        var train = model.shown().runProperty().get().split().train();
        waitUntil(() -> {
            var l = window.denoiseModel().landingProperty().get();
            return l.neighbours().size() == 5 && isTrainingImage(l.neighbours().get(0), train.values());
        });
        java.util.List<float[]> near = window.denoiseModel().landingProperty().get().neighbours();
        long ones = near.stream().filter(img -> labelOf(img, train) == 1).count();
        assertThat(ones).isGreaterThanOrEqualTo(3);
    }

    private static boolean isTrainingImage(float[] image, float[] pool) {
        return indexOf(image, pool) >= 0;
    }

    private static int labelOf(float[] image, org.latentlab.data.Dataset train) {
        return train.labels()[indexOf(image, train.values())];
    }

    private static int indexOf(float[] image, float[] pool) {
        for (int i = 0; i < pool.length / 784; i++) {
            if (java.util.Arrays.equals(image, java.util.Arrays.copyOfRange(pool, i * 784, (i + 1) * 784))) {
                return i;
            }
        }
        return -1;
    }
}
