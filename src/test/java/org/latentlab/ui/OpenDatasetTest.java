package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.persistence.ImageExport;
import org.latentlab.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a data set shows its progress on the progress bar, and opening another cancels it. */
@ExtendWith(ApplicationExtension.class)
class OpenDatasetTest {
    @TempDir
    Path dir;

    private org.latentlab.ui.shell.ViewModels models;
    private TrainingViewModel model;

    @Start
    void start(Stage stage) {
        models = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
        model = models.training();
    }

    @AfterEach
    void close() {
        models.close();
    }

    private Path pictures(String name, int count) throws Exception {
        Dataset mnist = DatasetCatalog.load("mnist-10k");
        Path folder = dir.resolve(name);
        for (int i = 0; i < count; i++) {
            Path cls = Files.createDirectories(folder.resolve("digit-" + mnist.labels()[i]));
            ImageExport.writePng(mnist.sample(i), 28, 28, cls.resolve(i + ".png"));
        }
        return folder;
    }

    private boolean listed(Path path) {
        String id = path.toAbsolutePath().toString();
        return model.form().datasets().stream().anyMatch(c -> c.id().equals(id));
    }

    @Test
    void openingShowsItsProgressAndThenPutsTheBarBack(FxRobot robot) throws Exception {
        Path folder = pictures("many", 400);
        double before = model.progressProperty().get();
        List<Double> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            model.progressProperty().addListener((o, was, now) -> shown.add(now.doubleValue()));
            model.openDataset(folder);
        });
        MainWindowTest.waitUntil(() -> listed(folder));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).anyMatch(f -> f > 0 && f < 1);
        assertThat(model.progressProperty().get()).isEqualTo(before);
        assertThat(model.statusProperty().get()).startsWith("Opened many: 400 images");
    }

    @Test
    void aPictureLeftOutIsNamedWithItsReasonInTheStatusLine(FxRobot robot) throws Exception {
        Path folder = pictures("fifteen", 14);
        Files.writeString(folder.resolve("digit-" + DatasetCatalog.load("mnist-10k").labels()[0]).resolve("broken.png"), "not a picture");
        robot.interact(() -> model.openDataset(folder));
        MainWindowTest.waitUntil(() -> listed(folder));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get()).startsWith("Opened fifteen: 14 images of 28×28.")
                .endsWith("1 file in fifteen could not be used and was left out: "
                        + "broken.png is not a picture this app can read (PNG, JPEG, GIF, BMP, WebP or TIFF).");
    }

    @Test
    void openingAnotherDataSetCancelsTheOneBeingRead(FxRobot robot) throws Exception {
        Path first = pictures("first", 300);
        Path second = Files.writeString(dir.resolve("second.csv"), "label,a,b,c,d\n1,0,1,0,1\n2,1,0,1,0\n");
        robot.interact(() -> {
            model.openDataset(first);
            model.openDataset(second);
        });
        MainWindowTest.waitUntil(() -> listed(second));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(listed(first)).isFalse();
        assertThat(model.form().datasetProperty().get().id()).isEqualTo(second.toAbsolutePath().toString());
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
