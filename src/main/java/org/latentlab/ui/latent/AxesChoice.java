package org.latentlab.ui.latent;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** For codes of more than two dimensions: which two the scatter plots, or their principal plane. */
final class AxesChoice extends HBox {
    private final LatentViewModel model;
    private int axesFor = -1;

    AxesChoice(LatentViewModel model) {
        super(6);
        this.model = model;
    }

    /** Offers the choice for codes of {@code k} dimensions; nothing for two or fewer. */
    void show(int k) {
        if (k == axesFor) {
            return;
        }
        axesFor = k;
        getChildren().clear();
        if (k <= 2) {
            return;
        }
        ComboBox<Integer> x = dimensionBox(k, model.xDimensionProperty());
        ComboBox<Integer> y = dimensionBox(k, model.yDimensionProperty());
        x.setId("x-dimension");
        y.setId("y-dimension");
        CheckBox pca = new CheckBox("PCA of codes");
        pca.setId("principal-plane");
        pca.selectedProperty().bindBidirectional(model.principalPlaneProperty());
        pca.setTooltip(new Tooltip("Show the " + k + "-dimensional codes on the plane of their first two principal components."));
        x.disableProperty().bind(pca.selectedProperty());
        y.disableProperty().bind(pca.selectedProperty());
        getChildren().addAll(new Label("x"), x, new Label("y"), y, pca);
        setAlignment(Pos.CENTER_LEFT);
    }

    private static ComboBox<Integer> dimensionBox(int k, javafx.beans.property.IntegerProperty dim) {
        ComboBox<Integer> box = new ComboBox<>();
        for (int i = 0; i < k; i++) {
            box.getItems().add(i);
        }
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : "z" + (i + 1);
            }

            @Override
            public Integer fromString(String s) {
                return Integer.parseInt(s.substring(1)) - 1;
            }
        });
        box.setValue(Math.min(dim.get(), k - 1));
        box.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                dim.set(v);
            }
        });
        box.setTooltip(new Tooltip("The latent dimension on this axis."));
        box.setVisibleRowCount(12);
        return box;
    }
}
