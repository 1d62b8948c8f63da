package org.latentlab.ui.decode;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.common.Images;

/** Draws the images {@link GenerateViewModel} decodes from random codes; Sample asks for new ones. */
public final class GenerateView extends VBox {
    private final GenerateViewModel model;
    private final TilePane tiles = new TilePane(4, 4);
    private final Label caption = new Label();
    private int shown;
    private final org.latentlab.ui.common.DrawnSignal decodes = new org.latentlab.ui.common.DrawnSignal();

    public GenerateView(GenerateViewModel model) {
        this.model = model;
        getStyleClass().add("generate-view");
        Button sample = new Button("Sample");
        sample.setId("resample");
        sample.setTooltip(new Tooltip("Draw " + GenerateViewModel.SAMPLES + " new codes and decode them."));
        sample.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sample.setOnAction(e -> decodes.deliver(model.resample(), x -> { }, x -> { }));
        caption.setWrapText(true);
        caption.getStyleClass().add("view-caption");
        caption.textProperty().bind(model.captionProperty());
        HBox header = new HBox(10, sample, caption);
        header.setAlignment(Pos.CENTER_LEFT);
        tiles.setPrefColumns(8);
        getChildren().addAll(header, tiles);
        setPadding(new Insets(10));
        setSpacing(10);
        model.samplesProperty().addListener((obs, old, s) -> draw(s));
        // Samples of an older model are redrawn from the model on show as soon as the view is seen.
        model.staleProperty().addListener((obs, was, is) -> {
            if (is) {
                decodes.stale();
            } else {
                decodes.painted();
            }
        });
        org.latentlab.ui.common.Visibility.catchUpWhenShown(this, () -> model.staleProperty().get(), this::generate);
    }

    /** True once the samples asked for (or the caption saying how to get some) are on show. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return decodes.property();
    }

    /** The codes of the images on show (for tests), or null. */
    public float[] lastCodes() {
        GenerateViewModel.Samples s = model.samplesProperty().get();
        return s == null ? null : s.codes();
    }

    /** The pixels of the images on show (for tests), or null. */
    public float[] lastImages() {
        GenerateViewModel.Samples s = model.samplesProperty().get();
        return s == null ? null : s.images();
    }

    /** Number of generated images on show. */
    public int shownCount() {
        return shown;
    }

    /** Draws new codes with the current seed and decodes them. */
    public void generate() {
        decodes.deliver(model.generate(), x -> { }, e -> { });
    }

    private void draw(GenerateViewModel.Samples s) {
        tiles.getChildren().clear();
        if (s == null) {
            shown = 0;
            return;
        }
        int channels = s.images().length / Math.max(1, s.count() * s.width() * s.height());
        int size = channels * s.width() * s.height();
        for (int i = 0; i < s.count(); i++) {
            ImageView v = new ImageView(Images.picture(s.images(), i * size, channels, s.width(), s.height()));
            v.setFitWidth(72);
            v.setFitHeight(72);
            v.setSmooth(false);
            tiles.getChildren().add(v);
        }
        shown = s.count();
    }
}
