package org.latentlab.ui.latent;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The bar above the scatter: its caption (the whole of it in a tooltip when it is cut short), the
 * axis pickers, and, for a VAE, the prior's contours and each code's σ ellipse.
 */
final class ScatterOptions extends HBox {
    /** The caption before any model is on show. */
    static final String EMPTY = "Train a model to see its latent space.";
    private final Label caption = new Label(EMPTY);
    private final CheckBox priorContours = new CheckBox("Prior 1σ/2σ");
    private final CheckBox spreadEllipses = new CheckBox("σ per point");
    private final AxesChoice axes;

    /** The options over {@code model}'s scatter; {@code redraw} runs when an overlay is switched on or off. */
    ScatterOptions(LatentViewModel model, Runnable drawMarkers, Runnable redraw) {
        super(12);
        axes = new AxesChoice(model);
        caption.getStyleClass().add("view-caption");
        priorContours.setId("prior-contours");
        priorContours.setTooltip(new Tooltip("Draw the VAE prior N(0, I): circles at 1σ and 2σ. Codes inside them decode to plausible images."));
        priorContours.visibleProperty().bind(model.variationalProperty());
        priorContours.managedProperty().bind(priorContours.visibleProperty());
        priorContours.selectedProperty().addListener((obs, old, on) -> drawMarkers.run());
        priorContours.setMinWidth(Region.USE_PREF_SIZE);
        spreadEllipses.setId("spread-ellipses");
        spreadEllipses.setTooltip(new Tooltip("Draw each code's 1σ ellipse: the encoder's uncertainty about where the image belongs. "
                + "Overlapping ellipses are how the VAE fills the plane so that every point decodes to something."));
        spreadEllipses.visibleProperty().bind(model.variationalProperty());
        spreadEllipses.managedProperty().bind(spreadEllipses.visibleProperty());
        spreadEllipses.selectedProperty().addListener((obs, old, on) -> redraw.run());
        spreadEllipses.setMinWidth(Region.USE_PREF_SIZE);
        caption.setMinWidth(0);
        Tooltip fullCaption = new Tooltip();
        fullCaption.textProperty().bind(caption.textProperty());
        caption.setTooltip(fullCaption);
        getChildren().addAll(caption, axes, priorContours, spreadEllipses);
        setAlignment(Pos.CENTER_LEFT);
    }

    void setCaption(String text) {
        caption.setText(text);
    }

    /** Fills the axis pickers for codes of {@code latentSize} dimensions. */
    void showAxes(int latentSize) {
        axes.show(latentSize);
    }

    void setAxesChoiceShown(boolean on) {
        axes.setVisible(on);
        axes.setManaged(on);
    }

    boolean priorContours() {
        return priorContours.isSelected();
    }

    boolean spreadEllipses() {
        return spreadEllipses.isSelected();
    }
}
