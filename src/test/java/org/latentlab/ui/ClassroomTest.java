package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.app.ExplorerApp;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.sidebyside.ModelPanel;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as an instructor meets it: a trained model on show at once, the AE beside the VAE, bad files refused. */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {
    private org.latentlab.ui.shell.ViewModels models;
    private TrainingViewModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        models = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
        model = models.training();
        Scene scene = ExplorerApp.createScene(models);
        window = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    @AfterEach
    void close() {
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> models.close());
    }

    @Test
    void theWindowOpensOnATrainedLatentSpaceWithoutPressingTrain() throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(window.latentView().legendClasses()).hasSize(10);
        assertThat(model.form().variantProperty().get()).isEqualTo(Variant.UNDERCOMPLETE);
        assertThat(model.form().latentSizeProperty().get()).isEqualTo(2);
        // The curves show the model's history and the grid decodes with its weights.
        assertThat(window.curveView().pointCount()).isPositive();
        waitUntil(() -> window.gridView().decodedTileCount() > 0);
        assertThat(model.statusProperty().get()).contains("mnist-undercomplete-2d");
    }

    @Test
    void aCorruptModelFolderIsRefusedWithASentenceAndTheWindowKeepsItsModel() throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        Path bad = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(bad.resolve("spec.json"), "{ \"format\": 1, \"model\": ");
        javafx.application.Platform.runLater(() -> model.loadModel(bad));
        waitUntil(() -> !model.errorProperty().get().isEmpty());
        assertThat(model.errorProperty().get()).contains("broken").contains("corrupt").endsWith(".");
        assertThat(window.latentView().drawnPointCount()).isEqualTo(2000);
        assertThat(model.shown().currentModel()).isNotNull();
    }

    @Test
    void theAutoencoderBesideTheVaeIsOneClickAndHoverIsLinked(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("sidebyside"));
        robot.clickOn("#ae-vs-vae");
        waitUntil(() -> window.sideBySideModel().panels().size() == 2
                && window.sideBySideModel().panels().stream().allMatch(p -> p.shown().codesProperty().get() != null));
        TrainingViewModel ae = window.sideBySideModel().panels().get(0);
        TrainingViewModel vae = window.sideBySideModel().panels().get(1);
        assertThat(ae.shown().runProperty().get().variantTitle()).isEqualTo(Variant.UNDERCOMPLETE.title());
        assertThat(vae.shown().runProperty().get().variantTitle()).isEqualTo(Variant.VAE.title());
        ModelPanel left = window.sideBySideView().panelOf(ae);
        ModelPanel right = window.sideBySideView().panelOf(vae);
        waitUntil(() -> left.scatter().drawnPointCount() == 2000 && right.scatter().drawnPointCount() == 2000);

        // The VAE's codes sit in a far more compact region than the autoencoder's.
        assertThat(spread(vae)).isLessThan(spread(ae) / 2);

        // Hover a point in the autoencoder's plot: the VAE's panel rings the same sample.
        LatentScatterView scatter = left.scatter();
        float[] z = ae.shown().latent().codeOf(123);
        javafx.geometry.Point2D[] at = new javafx.geometry.Point2D[1];
        robot.interact(() -> at[0] = scatter.localToScreen(scatter.pixelOf(z[0], z[1])));
        robot.moveTo(at[0]);
        waitUntil(() -> ae.shown().latent().hoveredProperty().get() >= 0);
        int hovered = ae.shown().latent().hoveredProperty().get();
        assertThat(vae.shown().latent().hoveredProperty().get()).isEqualTo(hovered);
    }

    @Test
    void aSavedSessionReopensWithIdenticalDecodesAndViewSettings(FxRobot robot) throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        robot.interact(() -> {
            window.sideBySideModel().load(org.latentlab.persistence.ShippedModels.find("mnist-vae-2d").orElseThrow().folder());
            model.shown().latent().selectedProperty().set(42);
            model.shown().latent().endAProperty().set(3);
            model.shown().latent().endBProperty().set(17);
            window.gridView().sizeSlider().setValue(12);
            window.curveView().setLogScale(true);
            window.show("explore");
        });
        waitUntil(() -> window.sideBySideModel().panels().size() == 1 && window.sideBySideModel().panels().get(0).shown().currentModel() != null);
        float[] points = {-3f, -2f, 0f, 0f, 1.5f, 4f, 10f, -7f};
        float[] before = model.shown().decoder().decode("test", points, 4).get(30, java.util.concurrent.TimeUnit.SECONDS);
        Path file = dir.resolve("lecture.latentlab");
        window.sessions().save(file).get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(file).isRegularFile();

        // Change everything, then open the session again.
        robot.interact(() -> {
            model.loadModel(org.latentlab.persistence.ShippedModels.find("mnist-linear-2d").orElseThrow().folder());
            window.sideBySideModel().clear();
        });
        waitUntil(() -> model.shown().runProperty().get() != null && model.shown().runProperty().get().variantTitle().equals(Variant.LINEAR.title())
                && model.shown().codesProperty().get() != null);
        robot.interact(() -> {
            window.gridView().sizeSlider().setValue(20);
            window.curveView().setLogScale(false);
            window.show("latent");
        });
        java.util.concurrent.CompletableFuture<Void>[] opened = new java.util.concurrent.CompletableFuture[1];
        robot.interact(() -> opened[0] = window.sessions().open(file));
        opened[0].get(60, java.util.concurrent.TimeUnit.SECONDS);
        waitUntil(() -> model.shown().latent().selectedProperty().get() == 42);

        assertThat(model.form().variantProperty().get()).isEqualTo(Variant.UNDERCOMPLETE);
        float[] after = model.shown().decoder().decode("test", points, 4).get(30, java.util.concurrent.TimeUnit.SECONDS);
        double maxDiff = 0;
        for (int i = 0; i < before.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(before[i] - after[i]));
        }
        assertThat(maxDiff).isLessThan(1e-6);
        assertThat(model.shown().latent().endAProperty().get()).isEqualTo(3);
        assertThat(model.shown().latent().endBProperty().get()).isEqualTo(17);
        assertThat(window.gridView().sizeSlider().getValue()).isEqualTo(12);
        assertThat(window.curveView().logScale()).isTrue();
        assertThat(window.selected().id()).isEqualTo("explore");
        assertThat(window.sideBySideModel().panels()).hasSize(1);
        assertThat(window.sideBySideModel().panels().get(0).shown().runProperty().get().variantTitle()).isEqualTo(Variant.VAE.title());

        // A corrupt file is refused with a sentence, and the window keeps the session it shows.
        Path junk = Files.write(dir.resolve("junk.latentlab"), new byte[] {80, 75, 3, 4, 0, 0});
        robot.interact(() -> window.sessions().open(junk));
        waitUntil(() -> model.errorProperty().get().contains("is not a Latent Lab session"));
        assertThat(model.form().variantProperty().get()).isEqualTo(Variant.UNDERCOMPLETE);
        assertThat(model.shown().latent().selectedProperty().get()).isEqualTo(42);
        assertThat(window.sideBySideModel().panels()).hasSize(1);
    }

    @Test
    void aPresetSetsUpThePhenomenonAndSaysWhatToLookFor(FxRobot robot) throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        org.latentlab.persistence.Preset holes = org.latentlab.persistence.PresetLibrary.builtIn().get(1);
        javafx.geometry.Bounds viewsBefore = window.tabs().localToScene(window.tabs().getLayoutBounds());
        robot.interact(() -> window.presets().apply(holes));
        waitUntil(() -> window.sideBySideModel().panels().size() == 2
                && window.sideBySideModel().panels().stream().allMatch(p -> p.shown().codesProperty().get() != null));
        assertThat(window.selected().id()).isEqualTo("sidebyside");
        assertThat(window.noteText()).contains("filled", "KL");
        // The note floats over the views: they keep their top and width (side by side only takes the
        // curves' height), and their tabs stay in reach above the note.
        javafx.geometry.Bounds viewsAfter = window.tabs().localToScene(window.tabs().getLayoutBounds());
        assertThat(viewsAfter.getMinY()).isEqualTo(viewsBefore.getMinY());
        assertThat(viewsAfter.getWidth()).isEqualTo(viewsBefore.getWidth());
        javafx.scene.Node note = robot.lookup("#note-text").query().getParent();
        javafx.geometry.Bounds noteBounds = note.localToScene(note.getLayoutBounds());
        assertThat(noteBounds.getMinY()).isGreaterThan(viewsBefore.getMinY() + 30);
        assertThat(noteBounds.getWidth()).isLessThan(viewsBefore.getWidth());

        // An instructor's preset that is broken is refused with a sentence; the sidebar keeps its knobs.
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": 1, \"title\": \"x\", \"description\": \"y\", "
                + "\"model\": {\"variant\": \"vae\", \"latent_size\": 0}}");
        robot.interact(() -> window.presets().open(bad));
        assertThat(model.errorProperty().get()).startsWith("bad.json is not a valid preset").contains("latent size");
        assertThat(model.form().variantProperty().get()).isEqualTo(Variant.UNDERCOMPLETE);
        assertThat(model.form().latentSizeProperty().get()).isEqualTo(2);
    }

    @Test
    void aVaeWhoseBetaIsTooHighGetsAPosteriorCollapseHint(FxRobot robot) throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        robot.interact(() -> {
            model.form().variantProperty().set(Variant.VAE);
            model.form().latentSizeProperty().set(8);
            model.form().variantSpecProperty().set(model.form().variantSpecProperty().get().toBuilder().beta(50).build());
            model.form().epochsProperty().set(2);
            model.train();
        });
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() >= 2);
        assertThat(window.noteText()).as(model.hintProperty().get() + " / " + model.statusProperty().get() + " / " + model.errorProperty().get()).startsWith("Posterior collapse:").contains("8 dimensions").contains("Lower β");
    }

    @Test
    void aLabReportHoldsEveryViewTheCurvesTheCodesAndTheConfiguration() throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        java.util.concurrent.CompletableFuture<java.util.List<Path>>[] report = new java.util.concurrent.CompletableFuture[1];
        javafx.application.Platform.runLater(() -> report[0] = window.labReport().export(dir));
        waitUntil(() -> report[0] != null);
        java.util.List<Path> files = report[0].get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("curves.csv", "codes.csv", "run.json",
                "1-latent.png", "2-explore.png", "3-reconstructions.png", "4-generate.png", "5-filters.png", "6-compare.png",
                "7-denoise.png", "curves.png");
        for (Path p : files) {
            assertThat(Files.size(p)).as(p.toString()).isPositive();
            if (p.toString().endsWith(".png")) {
                Pictures picture = Pictures.of(p);
                assertThat(picture.showsAView()).as(p.getFileName() + " shows its view: " + picture).isTrue();
            }
        }
        Path folder = files.get(0).getParent();
        java.util.List<String> codes = Files.readAllLines(folder.resolve("codes.csv"));
        assertThat(codes.get(0)).isEqualTo("index,label,z1,z2");
        assertThat(codes).hasSize(2001);
        com.google.gson.JsonObject run = com.google.gson.JsonParser.parseString(Files.readString(folder.resolve("run.json"))).getAsJsonObject();
        assertThat(run.getAsJsonObject("model").get("variant").getAsString()).isEqualTo("undercomplete");
        assertThat(run.get("dataset").getAsString()).isEqualTo("mnist-10k");
        java.awt.image.BufferedImage latent = javax.imageio.ImageIO.read(folder.resolve("1-latent.png").toFile());
        assertThat(latent.getWidth()).isGreaterThan(400);
    }

    @Test
    void aLabReportExportedFromTheDarkWindowIsPicturedLightUnlessDarkIsAskedForAndTheWindowStaysDark(FxRobot robot) throws Exception {
        waitUntil(() -> window.latentView().drawnPointCount() == 2000);
        robot.interact(() -> org.latentlab.ui.common.Theme.apply(org.latentlab.ui.common.Theme.DARK));
        try {
            Path light = report(() -> window.labReport().export(dir.resolve("light")));
            assertThat(groundBrightness(light.resolve("curves.png"))).as("the default report's curves").isGreaterThan(0.95);
            assertThat(groundBrightness(light.resolve("1-latent.png"))).as("the default report's latent view").isGreaterThan(0.95);
            assertThat(org.latentlab.ui.common.Theme.current()).as("the window after the report").isEqualTo(org.latentlab.ui.common.Theme.DARK);

            Path dark = report(() -> window.labReport().export(dir.resolve("dark"), org.latentlab.ui.common.Theme.DARK));
            assertThat(groundBrightness(dark.resolve("curves.png"))).as("the dark report's curves").isLessThan(0.2);
        } finally {
            robot.interact(() -> org.latentlab.ui.common.Theme.apply(org.latentlab.ui.common.Theme.LIGHT));
        }
    }

    /** The folder of the lab report {@code export} writes (started on the JavaFX thread). */
    private static Path report(java.util.function.Supplier<java.util.concurrent.CompletableFuture<java.util.List<Path>>> export) throws Exception {
        java.util.concurrent.CompletableFuture<java.util.List<Path>> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> export.get().whenComplete((files, e) -> {
            if (e != null) {
                done.completeExceptionally(e);
            } else {
                done.complete(files);
            }
        }));
        return done.get(90, java.util.concurrent.TimeUnit.SECONDS).get(0).getParent();
    }

    /** The brightness of a picture's most common colour: its ground. */
    private static double groundBrightness(Path file) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int rgb = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return javafx.scene.paint.Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff).getBrightness();
    }

    private static double spread(TrainingViewModel m) {
        float[] c = m.shown().codesProperty().get().codes();
        double s = 0;
        for (float v : c) {
            s += (double) v * v;
        }
        return Math.sqrt(s / c.length);
    }
}
