package org.latentlab.ui.filters;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ui.common.TileTips;

/**
 * The first layer's weights drawn as images, one per unit: what each unit of the encoder looks
 * for in the input (red where a bright pixel raises its activation, blue where it lowers it).
 * Refreshed, at most once per frame, whenever the run sends new weights.
 */
public final class FiltersView extends BorderPane {
    private static final int MAX_UNITS = 100;

    private final LatentViewModel model;
    private final TilePane tiles = new TilePane(4, 4);
    private final Label caption = new Label("Train a model to see what its first layer's units respond to.");
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private Weights drawn;
    private int shownUnits;
    private final org.latentlab.ui.common.DrawnSignal signal = new org.latentlab.ui.common.DrawnSignal();

    public FiltersView(LatentViewModel model) {
        this.model = model;
        getStyleClass().add("filters-view");
        caption.getStyleClass().add("view-caption");
        caption.setWrapText(true);
        setTop(caption);
        BorderPane.setMargin(caption, new Insets(6, 8, 4, 8));
        tiles.setPadding(new Insets(8));
        tiles.setId("filter-tiles");
        TileTips.install(tiles, "The encoder's first-layer weights, one tile per unit.");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.shownWeightsProperty().addListener(o -> signal.stale());
        if (model.shownWeightsProperty().get() != null) {
            signal.stale();
        }
        frames.runWhileShowing(this);
    }

    /** True once the first layer of the weights on show (or the line saying how to get some) is drawn. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return signal.property();
    }

    /** Number of unit images on show. */
    public int unitCount() {
        return shownUnits;
    }

    private void onFrame() {
        Weights w = model.shownWeightsProperty().get();
        if (!org.latentlab.ui.common.Visibility.shown(this)) {
            return;
        }
        if (w == null || w == drawn) {
            signal.painted();
            return;
        }
        drawn = w;
        int index = w.firstLayerIndex();
        if (index < 0) {
            signal.painted();
            return;
        }
        long[] shape = w.shapes()[index];
        float[] values = w.values();
        int start = w.offset(index);
        int units = (int) shape[0];
        int width;
        int height;
        String what;
        if (shape.length == 4) {
            height = (int) shape[2];
            width = (int) shape[3];
            what = String.format("%d convolution kernels of %d×%d (first input channel)", units, height, width);
        } else {
            int inputs = (int) shape[1];
            height = model.imageHeight();
            width = model.imageWidth();
            if (height * width != inputs) {
                int side = (int) Math.round(Math.sqrt(inputs));
                height = side;
                width = inputs / Math.max(1, side);
            }
            what = String.format("%d units, each a weight per input pixel", units);
        }
        int shown = Math.min(units, MAX_UNITS);
        int perUnit = w.size(index) / units;
        boolean rebuild = tiles.getChildren().size() != shown;
        if (rebuild) {
            tiles.getChildren().clear();
        }
        double size = shape.length == 4 ? 48 : 56;
        for (int u = 0; u < shown; u++) {
            var image = Images.diverging(values, start + u * perUnit, width, height);
            if (rebuild) {
                ImageView v = new ImageView(image);
                v.setFitWidth(size);
                v.setFitHeight(size);
                v.setSmooth(false);
                TileTips.set(v, "Unit " + (u + 1) + ": red pixels excite it, blue inhibit it.");
                tiles.getChildren().add(v);
            } else {
                ((ImageView) tiles.getChildren().get(u)).setImage(image);
            }
        }
        shownUnits = shown;
        caption.setText("The encoder's first layer: " + what + (units > shown ? ", the first " + shown + " shown" : "")
                + ". Red: a bright pixel there excites the unit; blue: it inhibits it.");
        signal.painted();
    }
}
