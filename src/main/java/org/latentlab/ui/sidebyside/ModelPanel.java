package org.latentlab.ui.sidebyside;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.latentlab.ui.decode.DecodedGridView;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.training.LossCurveView;
import org.latentlab.ui.training.ShownModel;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;

/** One model of the side-by-side view: a header with what it is, its scatter, its decoded grid and its curves. */
public final class ModelPanel extends BorderPane {
    private final TrainingViewModel model;
    private final LatentScatterView scatter;
    private final DecodedGridView grid;
    private final LossCurveView curves;
    private final SplitPane body = new SplitPane();
    private final javafx.beans.binding.BooleanBinding drawn;

    ModelPanel(TrainingViewModel model, Runnable remove, Supplier<ShownModel.RunInfo> first) {
        this.model = model;
        ShownModel shown = model.shown();
        getStyleClass().add("model-panel");
        scatter = new LatentScatterView(shown.latent());
        grid = new DecodedGridView(new org.latentlab.ui.decode.LatticeViewModel(shown.latent(), shown.decoder()), scatter.viewBoundsProperty());
        grid.sizeSlider().setValue(10);
        grid.setSquareTiles(true);
        curves = new LossCurveView(shown.curves());
        curves.setPrefHeight(140);

        Label title = new Label();
        title.getStyleClass().add("view-caption");
        title.setMinWidth(0);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.errorProperty().get().isEmpty()) {
                return model.errorProperty().get();
            }
            ShownModel.RunInfo mine = shown.runProperty().get();
            if (mine == null) {
                return model.statusProperty().get();
            }
            ShownModel.RunInfo ref = first.get();
            if (ref != null && !mine.sameSplit(ref)) {
                return "Another data set or seed than the first panel: hovering does not point at the same images.";
            }
            if (model.stateProperty().get() != RunState.IDLE) {
                return model.statusProperty().get();
            }
            ShownModel.EpochResult r = shown.epochResultProperty().get();
            return mine.variantTitle() + " · " + mine.codeSize() + "-D code · " + mine.datasetId()
                    + (r == null ? "" : String.format(" · validation MSE %.4f", r.validationMse()));
        }, model.errorProperty(), model.statusProperty(), shown.runProperty(), model.stateProperty(), shown.epochResultProperty()));
        Tooltip.install(title, new Tooltip("What this panel shows; while it trains, how far the run has come."));
        Button stop = new Button(null, SideBySideView.icon("mdi2s-stop"));
        stop.setTooltip(new Tooltip("Stop this panel's run."));
        stop.setOnAction(e -> model.stop());
        stop.visibleProperty().bind(model.stateProperty().isNotEqualTo(RunState.IDLE));
        stop.managedProperty().bind(stop.visibleProperty());
        Button close = new Button(null, SideBySideView.icon("mdi2c-close"));
        close.setId("remove-panel");
        close.setTooltip(new Tooltip("Remove this panel."));
        close.setOnAction(e -> remove.run());
        close.getStyleClass().add("flat");
        HBox header = new HBox(6, SideBySideView.grow(title), stop, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 6, 2, 8));
        setTop(header);

        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {scatter, grid, curves}) {
            r.setMinHeight(0);
        }
        body.getItems().setAll(scatter, grid, curves);
        setWide(false);
        setCenter(body);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        drawn = Bindings.createBooleanBinding(() -> (model.shown().codesProperty().get() != null || !model.errorProperty().get().isEmpty())
                        && scatter.drawnProperty().get() && grid.drawnProperty().get() && curves.drawnProperty().get(),
                model.shown().codesProperty(), model.errorProperty(), scatter.drawnProperty(), grid.drawnProperty(), curves.drawnProperty());
    }

    /**
     * Wide: scatter, grid and curves in a row (a panel that spans the view's width, one above the
     * other); otherwise stacked in a column (panels in a 2 × 2 grid).
     */
    public void setWide(boolean wide) {
        body.setOrientation(wide ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        if (wide) {
            body.setDividerPositions(0.4, 0.67);
        } else {
            body.setDividerPositions(0.5, 0.84);
        }
    }

    /** True once this panel's model is read (or refused) and its scatter, grid and curves are drawn. */
    public javafx.beans.binding.BooleanBinding drawnProperty() {
        return drawn;
    }

    public TrainingViewModel model() {
        return model;
    }

    public LatentScatterView scatter() {
        return scatter;
    }

    public DecodedGridView grid() {
        return grid;
    }

    public LossCurveView curves() {
        return curves;
    }
}
