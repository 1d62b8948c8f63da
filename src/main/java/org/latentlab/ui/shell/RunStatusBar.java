package org.latentlab.ui.shell;

import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.latentlab.ui.training.Messages;

/** The status bar along the bottom: what is happening, the run's progress, and the last knob changed mid-run. */
final class RunStatusBar extends StatusBar {
    RunStatusBar(Messages messages) {
        setId("status");
        textProperty().bind(messages.statusProperty());
        progressProperty().bind(messages.progressProperty());
        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(messages.noticeProperty());
        notice.getStyleClass().add("variant-description");
        getRightItems().add(notice);
    }
}
