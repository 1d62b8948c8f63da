package org.latentlab.ui.latent;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * For codes of more than two dimensions: which axes the scatter plots, the codes' first two
 * principal components (PC1, PC2: the default) or two latent dimensions.
 */
final class AxesChoice extends HBox {
    /** The pickers' entry for the first principal component; the second is {@code PC2}, dimensions are 0, 1, …. */
    static final int PC1 = -1;
    static final int PC2 = -2;

    private final LatentViewModel model;
    private int axesFor = -1;
    private ComboBox<Integer> x;
    private ComboBox<Integer> y;
    private boolean syncing;

    AxesChoice(LatentViewModel model) {
        super(6);
        this.model = model;
        setMinWidth(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        model.principalPlaneProperty().addListener(o -> sync());
        model.xDimensionProperty().addListener(o -> sync());
        model.yDimensionProperty().addListener(o -> sync());
    }

    /** Offers the choice for codes of {@code k} dimensions; nothing for two or fewer. */
    void show(int k) {
        if (k == axesFor) {
            return;
        }
        axesFor = k;
        getChildren().clear();
        x = null;
        y = null;
        if (k <= 2) {
            return;
        }
        x = axisBox(k, PC1, true);
        y = axisBox(k, PC2, false);
        x.setId("x-dimension");
        y.setId("y-dimension");
        getChildren().addAll(new Label("x"), x, new Label("y"), y);
        sync();
    }

    /** The pickers show the plane on show: PC1 and PC2, or the two dimensions. */
    private void sync() {
        if (x == null || y == null) {
            return;
        }
        syncing = true;
        boolean principal = model.principalPlaneProperty().get();
        x.setValue(principal ? PC1 : Math.min(model.xDimensionProperty().get(), axesFor - 1));
        y.setValue(principal ? PC2 : Math.min(model.yDimensionProperty().get(), axesFor - 1));
        syncing = false;
    }

    private ComboBox<Integer> axisBox(int k, int component, boolean horizontal) {
        ComboBox<Integer> box = new ComboBox<>();
        box.getItems().add(component);
        for (int i = 0; i < k; i++) {
            box.getItems().add(i);
        }
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : i == PC1 ? "PC1" : i == PC2 ? "PC2" : "z" + (i + 1);
            }

            @Override
            public Integer fromString(String s) {
                return s.startsWith("PC") ? -Integer.parseInt(s.substring(2)) : Integer.parseInt(s.substring(1)) - 1;
            }
        });
        box.valueProperty().addListener((obs, old, v) -> {
            if (v == null || syncing) {
                return;
            }
            if (v < 0) {
                model.principalPlaneProperty().set(true);
            } else {
                // A dimension on one axis: both axes are dimensions, the other keeping the one it had (or the next).
                int other = horizontal ? model.yDimensionProperty().get() : model.xDimensionProperty().get();
                if (model.principalPlaneProperty().get() || other == v) {
                    other = (v + 1) % k;
                }
                model.principalPlaneProperty().set(false);
                (horizontal ? model.yDimensionProperty() : model.xDimensionProperty()).set(other);
                (horizontal ? model.xDimensionProperty() : model.yDimensionProperty()).set(v);
            }
            sync();
        });
        box.setTooltip(new Tooltip("PC" + -component + ": the codes' " + (component == PC1 ? "first" : "second")
                + " principal component (the plane through their mean that spreads them most); z1 … z" + k + ": one latent dimension."));
        box.setVisibleRowCount(12);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
