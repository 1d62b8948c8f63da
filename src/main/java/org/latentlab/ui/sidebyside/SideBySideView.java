package org.latentlab.ui.sidebyside;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.latentlab.ml.model.Variant;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * Two to four models in linked panels: each shows its latent scatter, its decoded grid and its
 * curves; hovering a sample rings it in every panel. One button puts the shipped autoencoder beside
 * the shipped VAE, the course's key picture.
 */
public final class SideBySideView extends BorderPane {
    private final SideBySideViewModel model;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("Put models side by side: press “Autoencoder beside VAE”, or add a shipped model, "
            + "one of yours, or train a new one here. Hover a point in one panel to ring the same image in all of them.");
    private final javafx.beans.property.ReadOnlyBooleanWrapper drawn = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    public SideBySideView(SideBySideViewModel model) {
        this.model = model;
        getStyleClass().add("side-by-side");
        Button aeVsVae = new Button("Autoencoder beside VAE", icon("mdi2c-compare-horizontal"));
        aeVsVae.setId("ae-vs-vae");
        aeVsVae.getStyleClass().add("accent");
        aeVsVae.setTooltip(new Tooltip("The shipped 2D autoencoder next to the shipped 2D VAE on the same images: "
                + "the autoencoder's codes spread out with gaps between skewed clusters; the VAE's fill a compact disc around 0."));
        aeVsVae.setOnAction(e -> model.showAutoencoderBesideVae());

        MenuButton add = new MenuButton("Add model", icon("mdi2p-plus"));
        add.setId("add-model");
        add.setTooltip(new Tooltip("Add a panel (at most " + SideBySideViewModel.MAX_PANELS + "): a shipped model, a saved one, or a new run."));
        for (ShippedModels.Entry e : ShippedModels.list()) {
            MenuItem item = new MenuItem("Shipped: " + e.name());
            item.setOnAction(a -> model.load(e.folder()));
            add.getItems().add(item);
        }
        MenuItem open = new MenuItem("Open a model folder…");
        open.setOnAction(a -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a model folder");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.load(folder.toPath());
            }
        });
        add.getItems().addAll(new SeparatorMenuItem(), open, new SeparatorMenuItem());
        for (Variant v : Variant.values()) {
            MenuItem item = new MenuItem("Train: " + v.title());
            item.setOnAction(a -> model.train(v));
            add.getItems().add(item);
        }
        Button clear = new Button("Clear", icon("mdi2c-close-box-multiple-outline"));
        clear.setTooltip(new Tooltip("Remove every panel."));
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.panels()));
        Label hint = new Label("Hover a point: the same image is ringed in every panel.");
        hint.getStyleClass().add("variant-description");
        HBox bar = new HBox(8, aeVsVae, add, clear, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);

        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.getStyleClass().add("variant-description");
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 6, 6, 6));
        model.panels().addListener((ListChangeListener<TrainingViewModel>) c -> layoutPanels());
        layoutPanels();
    }

    /** True once every panel is drawn; with no panel, the line saying how to add some is all there is. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** The panel showing {@code panel}'s model, for tests. */
    public ModelPanel panelOf(TrainingViewModel panel) {
        return grid.getChildren().stream().filter(n -> n instanceof ModelPanel p && p.model() == panel)
                .map(ModelPanel.class::cast).findFirst().orElse(null);
    }

    private void layoutPanels() {
        java.util.Map<TrainingViewModel, ModelPanel> kept = new java.util.HashMap<>();
        grid.getChildren().forEach(n -> {
            if (n instanceof ModelPanel p) {
                kept.put(p.model(), p);
            }
        });
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int n = model.panels().size();
        drawn.unbind();
        if (n == 0) {
            drawn.set(true);
            setCenter(empty);
            return;
        }
        // One or two models: each spans the width, scatter, grid and curves in a row; three or four: a 2 × 2 grid.
        java.util.List<javafx.beans.binding.BooleanExpression> shown = new java.util.ArrayList<>();
        int columns = n <= 2 ? 1 : 2;
        int rows = (n + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            TrainingViewModel panel = model.panels().get(i);
            ModelPanel view = kept.containsKey(panel) ? kept.get(panel) : new ModelPanel(panel, () -> model.remove(panel),
                    () -> model.panels().isEmpty() ? null : model.panels().get(0).shown().runProperty().get());
            view.setWide(columns == 1);
            view.setMinSize(0, 0);
            view.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            grid.add(view, i % columns, i / columns);
            shown.add(view.drawnProperty());
        }
        drawn.bind(shown.stream().reduce(javafx.beans.binding.BooleanExpression::and).orElseThrow());
        grid.setMinSize(0, 0);
        setCenter(grid);
    }

    static FontIcon icon(String code) {
        return org.latentlab.ui.common.Icons.of(code);
    }

    static Region grow(Region r) {
        HBox.setHgrow(r, Priority.ALWAYS);
        r.setMaxWidth(Double.MAX_VALUE);
        return r;
    }
}
