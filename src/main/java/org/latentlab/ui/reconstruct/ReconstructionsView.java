package org.latentlab.ui.reconstruct;

import java.util.List;
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
import org.latentlab.ui.common.TileTips;

/**
 * Validation inputs above what the model makes of them, refreshed after every epoch; on request,
 * the validation images the model reconstructs worst, with their errors. For a denoising model a
 * row of the noisy copies sits between the clean inputs and the outputs.
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
    private List<String> shownRows = List.of();
    private ReconstructionsViewModel.Rows shownRowsData;
    private List<String> worstRows = List.of();
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
            if (r == null) {
                pending = null;
                showPending();
            } else if (model.rowsProperty().get() == null || model.rowsProperty().get().source() != r) {
                drawn.stale(); // a denoising model's rows come once its outputs for the noisy copies are back
            }
        });
        model.rowsProperty().addListener((obs, old, r) -> {
            if (r == null) {
                return;
            }
            findWorst.setText(r.noisy() != null ? "Show the worst denoised" : "Show the worst reconstructed");
            pending = r;
            drawn.stale();
            if (org.latentlab.ui.common.Visibility.shown(this)) {
                showPending();
            }
        });
        // In an unselected tab the newest epoch waits; it is drawn when the tab is shown.
        org.latentlab.ui.common.Visibility.catchUpWhenShown(this, () -> pending != null, this::showPending);
    }

    private ReconstructionsViewModel.Rows pending;

    private void showPending() {
        ReconstructionsViewModel.Rows r = pending;
        pending = null;
        drawn.painted();
        {
            if (r == null) {
                latest.getChildren().clear();
                shownPairs = 0;
                shownRows = List.of();
                shownRowsData = null;
                showWorst(null);
                caption.setText(EMPTY);
                return;
            }
            int size = r.clean().length / Math.max(1, r.count());
            int ch = model.imageChannels();
            int h = model.imageHeight();
            int w = model.imageWidth();
            if (ch * h * w != size) {
                return;
            }
            latest.getChildren().clear();
            boolean noisy = r.noisy() != null;
            List<String> labels = noisy ? List.of("clean", "noisy", "output") : List.of("input", "output");
            List<float[]> images = noisy ? List.of(r.clean(), r.noisy(), r.outputs()) : List.of(r.clean(), r.outputs());
            for (int row = 0; row < labels.size(); row++) {
                latest.add(rowLabel(labels.get(row)), 0, row);
                for (int i = 0; i < r.count(); i++) {
                    latest.add(tile(Images.picture(images.get(row), i * size, ch, w, h)), i + 1, row);
                }
            }
            shownRows = labels;
            shownRowsData = r;
            shownPairs = r.count();
            caption.setText(noisy
                    ? String.format("Epoch %d: the first %d validation images (top), the same with %s (middle), and what the model "
                            + "makes of the noisy ones (bottom); validation MSE %.4f.", r.epoch(), r.count(),
                            ReconstructionsViewModel.describe(r.noise()), r.validationMse())
                    : String.format("Epoch %d: the first %d validation images (top) and the model's reconstructions (bottom); "
                            + "validation MSE %.4f.", r.epoch(), r.count(), r.validationMse()));
        }
    }

    /** True once the newest epoch's reconstructions (and the worst, when asked for) are on show. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return drawn.property();
    }

    /** The rows of tiles on show (their images), or null. */
    public ReconstructionsViewModel.Rows rows() {
        return shownRowsData;
    }

    /** The names of the rows of the newest epoch's tiles on show, top to bottom ("input", "output"; or "clean", "noisy", "output"). */
    public List<String> shownRows() {
        return shownRows;
    }

    /** The names of the rows of the worst reconstructions on show, top to bottom. */
    public List<String> worstRows() {
        return worstRows;
    }

    /** Columns of input and reconstruction on show. */
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
            worstRows = List.of();
            return;
        }
        boolean noisy = r.noisy() != null;
        List<String> labels = noisy ? List.of("clean", "noisy", "output") : List.of("input", "output");
        List<float[]> images = noisy ? List.of(r.inputs(), r.noisy(), r.outputs()) : List.of(r.inputs(), r.outputs());
        for (int row = 0; row < labels.size(); row++) {
            worst.add(rowLabel(labels.get(row)), 0, row);
        }
        int w = r.width();
        int h = r.height();
        int ch = r.inputs().length / Math.max(1, r.n() * w * h);
        int size = ch * w * h;
        for (int c = 0; c < r.samples().length; c++) {
            int i = r.samples()[c];
            for (int row = 0; row < images.size(); row++) {
                ImageView v = tile(Images.picture(images.get(row), i * size, ch, w, h));
                if (row == 0) {
                    TileTips.set(v, String.format("Sample #%d: MSE %.4f", i, r.errors()[c]));
                }
                worst.add(v, c + 1, row);
            }
            Label e = new Label(String.format("%.3f", r.errors()[c]));
            e.getStyleClass().add("tile-caption");
            worst.add(e, c + 1, images.size());
        }
        worstRows = labels;
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
