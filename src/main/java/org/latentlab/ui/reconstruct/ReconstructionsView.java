package org.latentlab.ui.reconstruct;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.training.ShownModel;
import org.latentlab.ui.common.TileTips;

/**
 * Validation inputs above what the model makes of them, refreshed after every epoch; on request,
 * the validation images the model reconstructs worst, with their errors.
 */
public final class ReconstructionsView extends ScrollPane {
    private static final double TILE = 64;
    private final ReconstructionsViewModel model;
    private final GridPane latest = new GridPane();
    private final GridPane worst = new GridPane();
    private static final String EMPTY = "Train or open a model: its reconstructions of the first validation images appear after each epoch.";
    private final Label caption = new Label(EMPTY);
    private final Label worstCaption = new Label();
    private int shownPairs;
    private int worstShown;
    private final org.latentlab.ui.common.DrawnSignal drawn = new org.latentlab.ui.common.DrawnSignal();

    public ReconstructionsView(ReconstructionsViewModel model) {
        this.model = model;
        getStyleClass().add("reconstructions-view");
        setFitToWidth(true);
        caption.getStyleClass().add("view-caption");
        caption.setWrapText(true);
        latest.setHgap(4);
        latest.setVgap(4);
        worst.setHgap(4);
        worst.setVgap(4);
        TileTips.install(worst, "The validation images with the largest reconstruction error, above their reconstructions.");
        Button findWorst = new Button("Show the worst reconstructed");
        findWorst.setId("find-worst");
        findWorst.setTooltip(new Tooltip("Reconstruct every validation image with the current weights and show the ten with the largest error."));
        findWorst.setOnAction(e -> findWorst());
        findWorst.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        findWorst.disableProperty().bind(model.canFindWorst().not());
        worstCaption.textProperty().bind(model.worstStatusProperty());
        model.worstProperty().addListener((obs, old, w) -> showWorst(w));
        worstCaption.setWrapText(true);
        HBox worstHeader = new HBox(10, findWorst, worstCaption);
        worstHeader.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, caption, latest, worstHeader, worst);
        box.setPadding(new Insets(10));
        setContent(box);

        model.epochResultProperty().addListener((obs, old, r) -> {
            pending = r;
            drawn.stale();
            if (r == null || org.latentlab.ui.common.Visibility.shown(this)) {
                showPending();
            }
        });
        // In an unselected tab the newest epoch waits; it is drawn when the tab is shown.
        org.latentlab.ui.common.Visibility.catchUpWhenShown(this, () -> pending != null, this::showPending);
    }

    private ShownModel.EpochResult pending;

    private void showPending() {
        ShownModel.EpochResult r = pending;
        pending = null;
        drawn.painted();
        {
            if (r == null) {
                latest.getChildren().clear();
                shownPairs = 0;
                showWorst(null);
                caption.setText(EMPTY);
                return;
            }
            int size = r.inputs().length / Math.max(1, r.count());
            int ch = model.imageChannels();
            int h = model.imageHeight();
            int w = model.imageWidth();
            if (ch * h * w != size) {
                return;
            }
            latest.getChildren().clear();
            latest.add(rowLabel("input"), 0, 0);
            latest.add(rowLabel("output"), 0, 1);
            for (int i = 0; i < r.count(); i++) {
                latest.add(tile(Images.picture(r.inputs(), i * size, ch, w, h)), i + 1, 0);
                latest.add(tile(Images.picture(r.reconstructions(), i * size, ch, w, h)), i + 1, 1);
            }
            shownPairs = r.count();
            caption.setText(String.format("Epoch %d: the first %d validation images (top) and the model's reconstructions (bottom); "
                    + "validation MSE %.4f.", r.epoch(), r.count(), r.validationMse()));
        }
    }

    /** True once the newest epoch's reconstructions (and the worst, when asked for) are on show. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return drawn.property();
    }

    /** Pairs of input and reconstruction on show. */
    public int shownPairs() {
        return shownPairs;
    }

    /** Number of worst-reconstructed images on show. */
    public int worstShown() {
        return worstShown;
    }

    /** Asks for the worst reconstructions; the view counts as drawn again once they (or the reason there are none) are on show. */
    public void findWorst() {
        drawn.deliver(model.findWorst(), r -> { }, e -> { });
    }

    private void showWorst(ReconstructionsViewModel.Worst r) {
        worst.getChildren().clear();
        if (r == null) {
            worstShown = 0;
            return;
        }
        worst.add(rowLabel("input"), 0, 0);
        worst.add(rowLabel("output"), 0, 1);
        int w = r.width();
        int h = r.height();
        int ch = r.inputs().length / Math.max(1, r.n() * w * h);
        int size = ch * w * h;
        for (int c = 0; c < r.samples().length; c++) {
            int i = r.samples()[c];
            ImageView in = tile(Images.picture(r.inputs(), i * size, ch, w, h));
            TileTips.set(in, String.format("Sample #%d: MSE %.4f", i, r.errors()[c]));
            worst.add(in, c + 1, 0);
            worst.add(tile(Images.picture(r.outputs(), i * size, ch, w, h)), c + 1, 1);
            Label e = new Label(String.format("%.3f", r.errors()[c]));
            e.getStyleClass().add("tile-caption");
            worst.add(e, c + 1, 2);
        }
        worstShown = r.samples().length;
    }

    private static Label rowLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("tile-caption");
        return l;
    }

    private static ImageView tile(javafx.scene.image.Image image) {
        ImageView v = new ImageView(image);
        v.setFitWidth(TILE);
        v.setFitHeight(TILE);
        v.setSmooth(false);
        return v;
    }
}
