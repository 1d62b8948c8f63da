package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.app.ExplorerApp;
import org.latentlab.persistence.Preset;
import org.latentlab.persistence.PresetLibrary;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A preset's note in the app's window at 1280 × 820: it covers none of the controls of the view it opens, least of all the one it asks for. */
@ExtendWith(ApplicationExtension.class)
class PresetNoteTest {
    private org.latentlab.ui.shell.ViewModels models;
    private TrainingViewModel model;
    private MainWindow window;

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
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> models.close());
    }

    @Test
    void theDenoisingPresetsNoteLeavesTheNoiseSliderItAsksForVisibleAndClickable(FxRobot robot) throws Exception {
        Preset denoising = PresetLibrary.builtIn().stream().filter(p -> p.view().equals("DENOISE")).findFirst().orElseThrow();
        assertThat(denoising.description()).contains("noise slider");
        var done = new java.util.concurrent.CompletableFuture<?>[1];
        robot.interact(() -> done[0] = window.presets().apply(denoising));
        done[0].get(120, java.util.concurrent.TimeUnit.SECONDS);
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && window.selected().id().equals("denoise"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.noteText()).isEqualTo(denoising.description());

        javafx.scene.control.Slider level = robot.lookup("#noise-level").queryAs(javafx.scene.control.Slider.class);
        assertThat(level.isVisible() && level.getWidth() > 40).as("the noise slider is shown").isTrue();
        Bounds slider = level.localToScene(level.getLayoutBounds());
        Bounds note = noteBounds(robot);
        assertThat(note.intersects(slider)).as("the note %s covers the slider %s", note, slider).isFalse();
        assertThat(window.getScene().getWindow().getHeight()).isLessThanOrEqualTo(820);
        assertThat(slider.getMaxY()).as("the slider is inside the window").isLessThanOrEqualTo(window.getScene().getHeight());

        // A click at four fifths of the track moves the noise there (a note over it would take the click).
        double before = level.getValue();
        robot.clickOn(level.localToScreen(level.getLayoutBounds().getMinX() + 0.8 * level.getWidth(), level.getLayoutBounds().getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(level.getValue()).as("the click reached the slider").isNotEqualTo(before).isGreaterThan(0.6);
    }

    @Test
    void noPresetsNoteCoversAControlOfTheViewItOpens(FxRobot robot) throws Exception {
        java.util.List<String> covered = new java.util.ArrayList<>();
        int controlsSeen = 0;
        for (Preset preset : PresetLibrary.builtIn()) {
            var done = new java.util.concurrent.CompletableFuture<?>[1];
            robot.interact(() -> done[0] = window.presets().apply(preset));
            done[0].get(120, java.util.concurrent.TimeUnit.SECONDS);
            if (!window.sideBySideModel().panels().isEmpty()) {
                waitUntil(() -> window.sideBySideModel().panels().stream().allMatch(p -> p.shown().codesProperty().get() != null));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.noteText()).isEqualTo(preset.description());
            Bounds note = noteBounds(robot);
            int[] seen = {0};
            robot.interact(() -> controls(window.selectedView()).forEach(c -> {
                seen[0]++;
                Bounds b = c.localToScene(c.getLayoutBounds());
                if (note.intersects(b)) {
                    covered.add(preset.title() + ": " + c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()));
                }
            }));
            controlsSeen += seen[0];
            Node view = window.selectedView();
            if (note.intersects(view.localToScene(view.getLayoutBounds()))) {
                covered.add(preset.title() + ": the view itself");
            }
            robot.interact(model::stop);
            waitUntil(() -> model.stateProperty().get() == RunState.IDLE);
        }
        assertThat(controlsSeen).as("the presets' views have controls").isGreaterThan(10);
        assertThat(covered).isEmpty();
    }

    /** The shown controls that take input (buttons, sliders, pickers, fields) under {@code node}. */
    private static java.util.List<javafx.scene.control.Control> controls(Node node) {
        java.util.List<javafx.scene.control.Control> out = new java.util.ArrayList<>();
        if (!node.isVisible()) {
            return out;
        }
        if (node instanceof javafx.scene.control.ButtonBase || node instanceof javafx.scene.control.Slider
                || node instanceof javafx.scene.control.ComboBoxBase<?> || node instanceof javafx.scene.control.ChoiceBox<?>
                || node instanceof javafx.scene.control.Spinner<?> || node instanceof javafx.scene.control.TextInputControl) {
            Control c = (Control) node;
            if (c.getWidth() > 0 && c.getHeight() > 0) {
                out.add(c);
            }
            return out;
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> out.addAll(controls(child)));
        }
        return out;
    }

    private static Bounds noteBounds(FxRobot robot) {
        Node note = robot.lookup("#note").query();
        return note.localToScene(note.getLayoutBounds());
    }

    @Test
    void aLongLessonNoteScrollsInsteadOfSqueezingTheSideBySidePanelsAndAShortOneShowsWhole(FxRobot robot) throws Exception {
        var lesson = org.latentlab.persistence.LessonLibrary.builtIn().stream().filter(l -> "latent-holes".equals(l.figure())).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().start(java.util.List.of(lesson)));
        waitUntil(() -> window.noteText().contains("Measured on this run:") || window.noteText().contains("Not shown on this run:"));
        WaitForAsyncUtils.waitForFxEvents();
        Node view = window.selectedView();
        Node holder = view.getParent();
        double holderHeight = holder.getLayoutBounds().getHeight();
        Bounds note = noteBounds(robot);
        javafx.scene.control.ScrollPane body = robot.lookup("#note-body").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.control.Label text = robot.lookup("#note-text").queryAs(javafx.scene.control.Label.class);
        assertThat(body.getHeight()).as("the note's text takes at most its share of the view's height")
                .isLessThanOrEqualTo(0.26 * holderHeight);
        assertThat(view.getLayoutBounds().getHeight()).as("the side-by-side panels keep over 60% of the height").isGreaterThan(0.6 * holderHeight);
        assertThat(note.intersects(view.localToScene(view.getLayoutBounds()))).isFalse();
        assertThat(text.getHeight()).as("the text is laid out whole, to be scrolled, not cut").isGreaterThan(body.getHeight())
                .isCloseTo(text.prefHeight(text.getWidth()), org.assertj.core.data.Offset.offset(1.0));
        assertThat(body.lookupAll(".scroll-bar").stream().anyMatch(b -> b.isVisible()
                && ((javafx.scene.control.ScrollBar) b).getOrientation() == javafx.geometry.Orientation.VERTICAL))
                .as("a scroll bar reaches the rest of the text").isTrue();

        // A preset's short note shows whole, without a scroll bar.
        Preset denoising = PresetLibrary.builtIn().stream().filter(p -> p.view().equals("DENOISE")).findFirst().orElseThrow();
        robot.interact(() -> window.lessons().stop());
        var done = new java.util.concurrent.CompletableFuture<?>[1];
        robot.interact(() -> done[0] = window.presets().apply(denoising));
        done[0].get(120, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getHeight()).as("a short note is not scrolled").isGreaterThanOrEqualTo(text.getHeight() - 1);
    }

}
