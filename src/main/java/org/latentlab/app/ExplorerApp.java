package org.latentlab.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.TrainingViewModel;

/** The JavaFX application: builds the view model and the main window, and the keyboard shortcuts. */
public final class ExplorerApp extends Application {
    private TrainingViewModel model;

    static void launchExplorer(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new TrainingViewModel();
        Scene scene = createScene(model);
        stage.setTitle("Latent Lab");
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
    }

    /** The scene with the main window and its shortcuts; tests build it the same way. */
    public static Scene createScene(TrainingViewModel model) {
        MainWindow window = new MainWindow(model);
        Scene scene = new Scene(window, 1280, 820);
        scene.getStylesheets().add(ExplorerApp.class.getResource("/org/latentlab/ui/latentlab.css").toExternalForm());
        // A filter, so the shortcuts work whichever control has focus (a focused ComboBox eats Space);
        // typing into a text field or spinner is left alone.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                if (model.stateProperty().get() == TrainingViewModel.RunState.IDLE) {
                    model.train();
                } else {
                    model.togglePause();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.S) {
                model.step();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.stop();
                e.consume();
            }
        });
        return scene;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
