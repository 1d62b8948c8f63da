package org.latentlab.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.latentlab.concurrent.Background;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.ui.common.Theme;
import javafx.scene.control.MenuBar;
import org.latentlab.ui.help.CrashDialog;
import org.latentlab.ui.help.HelpMenu;
import org.latentlab.ui.help.LogFolder;
import org.latentlab.ui.shell.AppMenus;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.Settings;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.training.RunControls;

/**
 * The JavaFX application: makes the one background executor, builds every view model on it and the
 * main window, the menus, the shortcuts and the theme; closing the window closes them all.
 */
public final class ExplorerApp extends Application {
    private ViewModels models;
    private MainWindow window;
    private Settings settings;

    static void launchExplorer(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        settings = Settings.user();
        applyTheme(settings.darkTheme());
        models = ViewModels.create(Background.threaded());
        LogFolder logFolder = new LogFolder(Logging.folder(), DesktopFolders.opener(getHostServices()), models.background().lane("desktop"));
        WindowEdge.install(models.training(), new CrashDialog(() -> stage, logFolder)::show);
        Scene scene = createScene(models, settings, logFolder);
        window = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
        settings.restore(models.training().form(), window);
        WritableFolders.check().ifPresent(models.training()::refuse);
        stage.setTitle("Latent Lab");
        stage.setScene(scene);
        settings.restoreStage(stage);
        stage.show();
        // Again once shown: a window manager may map the window at the scene's size instead of the one asked for.
        settings.restoreStage(stage);
    }

    /** The scene with the menus, the main window and its shortcuts; tests build it the same way. */
    public static Scene createScene(ViewModels models) {
        return createScene(models, null, new LogFolder(Logging.folder(), DesktopFolders.opener(null), models.background().lane("desktop")));
    }

    static Scene createScene(ViewModels models, Settings settings, LogFolder logFolder) {
        RunControls run = models.training();
        MainWindow window = new MainWindow(models);
        BorderPane root = new BorderPane(window);
        Scene scene = new Scene(root, 1280, 820);
        AppMenus.Host host = new AppMenus.Host() {
            private boolean dark = settings != null && settings.darkTheme();

            @Override
            public void togglePresenterMode() {
                setPresenterMode(scene, window, !window.presenterMode());
            }

            @Override
            public void setDarkTheme(boolean on) {
                dark = on;
                applyTheme(on);
                if (settings != null) {
                    settings.setDarkTheme(on);
                }
            }

            @Override
            public boolean darkTheme() {
                return dark;
            }

            @Override
            public void quit() {
                Window w = scene.getWindow();
                if (w != null) {
                    w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                    if (w.isShowing() && w instanceof Stage stage) {
                        stage.close();
                    }
                }
                Platform.exit();
            }
        };
        MenuBar menus = AppMenus.create(window, run, models.training(), host);
        HelpMenu.addTo(menus, window.views(), logFolder, models.training()::refuse);
        root.setTop(menus);
        // Closing the window stops every run and every background thread.
        scene.windowProperty().addListener((obs, old, w) -> {
            if (w != null) {
                w.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> models.close());
            }
            if (w instanceof Stage stage) {
                // F11 and Esc are the key filter's, so the stage's own exit key must not act on them too.
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreenExitHint("F11 or Esc leaves presenter mode.");
                stage.fullScreenProperty().addListener((o, was, full) -> {
                    if (!full && window.presenterMode()) {
                        window.setPresenterMode(false);
                    }
                });
            }
        });
        // The window opens on a trained model, so there is a latent space to look at before any training.
        ShippedModels.find(ShippedModels.DEFAULT).ifPresent(e -> models.training().loadModel(e.folder()));
        scene.getStylesheets().add(ExplorerApp.class.getResource("/org/latentlab/ui/latentlab.css").toExternalForm());
        // A filter, so the shortcuts work whichever control has focus (a focused ComboBox eats Space);
        // typing into a text field or spinner is left alone, and shortcuts with modifiers go to the menus.
        // F11 toggles presenter mode from anywhere; Esc in presenter mode leaves it (and full screen) rather than stopping the run.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F11 || (e.getCode() == KeyCode.ESCAPE && window.presenterMode())) {
                setPresenterMode(scene, window, e.getCode() == KeyCode.F11 && !window.presenterMode());
                e.consume();
                return;
            }
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                run.trainOrPause();
                e.consume();
            } else if (e.getCode() == KeyCode.S) {
                run.step();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                run.stop();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                run.reset();
                e.consume();
            }
        });
        return scene;
    }

    /** Presenter mode on or off: the window's large type without the sidebar, and its stage full screen. */
    private static void setPresenterMode(Scene scene, MainWindow window, boolean on) {
        window.setPresenterMode(on);
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreen(on);
        }
    }

    private static void applyTheme(boolean dark) {
        Theme.apply(dark ? Theme.DARK : Theme.LIGHT);
    }

    @Override
    public void stop() {
        if (settings != null && window != null && window.getScene() != null && window.getScene().getWindow() instanceof Stage stage) {
            settings.save(stage, models.training().form(), window);
        }
        if (models != null) {
            models.close();
        }
    }

}
