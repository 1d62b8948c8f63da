package org.latentlab.ui.projection;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.latentlab.ui.latent.ColourRamp;
import org.latentlab.ui.latent.LatentSnapshot;

/** "Colour by": class, reconstruction error or a code dimension, with the colour scale and its two ends. */
public final class ColourByBar extends HBox {
    private final ColouringViewModel model;
    private final ChoiceBox<Integer> by = new ChoiceBox<>();
    private final Canvas scale = new Canvas(90, 12);
    private final Label low = new Label();
    private final Label high = new Label();
    private int dimensions = -1;

    public ColourByBar(ColouringViewModel model) {
        super(6);
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Colour by");
        title.setMinWidth(Region.USE_PREF_SIZE);
        by.setId("colour-by");
        by.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : i == ColouringViewModel.CLASS ? "Class" : i == ColouringViewModel.ERROR ? "Error (MSE)" : "z" + (i + 1);
            }

            @Override
            public Integer fromString(String s) {
                return s.equals("Class") ? ColouringViewModel.CLASS : s.startsWith("z") ? Integer.parseInt(s.substring(1)) - 1 : ColouringViewModel.ERROR;
            }
        });
        by.setTooltip(new Tooltip("Colour the points by their class, by how badly the model reconstructs their input "
                + "(mean squared error), or by one code dimension."));
        by.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                model.byProperty().set(v);
            }
        });
        model.byProperty().addListener((obs, old, v) -> by.setValue(v.intValue()));
        scale.setId("colour-scale");
        low.setMinWidth(Region.USE_PREF_SIZE);
        high.setMinWidth(Region.USE_PREF_SIZE);
        by.setMinWidth(120);
        setMinWidth(Region.USE_PREF_SIZE);
        low.setId("colour-low");
        high.setId("colour-high");
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("error-message");
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(title, by, low, scale, high, error);
        for (int x = 0; x < 90; x++) {
            int argb = ColourRamp.argb(x / 89.0);
            scale.getGraphicsContext2D().setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            scale.getGraphicsContext2D().fillRect(x, 0, 1, 12);
        }
        model.latent().colourValuesProperty().addListener(o -> showScale());
        model.latent().shownProperty().addListener((obs, old, s) -> fill(s));
        fill(model.latent().shownProperty().get());
        showScale();
    }

    private void fill(LatentSnapshot s) {
        int k = s == null ? 0 : s.latentSize();
        if (k == dimensions) {
            return;
        }
        dimensions = k;
        Integer keep = model.byProperty().get();
        by.getItems().setAll(ColouringViewModel.CLASS, ColouringViewModel.ERROR);
        for (int i = 0; i < k; i++) {
            by.getItems().add(i);
        }
        by.setValue(keep < k ? keep : ColouringViewModel.CLASS);
    }

    private void showScale() {
        float[] values = model.latent().colourValuesProperty().get();
        boolean on = values != null;
        for (javafx.scene.Node n : new javafx.scene.Node[] {low, scale, high}) {
            n.setVisible(on);
            n.setManaged(on);
        }
        if (on) {
            double[] r = ColourRamp.range(values);
            low.setText(format(r[0]));
            high.setText(format(r[1]));
        }
    }

    private static String format(double v) {
        return Math.abs(v) >= 0.01 || v == 0 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1e", v);
    }
}
