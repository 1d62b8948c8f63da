package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.lesson.AutoencoderBeatsPcaFigure;
import org.latentlab.lesson.CodesAsFeaturesFigure;
import org.latentlab.persistence.Lesson;
import org.latentlab.persistence.LessonLibrary;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lesson mode: Page Down / Page Up walk the sequence, a lesson hides the controls it names, and each lesson writes its measured figure. */
@ExtendWith(ApplicationExtension.class)
class LessonModeTest {
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
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> models.close());
    }

    private static Lesson lesson(String title, List<String> hide, String figure, String view) throws Exception {
        String json = """
                {"format": 1, "title": "%s", "description": "What to look for.", "model": {"variant": "undercomplete", "latent_size": 2},
                 "view": "%s", "hide": [%s]%s}""".formatted(title, view, String.join(", ", hide.stream().map(h -> "\"" + h + "\"").toList()),
                figure == null ? "" : ", \"figure\": \"" + figure + "\"");
        return LessonLibrary.parse(json, title + ".json");
    }

    private Node node(String id) {
        return window.lookup("#" + id);
    }

    @Test
    void aLessonHidesTheControlsItNamesAndTheNextLessonShowsThemAgain(FxRobot robot) throws Exception {
        Lesson hiding = lesson("Hiding", List.of("variant", "device"), null, "LATENT");
        Lesson plain = lesson("Plain", List.of(), null, "FILTERS");
        robot.interact(() -> window.lessons().start(List.of(hiding, plain)));
        assertThat(node("variant").isVisible()).isFalse();
        assertThat(node("device").isVisible()).isFalse();
        assertThat(window.noteText()).contains("What to look for.");
        assertThat(window.selected().id()).isEqualTo("latent");

        robot.interact(() -> node("views").requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> window.lessons().indexProperty().get() == 1);
        assertThat(node("variant").isVisible()).isTrue();
        assertThat(node("device").isVisible()).isTrue();
        assertThat(window.selected().id()).isEqualTo("filters");

        robot.type(KeyCode.PAGE_UP);
        waitUntil(() -> window.lessons().indexProperty().get() == 0);
        assertThat(node("variant").isVisible()).isFalse();
        robot.interact(() -> window.lessons().stop());
        assertThat(node("variant").isVisible()).isTrue();
    }

    @Test
    void aLessonNamingAControlFigureOrViewThatDoesNotExistGetsOneSentenceAndNothingChanges(FxRobot robot) throws Exception {
        Lesson good = lesson("Good", List.of(), null, "FILTERS");
        robot.interact(() -> window.lessons().start(List.of(good, lesson0("Ghost control", List.of("no-such-control"), null, "LATENT"))));
        String note = window.noteText();
        String selected = window.selected().id();
        var variant = model.form().variantProperty().get();
        robot.interact(() -> window.lessons().next());
        assertThat(model.errorProperty().get())
                .isEqualTo("The lesson “Ghost control” hides a control called no-such-control, which this window does not have.");
        assertThat(window.lessons().indexProperty().get()).isZero();
        assertThat(window.noteText()).isEqualTo(note);
        assertThat(window.selected().id()).isEqualTo(selected);
        assertThat(model.form().variantProperty().get()).isEqualTo(variant);

        robot.interact(() -> window.lessons().start(List.of(lesson0("Ghost figure", List.of(), "no-such-figure", "LATENT"))));
        assertThat(model.errorProperty().get()).startsWith("The lesson “Ghost figure” asks for a figure called no-such-figure, which does not exist");
        assertThat(window.lessons().sequence()).as("the sequence before stays").containsExactly(good, lesson0("Ghost control", List.of("no-such-control"), null, "LATENT"));
        robot.interact(() -> window.lessons().start(List.of(lesson0("Ghost view", List.of(), null, "NOWHERE"))));
        assertThat(model.errorProperty().get()).isEqualTo("The lesson “Ghost view” asks for a view called NOWHERE, which does not exist.");
        assertThat(window.noteText()).isEqualTo(note);
    }

    private static Lesson lesson0(String title, List<String> hide, String figure, String view) {
        try {
            return lesson(title, hide, figure, view);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void lesson7WritesTheComponentsFor90And95PercentOfTheVariance(FxRobot robot) throws Exception {
        Lesson pca = LessonLibrary.builtIn().stream().filter(l -> "pca-variance".equals(l.figure())).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().start(List.of(pca)));
        waitUntil(() -> window.noteText().contains("Measured on this run:"));
        assertThat(window.selected().id()).isEqualTo("compare");
        Matcher m = Pattern.compile("(\\d+) components hold 90% of the variance and (\\d+) hold 95%").matcher(window.noteText());
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isLessThan(784 / 4).isLessThan(Integer.parseInt(m.group(2)));
    }

    @Test
    void lesson1TrainsItsAutoencoderAndMeasuresItBelowPcaAtTheSameCodeSize(FxRobot robot) throws Exception {
        Lesson ae = LessonLibrary.builtIn().stream().filter(l -> "ae-beats-pca".equals(l.figure())).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().start(List.of(ae)));
        assertThat(node("variant").isVisible()).as("the lesson hides the variant picker").isFalse();
        waitUntil(() -> window.noteText().contains("Measured on this run:") || window.noteText().contains("Not shown on this run:"));
        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
        Matcher m = Pattern.compile("the autoencoder (\\d\\.\\d+), PCA (\\d\\.\\d+)").matcher(window.noteText());
        assertThat(m.find()).as(window.noteText()).isTrue();
        double autoencoder = Double.parseDouble(m.group(1));
        double pca = Double.parseDouble(m.group(2));
        var info = model.shown().runProperty().get();
        assertThat(pca).as("PCA's error on the run's own split").isCloseTo(AutoencoderBeatsPcaFigure.pcaMse(info.split(), 2),
                org.assertj.core.data.Offset.offset(1e-4));
        assertThat(autoencoder).as("the autoencoder's validation MSE below PCA's").isLessThan(pca);
        assertThat(window.noteText()).contains("Measured on this run:");
    }

    @Test
    void lesson2TrainsALargeNetworkOn64ImagesAndMeasuresTheTrainingErrorFarBelowTheValidationError(FxRobot robot) throws Exception {
        Lesson lesson = LessonLibrary.builtIn().stream().filter(l -> "memorisation".equals(l.figure())).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().start(List.of(lesson)));
        waitUntil(() -> window.noteText().contains("Measured on this run:") || window.noteText().contains("Not shown on this run:"));
        Matcher m = Pattern.compile("MSE on the training images (\\d\\.\\d+), on the validation images (\\d\\.\\d+)").matcher(window.noteText());
        assertThat(m.find()).as(window.noteText()).isTrue();
        double train = Double.parseDouble(m.group(1));
        double validation = Double.parseDouble(m.group(2));
        var metrics = model.shown().currentModel().checkpoint().metrics();
        assertThat(train).as("the run's own training MSE").isCloseTo(metrics.trainMse(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(validation).as("the run's own validation MSE").isCloseTo(metrics.valMse(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(train).as("memorised: the training error below a fifth of the validation error").isLessThan(validation / 5);
        assertThat(window.noteText()).contains("Measured on this run:");
        assertThat(model.shown().currentModel().checkpoint().spec().trainImages()).isEqualTo(64);
    }

    @Test
    void lesson3ShowsBothShippedModelsAndWritesTheVaesMiddleFramesCloserToRealDigits(FxRobot robot) throws Exception {
        Lesson lesson = LessonLibrary.builtIn().stream().filter(l -> "interpolation".equals(l.figure())).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().start(List.of(lesson)));
        waitUntil(() -> window.noteText().contains("Measured on this run:") || window.noteText().contains("Not shown on this run:"));
        assertThat(window.selected().id()).isEqualTo("sidebyside");
        Matcher m = Pattern.compile("lie on average (\\d\\.\\d+) \\(RMS per pixel\\) from their nearest training image through the VAE's code and (\\d\\.\\d+)")
                .matcher(window.noteText());
        assertThat(m.find()).as(window.noteText()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("the VAE's distance below the autoencoder's").isLessThan(Double.parseDouble(m.group(2)));
        assertThat(window.noteText()).contains("Measured on this run:");
    }

    @Test
    void lesson5ClassifiesTheRunsOwnCodesAgainstPcaAndPixelsWithFewLabels(FxRobot robot) throws Exception {
        Lesson lesson = LessonLibrary.builtIn().stream().filter(l -> "codes-as-features".equals(l.figure())).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().start(List.of(lesson)));
        waitUntil(() -> window.noteText().contains("Measured on this run:") || window.noteText().contains("Not shown on this run:"));
        // The note's figure is the one the run's own weights give on the run's own split.
        var saved = model.shown().currentModel();
        var info = model.shown().runProperty().get();
        CodesAsFeaturesFigure.Result r;
        try (var m = org.latentlab.ml.infer.Autoencoder.of(saved.checkpoint().spec(), ai.djl.Device.cpu(), saved.weights())) {
            r = new CodesAsFeaturesFigure().result(info.split(), m);
        }
        assertThat(window.noteText()).contains(String.format("the autoencoder's 16-number codes %.0f%% / %.0f%% / %.0f%%",
                100 * r.autoencoder()[0], 100 * r.autoencoder()[1], 100 * r.autoencoder()[2]));
        assertThat(window.noteText()).contains(r.autoencoder()[0] > r.pixels()[0] ? "Measured on this run:" : "Not shown on this run:");
    }

    @Test
    void lesson10CountsTheHoleTilesOfBothPlanesAndSaysWhetherTheVaeHasFewer(FxRobot robot) throws Exception {
        Lesson lesson = LessonLibrary.builtIn().stream().filter(l -> "latent-holes".equals(l.figure())).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().start(List.of(lesson)));
        waitUntil(() -> window.noteText().contains("Measured on this run:") || window.noteText().contains("Not shown on this run:"));
        Matcher m = Pattern.compile("(\\d+) look like no digit for the autoencoder and (\\d+) for the VAE").matcher(window.noteText());
        assertThat(m.find()).as(window.noteText()).isTrue();
        boolean fewer = Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1));
        assertThat(window.noteText()).contains(fewer ? "Measured on this run:" : "Not shown on this run:");
    }
}
