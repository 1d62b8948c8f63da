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
import org.latentlab.ui.common.TileTips;

/**
 * The first layer's weights drawn as images, one per unit: what each unit of the encoder looks
 * for in the input (red where a bright pixel raises its activation, blue where it lowers it).
 * Refreshed, at most once per frame, whenever the run sends new weights.
 */
public final class FiltersView extends BorderPane {
    private final FiltersViewModel model;
    private final TilePane tiles = new TilePane(4, 4);
    private static final String EMPTY = "Train or open a model to see what its first layer's units respond to.";
    private final Label caption = new Label(EMPTY);
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private Weights drawn;
    private int shownUnits;
    private final org.latentlab.ui.common.DrawnSignal signal = new org.latentlab.ui.common.DrawnSignal();

    public FiltersView(FiltersViewModel model) {
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
        model.weightsProperty().addListener(o -> signal.stale());
        if (model.weightsProperty().get() != null) {
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
        Weights w = model.weightsProperty().get();
        if (!org.latentlab.ui.common.Visibility.shown(this)) {
            return;
        }
        if (w == null && drawn != null) {
            // The model went: its filters go with it.
            drawn = null;
            tiles.getChildren().clear();
            shownUnits = 0;
            caption.setText(EMPTY);
        }
        if (w == null || w == drawn) {
            signal.painted();
            return;
        }
        drawn = w;
        FiltersViewModel.Filters f = model.filters(w);
        if (f == null) {
            signal.painted();
            return;
        }
        boolean rebuild = tiles.getChildren().size() != f.shown();
        if (rebuild) {
            tiles.getChildren().clear();
        }
        double size = f.kernels() ? 48 : 56;
        for (int u = 0; u < f.shown(); u++) {
            var image = f.channels() == 3
                    ? Images.signedColour(f.values(), f.start() + u * f.perUnit(), f.width(), f.height())
                    : Images.diverging(f.values(), f.start() + u * f.perUnit(), f.width(), f.height());
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
        shownUnits = f.shown();
        caption.setText(f.caption());
        signal.painted();
    }
}
