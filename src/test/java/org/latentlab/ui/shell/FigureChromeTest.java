package org.latentlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A figure is the plot, its axes, legend and title: a view pictured for a figure shows no button, slider or picker. */
@ExtendWith(ApplicationExtension.class)
class FigureChromeTest {
    private ViewModels models;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        models = ViewModels.create(org.latentlab.concurrent.Background.threaded());
        window = new MainWindow(models);
        stage.setScene(new Scene(window, 1280, 820));
        stage.show();
    }

    @AfterEach
    void close() {
        models.close();
    }

    @Test
    void aViewPicturedForAFigureShowsNoControlAndGetsThemAllBackAfterwards(FxRobot robot) {
        for (String id : ViewRegistry.figureIds()) {
            List<Node> before = new ArrayList<>();
            List<Node> during = new ArrayList<>();
            List<Node> after = new ArrayList<>();
            robot.interact(() -> {
                window.show(id);
                Node node = window.built(id).node();
                before.addAll(shownControls(node));
                FigureChrome chrome = FigureChrome.hideControls(node);
                during.addAll(shownControls(node));
                chrome.restore();
                after.addAll(shownControls(node));
            });
            assertThat(during).as("controls shown in the %s figure", id).isEmpty();
            assertThat(after).as("%s's controls after its picture", id).containsExactlyElementsOf(before);
        }
        // The latent view's replay slider and the curves' smoothing slider are among those left out.
        for (String id : List.of("latent", "curves")) {
            List<Node> shown = new ArrayList<>();
            robot.interact(() -> {
                window.show(id);
                shown.addAll(shownControls(window.built(id).node()));
            });
            assertThat(shown).as("%s's controls in the window", id).anyMatch(n -> n instanceof Slider);
        }
    }

    /** Every control under {@code root} that would appear in a picture of it (it and its containers shown). */
    private static List<Node> shownControls(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!FigureChrome.shows(node)) {
            return;
        }
        if (FigureChrome.isControl(node)) {
            found.add(node);
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
        }
    }
}
