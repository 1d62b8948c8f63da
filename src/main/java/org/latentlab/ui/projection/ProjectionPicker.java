package org.latentlab.ui.projection;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.latentlab.analysis.projection.TsneSettings;
import org.latentlab.analysis.projection.UmapSettings;
import org.latentlab.ui.latent.LatentSnapshot;

/**
 * The bar above the scatter that chooses the projection: raw dimensions (two pickers), PCA (two
 * components, each with its share of the variance), t-SNE (perplexity, learning rate, iterations,
 * seed, supervise; pause, resume, re-run) or UMAP (neighbours, minimum distance), with the run's
 * progress and its sentence when it is refused.
 */
public final class ProjectionPicker extends VBox {
    private final ProjectionViewModel model;
    private final ChoiceBox<ProjectionKind> kind = new ChoiceBox<>();
    private final javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 4);
    private final ComboBox<Integer> rawX = new ComboBox<>();
    private final ComboBox<Integer> rawY = new ComboBox<>();
    private final ComboBox<Integer> pcX = new ComboBox<>();
    private final ComboBox<Integer> pcY = new ComboBox<>();
    private final Button pause = new Button("Pause");
    private final Button rerun = new Button("Re-run");
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Label error = new Label();
    private final java.util.List<Node> raw;
    private final java.util.List<Node> pca;
    private final java.util.List<Node> tsne;
    private final java.util.List<Node> umap;
    private final Node lead;
    private final java.util.List<Node> tools;
    private int dimensions = -1;
    private boolean syncing;

    /** The picker over {@code model}; a class found by the search box is shown alone by {@code isolateClass}. */
    public ProjectionPicker(ProjectionViewModel model, ColourByBar colourBy, Node bookmarks, java.util.function.IntConsumer isolateClass) {
        super(2);
        this.model = model;
        getStyleClass().add("projection-picker");
        setPadding(new Insets(4, 8, 2, 8));
        kind.setId("projection-kind");
        kind.getItems().addAll(ProjectionKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        Tooltip kindTip = new Tooltip();
        kindTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.kindProperty().get().help(), model.kindProperty()));
        kind.setTooltip(kindTip);

        raw = java.util.List.of(row(new Label("x"), dimensionBox(rawX, "raw-x", "z"), new Label("y"), dimensionBox(rawY, "raw-y", "z")));
        rawX.valueProperty().addListener((obs, old, v) -> pickRaw(v, true));
        rawY.valueProperty().addListener((obs, old, v) -> pickRaw(v, false));
        model.latent().xDimensionProperty().addListener(o -> syncPickers());
        model.latent().yDimensionProperty().addListener(o -> syncPickers());

        pca = java.util.List.of(row(new Label("x"), componentBox(pcX, "pc-x"), new Label("y"), componentBox(pcY, "pc-y")));
        pcX.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !syncing) {
                pickComponent(v, true);
            }
        });
        pcY.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !syncing) {
                pickComponent(v, false);
            }
        });
        model.sharesProperty().addListener(o -> refreshComponentNames());

        TsneSettings t = model.tsneProperty().get();
        Spinner<Double> perplexity = doubleSpinner("perplexity", 2, 100, t.perplexity(), 5,
                v -> model.tsneProperty().set(model.tsneProperty().get().withPerplexity(v)),
                "How many neighbours each code keeps near: at most a third of the codes.");
        Spinner<Double> rate = doubleSpinner("learning-rate", 10, 2000, t.learningRate(), 50,
                v -> model.tsneProperty().set(model.tsneProperty().get().withLearningRate(v)), "How far the points move each iteration.");
        Spinner<Integer> iterations = intSpinner("iterations", 50, 5000, t.iterations(), 50,
                v -> model.tsneProperty().set(model.tsneProperty().get().withIterations(v)), "How long the map is run.");
        Spinner<Integer> seed = intSpinner("tsne-seed", 0, 1_000_000, (int) t.seed(), 1,
                v -> model.tsneProperty().set(model.tsneProperty().get().withSeed(v)),
                "The starting layout's seed: the same seed gives the same map.");
        Spinner<Double> supervise = doubleSpinner("supervise", 0, 1, t.supervise(), 0.1,
                v -> model.tsneProperty().set(model.tsneProperty().get().withSupervise(v)),
                "0: labels ignored; 1: codes of other labels pushed far apart, so same labels gather.");
        model.tsneProperty().addListener((obs, old, now) -> {
            perplexity.getValueFactory().setValue(now.perplexity());
            rate.getValueFactory().setValue(now.learningRate());
            iterations.getValueFactory().setValue(now.iterations());
            seed.getValueFactory().setValue((int) now.seed());
            supervise.getValueFactory().setValue(now.supervise());
        });
        tsne = java.util.List.of(labelled("Perplexity", perplexity), labelled("Learning rate", rate),
                labelled("Iterations", iterations), labelled("Seed", seed), labelled("Supervise", supervise));
        UmapSettings u = model.umapProperty().get();
        Spinner<Integer> neighbours = intSpinner("umap-neighbours", 2, 200, u.neighbours(), 1,
                v -> model.umapProperty().set(model.umapProperty().get().withNeighbours(v)),
                "How many neighbours make each code's neighbourhood: small shows detail, large the whole.");
        Spinner<Double> minDistance = doubleSpinner("min-distance", 0.01, 1, u.minDistance(), 0.05,
                v -> model.umapProperty().set(model.umapProperty().get().withMinDistance(v)),
                "How close the map may put points: small packs clusters tight.");
        model.umapProperty().addListener((obs, old, now) -> {
            neighbours.getValueFactory().setValue(now.neighbours());
            minDistance.getValueFactory().setValue(now.minDistance());
        });
        umap = java.util.List.of(labelled("Neighbours", neighbours), labelled("Min distance", minDistance));

        pause.setId("projection-pause");
        pause.setOnAction(e -> {
            if (model.pausedProperty().get()) {
                model.resume();
            } else {
                model.pause();
            }
        });
        pause.textProperty().bind(javafx.beans.binding.Bindings.when(model.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(model.runningProperty().not());
        pause.setTooltip(new Tooltip("Hold the map where it is, or let it go on."));
        pause.setMinWidth(Region.USE_PREF_SIZE);
        rerun.setMinWidth(Region.USE_PREF_SIZE);
        rerun.setId("projection-rerun");
        rerun.setOnAction(e -> model.rerun());
        rerun.setTooltip(new Tooltip("Compute the map afresh from the next seed."));

        progress.setId("projection-progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("projection-status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        error.setId("projection-error");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("error-line");
        error.getStyleClass().add("error-message");
        error.setWrapText(true);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label title = new Label("Projection");
        title.setMinWidth(Region.USE_PREF_SIZE);
        lead = row(title, kind);
        top.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.TextField search = new javafx.scene.control.TextField();
        search.setId("projection-search");
        search.setPromptText("Find a class or #index");
        search.setPrefColumnCount(11);
        search.setMinWidth(Region.USE_PREF_SIZE);
        search.setOnAction(e -> {
            int c = model.find(search.getText());
            if (c >= 0) {
                isolateClass.accept(c);
            }
        });
        search.setTooltip(new Tooltip("A class name shows only that class; #17 (or a number that is no class name) selects sample 17."));
        Button export = new Button("Export…");
        export.setId("projection-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Write the codes, labels, this projection and a sprite of the inputs as files the "
                + "TensorFlow Embedding Projector reads (vectors.tsv, metadata.tsv, projection.tsv, sprite.png)."));
        export.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("Export for the Embedding Projector");
            java.io.File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (dir != null) {
                model.export(dir.toPath());
            }
        });
        export.disableProperty().bind(model.latent().shownProperty().isNull());
        status.setMaxWidth(Double.MAX_VALUE);
        tools = java.util.List.of(colourBy, search, bookmarks, export);
        HBox bottom = new HBox(8, progress, status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, bottom, error);

        model.kindProperty().addListener(o -> showSettings());
        model.latent().shownProperty().addListener((obs, old, s) -> fillPickers(s));
        fillPickers(model.latent().shownProperty().get());
        showSettings();
    }

    private void showSettings() {
        ProjectionKind k = model.kindProperty().get();
        java.util.List<Node> pane = switch (k) {
            case RAW -> raw;
            case PCA -> pca;
            case TSNE -> tsne;
            case UMAP -> umap;
        };
        top.getChildren().setAll(lead);
        top.getChildren().addAll(pane);
        if (k == ProjectionKind.TSNE) {
            top.getChildren().addAll(pause, rerun);
        } else if (k == ProjectionKind.UMAP) {
            top.getChildren().add(rerun);
        }
        top.getChildren().addAll(tools);
    }

    /** Fills the dimension and component pickers for the codes' width. */
    private void fillPickers(LatentSnapshot s) {
        int k = s == null ? 0 : s.latentSize();
        if (k == dimensions) {
            return;
        }
        dimensions = k;
        syncing = true;
        for (ComboBox<Integer> box : java.util.List.of(rawX, rawY, pcX, pcY)) {
            box.getItems().clear();
            for (int i = 0; i < k; i++) {
                box.getItems().add(i);
            }
        }
        syncing = false;
        syncPickers();
    }

    private void syncPickers() {
        syncing = true;
        int k = dimensions;
        if (k > 0) {
            rawX.setValue(Math.min(model.latent().xDimensionProperty().get(), k - 1));
            rawY.setValue(Math.min(model.latent().yDimensionProperty().get(), k - 1));
            pcX.setValue(Math.min(model.firstComponentProperty().get(), k - 1));
            pcY.setValue(Math.min(model.secondComponentProperty().get(), k - 1));
        }
        syncing = false;
    }

    private void pickRaw(Integer v, boolean horizontal) {
        if (v == null || syncing) {
            return;
        }
        var x = model.latent().xDimensionProperty();
        var y = model.latent().yDimensionProperty();
        var other = horizontal ? y : x;
        if (other.get() == v && dimensions > 1) {
            other.set((v + 1) % dimensions);
        }
        (horizontal ? x : y).set(v);
        syncPickers();
    }

    private void pickComponent(int v, boolean horizontal) {
        var first = model.firstComponentProperty();
        var second = model.secondComponentProperty();
        var other = horizontal ? second : first;
        if (other.get() == v && dimensions > 1) {
            other.set((v + 1) % dimensions);
        }
        (horizontal ? first : second).set(v);
        syncPickers();
    }

    private void refreshComponentNames() {
        syncing = true;
        for (ComboBox<Integer> box : java.util.List.of(pcX, pcY)) {
            Integer v = box.getValue();
            StringConverter<Integer> c = box.getConverter();
            box.setConverter(null);
            box.setConverter(c);
            box.setValue(null);
            box.setValue(v);
        }
        syncing = false;
    }

    private ComboBox<Integer> dimensionBox(ComboBox<Integer> box, String id, String prefix) {
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : prefix + (i + 1);
            }

            @Override
            public Integer fromString(String s) {
                return Integer.parseInt(s.substring(prefix.length())) - 1;
            }
        });
        box.setVisibleRowCount(12);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private ComboBox<Integer> componentBox(ComboBox<Integer> box, String id) {
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                if (i == null) {
                    return "";
                }
                double[] shares = model.sharesProperty().get();
                return "PC" + (i + 1) + (shares != null && i < shares.length ? " · " + ProjectionViewModel.percent(shares[i]) : "");
            }

            @Override
            public Integer fromString(String s) {
                return Integer.parseInt(s.replaceAll("^PC(\\d+).*$", "$1")) - 1;
            }
        });
        box.setVisibleRowCount(12);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setTooltip(new Tooltip("A principal component of the codes, with its share of their variance."));
        return box;
    }

    private static Spinner<Double> doubleSpinner(String id, double min, double max, double value, double step,
                                                 Consumer<Double> set, String tip) {
        Spinner<Double> s = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(78);
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                set.accept(v);
            }
        });
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    private static Spinner<Integer> intSpinner(String id, int min, int max, int value, int step, Consumer<Integer> set, String tip) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, step));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(84);
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                set.accept(v);
            }
        });
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    private static Node labelled(String name, Node control) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, label, control);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
