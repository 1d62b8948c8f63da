package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.app.ExplorerApp;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ui.shell.AppMenus;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.Settings;
import org.latentlab.ui.shell.Snapshots;
import org.latentlab.ui.shell.ViewDescriptor;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.shell.ViewRegistry;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's shell: the keys a person presses, what it remembers between sessions, and a view added by one entry. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private final List<ViewModels> models = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private Preferences node;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("Latent Lab tests"), 200, 100));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            stages.forEach(Stage::close);
            models.forEach(ViewModels::close);
        });
        if (node != null) {
            node.removeNode();
        }
    }

    /** A window on a stage of its own, as the app builds it (menus, shortcuts and all). */
    private MainWindow open(FxRobot robot, TrainingViewModel model) {
        ViewModels owner = models.stream().filter(m -> m.training() == model).findFirst().orElseThrow();
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            Scene scene = ExplorerApp.createScene(owner);
            window[0] = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.setWidth(1280);
            stage.setHeight(820);
            stage.show();
            stage.toFront();
            stages.add(stage);
        });
        return window[0];
    }

    private TrainingViewModel newModel(FxRobot robot) {
        ViewModels[] model = new ViewModels[1];
        robot.interact(() -> model[0] = ViewModels.create(Background.threaded()));
        models.add(model[0]);
        return model[0].training();
    }

    @Test
    void theViewSelectedWhenTheWindowClosedIsSelectedWhenItOpensAgain(FxRobot robot) throws Exception {
        node = Preferences.userRoot().node("org/latentlab/tests/shell-" + System.nanoTime());
        Settings settings = new Settings(node);
        TrainingViewModel first = newModel(robot);
        MainWindow window = open(robot, first);
        robot.interact(() -> {
            window.show("compare");
            settings.save(stages.get(0), first.form(), window);
            stages.get(0).close();
        });
        assertThat(node.get("viewId", null)).as("the view is kept by its id").isEqualTo("compare");

        TrainingViewModel second = newModel(robot);
        MainWindow reopened = open(robot, second);
        assertThat(reopened.selected().id()).isEqualTo("latent");
        robot.interact(() -> settings.restore(second.form(), reopened));
        assertThat(reopened.selected().id()).isEqualTo("compare");
        assertThat(reopened.tabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("PCA vs AE");

        // Settings written before views had ids kept the tab's position: it is read once as the view there.
        node.remove("viewId");
        node.putInt("view", 4);
        robot.interact(() -> settings.restore(second.form(), reopened));
        assertThat(reopened.selected().id()).isEqualTo("filters");
        robot.interact(() -> settings.save(stages.get(1), second.form(), reopened));
        assertThat(node.get("viewId", null)).isEqualTo("filters");
        assertThat(node.getInt("view", -1)).isEqualTo(-1);
    }

    @Test
    void spaceTrainsAndPausesSRunsOneBatchEscStopsAndRResets(FxRobot robot) throws Exception {
        TrainingViewModel model = newModel(robot);
        MainWindow window = open(robot, model);
        waitUntil(() -> model.shown().currentModel() != null && model.stateProperty().get() == RunState.IDLE);
        robot.interact(() -> {
            model.form().hiddenLayersProperty().set("16");
            model.form().epochsProperty().set(50);
            model.form().refreshKnobs();
        });

        robot.type(KeyCode.SPACE);
        waitUntil(() -> model.stateProperty().get() == RunState.RUNNING && model.shown().curves().size() > 5);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> model.stateProperty().get() == RunState.PAUSED);
        int paused = steady(model);
        assertThat(robot.lookup("#train").queryButton().getText()).isEqualTo("Resume");

        robot.type(KeyCode.S);
        waitUntil(() -> model.shown().curves().size() == paused + 1);
        assertThat(steady(model)).as("one batch, then it holds").isEqualTo(paused + 1);
        assertThat(model.stateProperty().get()).isEqualTo(RunState.PAUSED);

        robot.type(KeyCode.SPACE);
        waitUntil(() -> model.stateProperty().get() == RunState.RUNNING && model.shown().curves().size() > paused + 5);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE);
        int stopped = steady(model);
        assertThat(model.statusProperty().get()).contains("Stopped at step");
        assertThat(window.curveView().pointCount()).isEqualTo(stopped).isPositive();

        robot.type(KeyCode.R);
        waitUntil(() -> window.curveView().pointCount() == 0);
        assertThat(model.shown().codesProperty().get()).isNull();
        assertThat(model.statusProperty().get()).startsWith("Reset.");
        assertThat(robot.lookup("#train").queryButton().getText()).isEqualTo("Train");
    }

    /** The step count once no more steps arrive. */
    private static int steady(TrainingViewModel model) throws Exception {
        int before;
        do {
            before = model.shown().curves().size();
            Thread.sleep(400);
            WaitForAsyncUtils.waitForFxEvents();
        } while (model.shown().curves().size() != before);
        return before;
    }

    /** A real, small view: how many codes are on show. Adding it to the window is this class and one descriptor. */
    static final class CodeCountView extends Label {
        private final ReadOnlyBooleanWrapper drawn = new ReadOnlyBooleanWrapper(true);

        CodeCountView(LatentViewModel latent) {
            textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> latent.shownProperty().get() == null
                    ? "No codes yet." : latent.shownProperty().get().size() + " codes on show", latent.shownProperty()));
            setStyle("-fx-font-size: 40px; -fx-background-color: linear-gradient(to right, #1f77b4, #ff7f0e, #2ca02c, #d62728);");
            setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }

        ReadOnlyBooleanProperty drawnProperty() {
            return drawn.getReadOnlyProperty();
        }
    }

    @Test
    void aViewAddedByOneDescriptorGetsATabAMenuItemItsShortcutAPictureAndIsRemembered(FxRobot robot) throws Exception {
        ViewDescriptor codeCount = ViewDescriptor.tab("codecount", "Code count", "mdi2n-numeric", "How many codes are on show.", "Shortcut+0",
                c -> {
                    CodeCountView v = new CodeCountView(c.shown().latent());
                    return ViewDescriptor.Built.of(v, v.drawnProperty());
                });
        List<ViewDescriptor> views = new ArrayList<>(ViewRegistry.standard());
        views.add(codeCount);
        TrainingViewModel model = newModel(robot);
        MainWindow[] built = new MainWindow[1];
        MenuBar[] menus = new MenuBar[1];
        robot.interact(() -> {
            built[0] = new MainWindow(models.stream().filter(m -> m.training() == model).findFirst().orElseThrow(), views);
            menus[0] = AppMenus.create(built[0], model, model, new AppMenus.Host() {
                @Override
                public void togglePresenterMode() { }

                @Override
                public void setDarkTheme(boolean dark) { }

                @Override
                public boolean darkTheme() {
                    return false;
                }

                @Override
                public void quit() { }
            });
            Stage stage = new Stage();
            stage.setScene(new Scene(new BorderPane(built[0], menus[0], null, null, null), 1280, 820));
            stage.show();
            stages.add(stage);
        });
        MainWindow window = built[0];
        assertThat(window.tabs().getTabs()).extracting(javafx.scene.control.Tab::getText).endsWith(ViewRegistry.standard().stream()
                .filter(v -> v.place() == ViewDescriptor.Place.TAB).reduce((a, b) -> b).orElseThrow().title(), "Code count");
        Menu view = menus[0].getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        MenuItem item = view.getItems().stream().filter(i -> "Code count".equals(i.getText())).findFirst().orElseThrow();
        assertThat(item.getAccelerator()).isEqualTo(codeCount.shortcut());

        robot.interact(() -> item.fire());
        assertThat(window.selected().id()).isEqualTo("codecount");
        assertThat(window.part(CodeCountView.class).getText()).isEqualTo("No codes yet.");
        Path file = dir.resolve("codecount.png");
        CompletableFuture<Path>[] picture = new CompletableFuture[1];
        robot.interact(() -> picture[0] = Snapshots.saveWhenDrawn(window, "codecount", file));
        picture[0].get(30, TimeUnit.SECONDS);
        assertThat(Pictures.of(file).showsAView()).as(Pictures.of(file).toString()).isTrue();

        node = Preferences.userRoot().node("org/latentlab/tests/shell-" + System.nanoTime());
        Settings settings = new Settings(node);
        robot.interact(() -> {
            settings.save(stages.get(0), model.form(), window);
            window.show("latent");
            settings.restore(model.form(), window);
        });
        assertThat(window.selected().id()).isEqualTo("codecount");
        assertThat(window.sessions().viewSettings()).containsEntry("view", "codecount");
    }
}
