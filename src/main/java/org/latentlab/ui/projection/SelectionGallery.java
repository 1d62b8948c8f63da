package org.latentlab.ui.projection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentlab.ui.common.Images;

/** The lassoed samples' inputs above their reconstructions, with Isolate and Clear. */
public final class SelectionGallery extends VBox {
    private static final double THUMB = 36;
    private final SelectionViewModel model;
    private final Label heading = new Label();
    private final FlowPane tiles = new FlowPane(4, 4);
    private final ToggleButton isolate = new ToggleButton("Isolate");
    private final Button clear = new Button("Clear");

    public SelectionGallery(SelectionViewModel model) {
        super(4);
        this.model = model;
        setPadding(new Insets(4, 8, 4, 8));
        heading.setId("lasso-heading");
        heading.getStyleClass().add("view-caption");
        heading.setMinWidth(0);
        tiles.setId("lasso-gallery");
        isolate.setId("lasso-isolate");
        isolate.setTooltip(new Tooltip("Show only the gathered samples in the scatter, or every sample again."));
        isolate.selectedProperty().bindBidirectional(model.latent().lassoIsolatedProperty());
        clear.setId("lasso-clear");
        isolate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clear());
        HBox top = new HBox(8, heading, isolate, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll);
        model.galleryProperty().addListener((obs, old, g) -> show(g));
        show(model.galleryProperty().get());
    }

    /** Samples whose input (and, once made, reconstruction) the gallery shows. */
    public int tileCount() {
        return tiles.getChildren().size();
    }

    private void show(SelectionViewModel.Gallery g) {
        tiles.getChildren().clear();
        boolean any = g != null;
        isolate.setDisable(!any);
        clear.setDisable(!any);
        if (!any) {
            heading.setText("Shift-drag around points of the scatter to gather them here.");
            return;
        }
        heading.setText(g.gathered() + " gathered" + (g.gathered() > g.shown().length ? ", the first " + g.shown().length + " shown" : "")
                + (g.reconstructions() == null ? "" : " · input above reconstruction"));
        int size = g.height() * g.width();
        for (int k = 0; k < g.shown().length; k++) {
            ImageView in = thumb(Images.grey(g.inputs(), k * size, g.width(), g.height()));
            VBox tile = new VBox(1, in);
            if (g.reconstructions() != null) {
                tile.getChildren().add(thumb(Images.grey(g.reconstructions(), k * size, g.width(), g.height())));
            }
            int index = g.shown()[k];
            Tooltip.install(tile, new Tooltip("#" + index));
            tile.setOnMouseClicked(e -> model.latent().selectedProperty().set(index));
            tiles.getChildren().add(tile);
        }
    }

    private static ImageView thumb(javafx.scene.image.Image image) {
        ImageView v = new ImageView(image);
        v.setFitWidth(THUMB);
        v.setFitHeight(THUMB);
        v.setSmooth(false);
        return v;
    }
}
