package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.app.ExplorerApp;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.decode.DecodedGridView;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.Settings;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's size on first opening, its layout at the minimum size, presenter mode's keys, and a long error shown whole. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    private final List<Stage> stages = new ArrayList<>();
    private ViewModels models;
    private Preferences node;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("Latent Lab tests"), 200, 100));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            stages.forEach(Stage::close);
            if (models != null) {
                models.close();
            }
        });
        if (node != null) {
            node.removeNode();
        }
    }

    /** The app's window (menus, shortcuts and all) on a stage of {@code width} × {@code height}, once the shipped model is on show. */
    private MainWindow open(FxRobot robot, double width, double height) throws Exception {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            models = ViewModels.create(Background.threaded());
            Scene scene = ExplorerApp.createScene(models);
            window[0] = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            stage.toFront();
            stages.add(stage);
        });
        waitUntil(() -> models.training().shown().currentModel() != null && models.training().stateProperty().get() == RunState.IDLE);
        return window[0];
    }

    @Test
    void aFirstWindowTakesMostOfTheScreenAndASavedSizeIsNeverBelowTheMinimum(FxRobot robot) throws Exception {
        node = Preferences.userRoot().node("org/latentlab/tests/layout-" + System.nanoTime());
        Settings settings = new Settings(node);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double minWidth = Math.min(Settings.MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(Settings.MIN_HEIGHT, screen.getHeight());
        Stage[] first = new Stage[1];
        robot.interact(() -> {
            first[0] = new Stage();
            settings.restoreStage(first[0]);
        });
        assertThat(first[0].getMinWidth()).isEqualTo(minWidth);
        assertThat(first[0].getMinHeight()).isEqualTo(minHeight);
        assertThat(first[0].getWidth()).isBetween(Math.max(minWidth, 0.8 * screen.getWidth()) - 1, screen.getWidth());
        assertThat(first[0].getHeight()).isBetween(Math.max(minHeight, 0.8 * screen.getHeight()) - 1, screen.getHeight());
        assertThat(first[0].getX()).as("centred").isCloseTo(screen.getMinX() + (screen.getWidth() - first[0].getWidth()) / 2,
                org.assertj.core.data.Offset.offset(1.0));

        // A window manager once left the window at 198 × 175, and that size was saved.
        node.putDouble("width", 198);
        node.putDouble("height", 175);
        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            settings.restoreStage(again[0]);
        });
        assertThat(again[0].getWidth()).isEqualTo(minWidth);
        assertThat(again[0].getHeight()).isEqualTo(minHeight);
    }

    @Test
    void atTheMinimumSizeTheLatticeIsSquareAndNoSidebarSentenceOrLegendEntryIsCut(FxRobot robot) throws Exception {
        MainWindow window = open(robot, Settings.MIN_WIDTH, Settings.MIN_HEIGHT);
        DecodedGridView grid = window.gridView();
        waitUntil(() -> grid.decodedTileCount() > 0 && window.latentView().legendClasses().size() == 10);
        WaitForAsyncUtils.waitForFxEvents();

        int across = 0;
        int down = 0;
        for (int y = 0; y < grid.getHeight(); y += 4) {
            across = Math.max(across, run(grid, y, true));
        }
        for (int x = 0; x < grid.getWidth(); x += 4) {
            down = Math.max(down, run(grid, x, false));
        }
        assertThat(across).as("the lattice has tiles").isGreaterThan(100);
        assertThat((double) across).as("the lattice is square: %d across, %d down", across, down).isCloseTo(down, org.assertj.core.data.Offset.offset(3.0));

        String description = models.training().form().variantProperty().get().description();
        Label shown = robot.lookup(".variant-description").queryAllAs(Label.class).stream()
                .filter(l -> description.equals(l.getText())).findFirst().orElseThrow();
        assertThat(displayed(shown)).as("the variant's description is shown whole").isEqualTo(description);

        Bounds view = window.latentView().localToScene(window.latentView().getBoundsInLocal());
        List<Node> entries = new ArrayList<>(window.latentView().lookupAll(".legend-entry"));
        assertThat(entries).hasSize(10);
        Bounds last = entries.get(entries.size() - 1).localToScene(entries.get(entries.size() - 1).getBoundsInLocal());
        assertThat(last.getMaxY()).as("the legend's last class is inside the scatter").isLessThanOrEqualTo(view.getMaxY());
        assertThat(last.getMaxX()).isLessThanOrEqualTo(view.getMaxX());
    }

    @Test
    void atTheMinimumSizeEveryVariantsKnobNamesAreShownWholeInTheSidebar(FxRobot robot) throws Exception {
        open(robot, Settings.MIN_WIDTH, Settings.MIN_HEIGHT);
        List<String> cut = new ArrayList<>();
        int seen = 0;
        for (org.latentlab.ml.model.Variant v : org.latentlab.ml.model.Variant.values()) {
            robot.interact(() -> models.training().form().variantProperty().set(v));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> names = models.training().form().knobs().stream().map(k -> k.getName()).toList();
            for (Label label : robot.lookup("#knobs .label").queryAllAs(Label.class)) {
                if (label.isVisible() && names.contains(label.getText())) {
                    seen++;
                    if (!label.getText().equals(displayed(label))) {
                        cut.add(v.id() + ": " + label.getText() + " shown as " + displayed(label));
                    }
                }
            }
        }
        assertThat(seen).as("the knob names were found").isGreaterThan(20);
        assertThat(cut).as("knob names cut short").isEmpty();
    }

    /** The longest run of pixels with a tile under them along row (or column) {@code at} of the grid's canvas. */
    private static int run(DecodedGridView grid, int at, boolean row) {
        int best = 0;
        int current = 0;
        int length = (int) (row ? grid.getWidth() : grid.getHeight());
        for (int i = 0; i < length; i++) {
            boolean tile = row ? grid.codeAt(i, at) != null : grid.codeAt(at, i) != null;
            current = tile ? current + 1 : 0;
            best = Math.max(best, current);
        }
        return best;
    }

    /** The text a label draws: its text, or a shortened one ending in an ellipsis when it does not fit. */
    private static String displayed(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    @Test
    void f11TogglesPresenterModeAndEscLeavesIt(FxRobot robot) throws Exception {
        MainWindow window = open(robot, Settings.MIN_WIDTH, Settings.MIN_HEIGHT);
        Stage stage = stages.get(0);
        robot.type(KeyCode.F11);
        waitUntil(window::presenterMode);
        assertThat(stage.isFullScreen()).isTrue();
        robot.type(KeyCode.F11);
        waitUntil(() -> !window.presenterMode());
        assertThat(stage.isFullScreen()).isFalse();

        robot.type(KeyCode.F11);
        waitUntil(window::presenterMode);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !window.presenterMode());
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(window.getLeft()).as("the sidebar is back").isNotNull();
    }

    @Test
    void aLongErrorIsShownWholeAndTheStatusBarDoesNotSayReady(FxRobot robot) throws Exception {
        MainWindow window = open(robot, Settings.MIN_WIDTH, Settings.MIN_HEIGHT);
        Path folder = Files.createDirectories(dir.resolve("holiday pictures from a long summer"));
        Files.writeString(folder.resolve("notes.txt"), "not a picture");
        robot.interact(() -> models.training().openDataset(folder));
        waitUntil(() -> !models.training().errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String sentence = models.training().errorProperty().get();
        assertThat(sentence.length()).as("a sentence longer than one line of the sidebar: " + sentence).isGreaterThan(60);

        Label error = robot.lookup("#error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo(sentence);
        assertThat(displayed(error)).as("the whole sentence is drawn").isEqualTo(sentence);
        String status = robot.lookup("#status").queryAs(StatusBar.class).getText();
        assertThat(status).doesNotStartWith("Ready").contains("not opened");
        assertThat(window.getScene().getWindow().isShowing()).isTrue();
    }
}
