package org.latentlab.ui.help;

import java.io.InputStream;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.latentlab.ui.shell.ViewDescriptor;

/**
 * Help › Getting started: the first steps, what each view is for (from the views' own descriptors,
 * each with its picture) and the keyboard shortcuts (from the menus).
 */
public final class GettingStartedView extends ScrollPane {
    /** Width of a view's picture. */
    static final double PICTURE_WIDTH = 160;
    /** A help page takes the theme's background (a scroll pane's viewport would otherwise stay light in the dark theme). */
    static final String PAGE_STYLE = "-fx-background-color: -color-bg-default;";

    public GettingStartedView(List<ViewDescriptor> views, List<Shortcut> shortcuts) {
        VBox page = new VBox(14);
        page.setPadding(new Insets(18));
        page.setId("getting-started");
        Label title = heading("Getting started", "title-3");
        Label first = paragraph("""
                Latent Lab opens on a trained autoencoder, so every view has something to show at once. \
                To train your own, pick a data set, a variant and its knobs in the sidebar and press Train (Space); \
                the views follow the run as it learns. File › Shipped models opens the other trained models, \
                Presets sets up a classic experiment in one click, and File › Save session keeps everything.""");
        page.getChildren().addAll(title, first, heading("The views", "title-4"));
        for (ViewDescriptor v : views) {
            page.getChildren().add(viewRow(v));
        }
        page.getChildren().add(heading("Keyboard shortcuts", "title-4"));
        GridPane keys = new GridPane();
        keys.setHgap(18);
        keys.setVgap(4);
        keys.setId("shortcuts");
        int row = 0;
        for (Shortcut s : shortcuts) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("text-bold");
            keys.addRow(row++, k, new Label(s.action()));
        }
        page.getChildren().add(keys);
        page.getChildren().add(paragraph("In the scatter the wheel zooms, a drag pans, a double-click fits and a click selects; "
                + "Help › Keyboard shortcuts lists the pointer's gestures in every view."));
        page.setStyle(PAGE_STYLE);
        setStyle("-fx-background: -color-bg-default; -fx-background-color: -color-bg-default;");
        setContent(page);
        setFitToWidth(true);
    }

    private static Node viewRow(ViewDescriptor v) {
        Label name = new Label(v.title() + (v.shortcut() == null ? "" : "   " + v.shortcut().getDisplayText())
                + (v.place() == ViewDescriptor.Place.BELOW_TABS ? "   (below the tabs)" : ""));
        name.getStyleClass().add("text-bold");
        Label tip = paragraph(v.tip());
        VBox words = new VBox(4, name, tip);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(14, picture(v), words);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("view-" + v.id());
        return row;
    }

    /** The view's picture ({@code views/<id>.png} beside this class), else its icon drawn large. */
    static Node picture(ViewDescriptor v) {
        StackPane frame = new StackPane();
        frame.setMinSize(PICTURE_WIDTH, PICTURE_WIDTH * 0.625);
        frame.setPrefSize(PICTURE_WIDTH, PICTURE_WIDTH * 0.625);
        frame.setMaxSize(PICTURE_WIDTH, PICTURE_WIDTH * 0.625);
        frame.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default; -fx-background-radius: 4; -fx-border-radius: 4;");
        try (InputStream in = GettingStartedView.class.getResourceAsStream("views/" + v.id() + ".png")) {
            if (in != null) {
                ImageView image = new ImageView(new Image(in));
                image.setPreserveRatio(true);
                image.setFitWidth(PICTURE_WIDTH - 4);
                image.setFitHeight(PICTURE_WIDTH * 0.625 - 4);
                image.setSmooth(true);
                frame.getChildren().add(image);
                frame.setId("picture-" + v.id());
                return frame;
            }
        } catch (java.io.IOException ignored) {
            // The icon stands in below.
        }
        if (v.icon() != null) {
            FontIcon icon = new FontIcon(v.icon());
            // Set in a style, since the stylesheet's size for icons would win over setIconSize.
            icon.setStyle("-fx-icon-size: 44; -fx-icon-color: -color-fg-muted;");
            frame.getChildren().add(icon);
        }
        frame.setId("picture-" + v.id());
        return frame;
    }

    static Label heading(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    static Label paragraph(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
