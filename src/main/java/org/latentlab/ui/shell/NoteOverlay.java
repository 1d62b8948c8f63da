package org.latentlab.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
    /** The text, scrolled when it would take more than {@link #SHARE} of the view's height. */
    private final ScrollPane body = new ScrollPane(text);
    /** The most of the view's height the note's text takes before it scrolls, so a long note leaves the view room. */
    static final double SHARE = 0.25;
    private final javafx.beans.value.ChangeListener<Number> refit = (obs, old, now) -> fit();

    NoteOverlay() {
        super(2);
        title.getStyleClass().add("title-4");
        title.setId("note-title");
        text.setWrapText(true);
        text.setId("note-text");
        // A wrapping label must ask for its full height, or it is cut to one line with an ellipsis; the scroll pane around it shows the rest.
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
        body.setFitToWidth(true);
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        body.setStyle("-fx-background-color: transparent; -fx-background: transparent; -fx-padding: 0;");
        body.setId("note-body");
        body.widthProperty().addListener(refit);
        parentProperty().addListener((obs, old, now) -> {
            if (old instanceof Region r) {
                r.heightProperty().removeListener(refit);
            }
            if (now instanceof Region r) {
                r.heightProperty().addListener(refit);
            }
            fit();
        });
        getChildren().setAll(head, body);
        setId("note");
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
        fit();
    }

    /** Sizes the text's viewport to the whole text, or to {@link #SHARE} of the view's height with a scroll bar when it is longer. */
    private void fit() {
        double width = body.getWidth() > 0 ? body.getWidth() - 16 : 600;
        double whole = text.prefHeight(width);
        double cap = getParent() instanceof Region r && r.getHeight() > 0 ? SHARE * r.getHeight() : whole;
        body.setPrefViewportHeight(Math.min(whole, cap));
        body.setVbarPolicy(whole > cap ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER);
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
