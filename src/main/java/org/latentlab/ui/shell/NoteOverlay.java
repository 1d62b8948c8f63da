package org.latentlab.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The note above the selected view (a preset's what-to-look-for, a hint from the run) until it is
 * closed: it takes its own room across the view and none once closed, so it covers nothing.
 */
final class NoteOverlay extends VBox {
    private final Label title = new Label();
    private final Label text = new Label();

    NoteOverlay() {
        super(2);
        title.getStyleClass().add("title-4");
        title.setId("note-title");
        text.setWrapText(true);
        text.setId("note-text");
        // A wrapping label in a VBox must ask for its full height, or it is cut to one line with an ellipsis.
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, MainWindow.icon("mdi2c-close"));
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Close the note."));
        close.setOnAction(e -> setVisible(false));
        Region gap = new Region();
        HBox head = new HBox(8, MainWindow.icon("mdi2l-lightbulb-on-outline"), title, gap, close);
        HBox.setHgrow(gap, Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(head, text);
        getStyleClass().add("note-bar");
        setPadding(new Insets(6, 12, 8, 12));
        setMaxHeight(Region.USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        javafx.scene.layout.BorderPane.setMargin(this, new Insets(6, 8, 4, 8));
        setVisible(false);
    }

    void show(String heading, String body) {
        title.setText(heading);
        text.setText(body);
        setVisible(true);
    }

    /** Hides the note if it is the one called {@code heading}. */
    void hide(String heading) {
        if (isVisible() && heading.equals(title.getText())) {
            setVisible(false);
        }
    }

    /** The note's text, empty when none is shown. */
    String text() {
        return isVisible() ? text.getText() : "";
    }
}
