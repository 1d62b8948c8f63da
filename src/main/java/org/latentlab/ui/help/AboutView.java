package org.latentlab.ui.help;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Help › About: the versions of the app, Java, JavaFX, DJL and libtorch, the log's folder, and the licences of what ships with it. */
public final class AboutView extends ScrollPane {
    public AboutView(AppVersions versions, List<Licences.Entry> licences, Path logFolder) {
        VBox page = new VBox(12);
        page.setPadding(new Insets(18));
        page.setId("about");
        Label title = GettingStartedView.heading("Latent Lab " + versions.app(), "title-3");
        Label what = GettingStartedView.paragraph("An explorer of what autoencoders learn.");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setId("versions");
        String[][] rows = {
                {"Java", versions.java()}, {"JavaFX", versions.javaFx()}, {"DJL", versions.djl()},
                {"libtorch", versions.libtorch()}, {"System", versions.os()}, {"Log folder", logFolder.toString()}};
        for (int i = 0; i < rows.length; i++) {
            Label k = new Label(rows[i][0]);
            k.getStyleClass().add("text-bold");
            Label v = new Label(rows[i][1]);
            v.setWrapText(true);
            grid.addRow(i, k, v);
        }
        Label copied = new Label();
        copied.getStyleClass().add("text-muted");
        Button copy = new Button("Copy versions");
        copy.setId("copy-versions");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(versions.lines());
            Clipboard.getSystemClipboard().setContent(c);
            copied.setText("On the clipboard.");
        });
        page.getChildren().addAll(title, what, grid, new javafx.scene.layout.HBox(10, copy, copied));
        section(page, "Data sets", licences, "data");
        section(page, "Models", licences, "models");
        section(page, "Libraries", licences, "library");
        page.setStyle(GettingStartedView.PAGE_STYLE);
        setStyle("-fx-background: -color-bg-default; -fx-background-color: -color-bg-default;");
        setContent(page);
        setFitToWidth(true);
    }

    private static void section(VBox page, String title, List<Licences.Entry> licences, String kind) {
        page.getChildren().add(GettingStartedView.heading(title, "title-4"));
        for (Licences.Entry e : licences) {
            if (e.kind().equals(kind)) {
                Label name = new Label(e.name() + ": " + e.licence());
                name.getStyleClass().add("text-bold");
                name.setWrapText(true);
                Label what = GettingStartedView.paragraph(e.what());
                what.getStyleClass().add("text-muted");
                page.getChildren().add(new VBox(2, name, what));
            }
        }
    }
}
