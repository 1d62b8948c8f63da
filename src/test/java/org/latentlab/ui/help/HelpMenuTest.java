package org.latentlab.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.app.ExplorerApp;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.shell.ViewDescriptor;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.shell.ViewRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help › Getting started, About and Open log folder, in the window as the app builds it. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    private ViewModels models;
    private Stage stage;
    private MenuBar bar;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        models = ViewModels.create(Background.threaded());
        Scene scene = ExplorerApp.createScene(models);
        bar = (MenuBar) ((BorderPane) scene.getRoot()).getTop();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            stage.close();
        });
        // Off the JavaFX thread: closing waits for the background threads to end.
        models.close();
    }

    @Test
    void gettingStartedSaysWhatEveryViewIsForWithAPictureAndListsTheMenusShortcuts(FxRobot robot) throws Exception {
        fire(robot, HelpMenu.GETTING_STARTED);
        Parent page = robot.lookup("#getting-started").queryParent();
        for (ViewDescriptor v : ViewRegistry.standard()) {
            Node row = robot.from(page).lookup("#view-" + v.id()).query();
            assertThat(texts(row)).as(v.id()).anyMatch(t -> t.startsWith(v.title())).contains(v.tip());
            Pane picture = robot.from(row).lookup("#picture-" + v.id()).queryAs(Pane.class);
            assertThat(picture.getChildren()).as("the picture of " + v.id()).isNotEmpty();
            if (v.inFigure()) {
                // Every view figure renders has its own picture (figure --model models/mnist-undercomplete-2d, made small).
                assertThat(picture.getChildren().get(0)).as(v.id()).isInstanceOf(javafx.scene.image.ImageView.class);
                assertThat(((javafx.scene.image.ImageView) picture.getChildren().get(0)).getImage().getWidth()).isGreaterThan(100);
            }
            if (v.shortcut() != null) {
                assertThat(texts(row)).anyMatch(t -> t.contains(v.shortcut().getDisplayText()));
            }
        }
        List<String> keys = texts(robot.lookup("#shortcuts").query());
        assertThat(pairs(keys)).contains("Space → Run › Train / Pause", "Esc → Run › Stop", "F11 → View › Presenter mode")
                .contains(accelerator("Open data set…") + " → File › Open data set…")
                .contains(accelerator("Latent space") + " → View › Latent space");
        // Asked for again, the one window comes forward instead of a second one opening.
        fire(robot, HelpMenu.GETTING_STARTED);
        assertThat(robot.lookup("#getting-started").queryAll()).hasSize(1);
    }

    @Test
    void aboutNamesTheVersionsAndTheLicencesOfTheShippedData(FxRobot robot) throws Exception {
        fire(robot, HelpMenu.ABOUT);
        List<String> about = texts(robot.lookup("#about").query());
        assertThat(about).contains("Java", "JavaFX", "DJL", "libtorch")
                .anyMatch(t -> t.startsWith(System.getProperty("java.version")))
                .anyMatch(t -> t.equals(System.getProperty("javafx.runtime.version")))
                .contains("0.36.0")
                .anyMatch(t -> t.startsWith("2.7.1 (cpu)"))
                .anyMatch(t -> t.startsWith("Latent Lab "));
        for (String[] row : assetsReadmeRows()) {
            assertThat(about).as("the licence of " + row[0] + " as assets/README.md gives it").contains(row[0] + ": " + row[1]);
        }
        assertThat(about).anyMatch(t -> t.startsWith("OpenJFX")).anyMatch(t -> t.startsWith("DJL 0.36: Apache-2.0"))
                .anyMatch(t -> t.startsWith("libtorch (PyTorch) 2.7.1: BSD-3-Clause"));
    }

    @Test
    void openLogFolderSaysInOneSentenceWhenThisDesktopCannotOpenFolders(FxRobot robot) throws Exception {
        fire(robot, HelpMenu.OPEN_LOG_FOLDER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !models.training().errorProperty().get().isEmpty());
        assertThat(models.training().errorProperty().get())
                .isEqualTo("Latent Lab cannot open a folder on this desktop; the log is in " + org.latentlab.app.Logging.folder() + ".");
    }

    /** The data rows of assets/README.md's table: the set's name and its licence, backticks removed. */
    private static List<String[]> assetsReadmeRows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("assets", "README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                rows.add(new String[] {cells[1].strip().replace("`", ""), cells[4].strip().replace("`", "")});
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        return rows;
    }

    private String accelerator(String itemText) {
        return items(bar).filter(i -> itemText.equals(i.getText())).findFirst().orElseThrow().getAccelerator().getDisplayText();
    }

    private void fire(FxRobot robot, String text) {
        MenuItem item = items(bar).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stream<MenuItem> items(MenuBar bar) {
        return bar.getMenus().stream().flatMap(HelpMenuTest::flatten);
    }

    private static Stream<MenuItem> flatten(Menu m) {
        return m.getItems().stream().flatMap(i -> i instanceof Menu sub ? flatten(sub) : Stream.of(i));
    }

    /** The grid's labels read in pairs: key → action. */
    private static List<String> pairs(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < texts.size(); i += 2) {
            out.add(texts.get(i) + " → " + texts.get(i + 1));
        }
        return out;
    }

    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        if (root instanceof Labeled l && l.getText() != null && !(root.getParent() instanceof Labeled)) {
            out.add(l.getText());
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}
