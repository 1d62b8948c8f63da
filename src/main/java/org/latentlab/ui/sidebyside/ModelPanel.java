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
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.TrainingViewModel.RunState;

/** One model of the side-by-side view: a header with what it is, its scatter, its decoded grid and its curves. */
public final class ModelPanel extends BorderPane {
    private final TrainingViewModel model;
    private final LatentScatterView scatter;
    private final DecodedGridView grid;
    private final LossCurveView curves;

    ModelPanel(TrainingViewModel model, Runnable remove, Supplier<TrainingViewModel.RunInfo> first) {
        this.model = model;
        getStyleClass().add("model-panel");
        scatter = new LatentScatterView(model.latent());
        grid = new DecodedGridView(model.latent(), model.decoder(), scatter.viewBoundsProperty());
        grid.sizeSlider().setValue(10);
        curves = new LossCurveView(model.curves());
        curves.setPrefHeight(140);

        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            TrainingViewModel.RunInfo r = model.runProperty().get();
            return r == null ? "Loading…" : r.variantTitle() + " · " + r.codeSize() + "-D code · " + r.datasetId();
        }, model.runProperty()));
        Label status = new Label();
        status.getStyleClass().add("variant-description");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.errorProperty().get().isEmpty()) {
                return model.errorProperty().get();
            }
            TrainingViewModel.RunInfo mine = model.runProperty().get();
            TrainingViewModel.RunInfo ref = first.get();
            if (mine != null && ref != null && !mine.sameSplit(ref)) {
                return "Another data set or seed than the first panel: hovering does not point at the same images.";
            }
            return model.statusProperty().get();
        }, model.errorProperty(), model.statusProperty(), model.runProperty()));
        status.setMinWidth(0);
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
        HBox header = new HBox(6, title, SideBySideView.grow(status), stop, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 6, 2, 8));
        setTop(header);

        SplitPane body = new SplitPane(scatter, grid, curves);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.5, 0.82);
        setCenter(body);
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
