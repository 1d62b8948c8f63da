package org.latentlab.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.latentlab.concurrent.Background;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.ui.common.Theme;
import org.latentlab.ui.shell.AppMenus;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.Settings;
import org.latentlab.ui.shell.ViewModels;
import org.latentlab.ui.training.TrainingViewModel;

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
        Scene scene = createScene(models, settings);
        window = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
        settings.restore(models.training(), window);
        stage.setTitle("Latent Lab");
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(new javafx.scene.input.KeyCodeCombination(KeyCode.F11));
        stage.setFullScreenExitHint("F11 leaves presenter mode.");
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full && window.presenterMode()) {
                window.setPresenterMode(false);
            }
        });
        settings.restoreStage(stage);
        stage.show();
    }

    /** The scene with the menus, the main window and its shortcuts; tests build it the same way. */
    public static Scene createScene(ViewModels models) {
        return createScene(models, null);
    }

    static Scene createScene(ViewModels models, Settings settings) {
        TrainingViewModel model = models.training();
        MainWindow window = new MainWindow(models);
        BorderPane root = new BorderPane(window);
        Scene scene = new Scene(root, 1280, 820);
        AppMenus.Host host = new AppMenus.Host() {
            private boolean dark = settings != null && settings.darkTheme();

            @Override
            public void togglePresenterMode() {
                boolean on = !window.presenterMode();
                window.setPresenterMode(on);
                Window w = scene.getWindow();
                if (w instanceof Stage stage) {
                    stage.setFullScreen(on);
                }
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
        root.setTop(AppMenus.create(window, model, host));
        // Closing the window stops every run and every background thread.
        scene.windowProperty().addListener((obs, old, w) -> {
            if (w != null) {
                w.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> models.close());
            }
        });
        // The window opens on a trained model, so there is a latent space to look at before any training.
        ShippedModels.find(ShippedModels.DEFAULT).ifPresent(e -> model.loadModel(e.folder()));
        scene.getStylesheets().add(ExplorerApp.class.getResource("/org/latentlab/ui/latentlab.css").toExternalForm());
        // A filter, so the shortcuts work whichever control has focus (a focused ComboBox eats Space);
        // typing into a text field or spinner is left alone, and shortcuts with modifiers go to the menus.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                AppMenus.trainOrPause(model);
                e.consume();
            } else if (e.getCode() == KeyCode.S) {
                model.step();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.stop();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                model.reset();
                e.consume();
            }
        });
        return scene;
    }

    private static void applyTheme(boolean dark) {
        Theme.apply(dark ? Theme.DARK : Theme.LIGHT);
    }

    @Override
    public void stop() {
        if (settings != null && window != null && window.getScene() != null && window.getScene().getWindow() instanceof Stage stage) {
            settings.save(stage, models.training(), window);
        }
        if (models != null) {
            models.close();
        }
    }

}
