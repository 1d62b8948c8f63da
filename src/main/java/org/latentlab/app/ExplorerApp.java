package org.latentlab.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the services and the main window. */
public final class ExplorerApp extends Application {
    static void launchExplorer(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
