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
import javafx.scene.layout.Priority;
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
    private final HBox settings = new HBox(6);
    private final ComboBox<Integer> rawX = new ComboBox<>();
    private final ComboBox<Integer> rawY = new ComboBox<>();
    private final ComboBox<Integer> pcX = new ComboBox<>();
    private final ComboBox<Integer> pcY = new ComboBox<>();
    private final Button pause = new Button("Pause");
    private final Button rerun = new Button("Re-run");
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Label error = new Label();
    private final Node raw;
    private final Node pca;
    private final Node tsne;
    private final Node umap;
    private int dimensions = -1;
    private boolean syncing;

    public ProjectionPicker(ProjectionViewModel model) {
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

        raw = row(new Label("x"), dimensionBox(rawX, "raw-x", "z"), new Label("y"), dimensionBox(rawY, "raw-y", "z"));
        rawX.valueProperty().addListener((obs, old, v) -> pickRaw(v, true));
        rawY.valueProperty().addListener((obs, old, v) -> pickRaw(v, false));
        model.latent().xDimensionProperty().addListener(o -> syncPickers());
        model.latent().yDimensionProperty().addListener(o -> syncPickers());

        pca = row(new Label("x"), componentBox(pcX, "pc-x"), new Label("y"), componentBox(pcY, "pc-y"));
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
        tsne = row(labelled("Perplexity", doubleSpinner("perplexity", 2, 100, t.perplexity(), 5,
                        v -> model.tsneProperty().set(model.tsneProperty().get().withPerplexity(v)),
                        "How many neighbours each code keeps near: at most a third of the codes.")),
                labelled("Learning rate", doubleSpinner("learning-rate", 10, 2000, t.learningRate(), 50,
                        v -> model.tsneProperty().set(model.tsneProperty().get().withLearningRate(v)),
                        "How far the points move each iteration.")),
                labelled("Iterations", intSpinner("iterations", 50, 5000, t.iterations(), 50,
                        v -> model.tsneProperty().set(model.tsneProperty().get().withIterations(v)), "How long the map is run.")),
                labelled("Seed", intSpinner("tsne-seed", 0, 1_000_000, (int) t.seed(), 1,
                        v -> model.tsneProperty().set(model.tsneProperty().get().withSeed(v)), "The starting layout's seed: the same seed gives the same map.")),
                labelled("Supervise", doubleSpinner("supervise", 0, 1, t.supervise(), 0.1,
                        v -> model.tsneProperty().set(model.tsneProperty().get().withSupervise(v)),
                        "0: labels ignored; 1: codes of other labels pushed far apart, so same labels gather.")));
        UmapSettings u = model.umapProperty().get();
        umap = row(labelled("Neighbours", intSpinner("umap-neighbours", 2, 200, u.neighbours(), 1,
                        v -> model.umapProperty().set(model.umapProperty().get().withNeighbours(v)),
                        "How many neighbours make each code's neighbourhood: small shows detail, large the whole.")),
                labelled("Min distance", doubleSpinner("min-distance", 0.01, 1, u.minDistance(), 0.05,
                        v -> model.umapProperty().set(model.umapProperty().get().withMinDistance(v)),
                        "How close the map may put points: small packs clusters tight.")));

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
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.setWrapText(true);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label title = new Label("Projection");
        HBox top = new HBox(8, title, kind, settings);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(settings, Priority.ALWAYS);
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
        Node pane = switch (k) {
            case RAW -> raw;
            case PCA -> pca;
            case TSNE -> tsne;
            case UMAP -> umap;
        };
        settings.getChildren().setAll(pane);
        if (k == ProjectionKind.TSNE) {
            settings.getChildren().addAll(pause, rerun);
        } else if (k == ProjectionKind.UMAP) {
            settings.getChildren().add(rerun);
        }
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
        s.setPrefWidth(80);
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
        s.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                set.accept(v);
            }
        });
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    private static Node labelled(String name, Node control) {
        HBox box = new HBox(4, new Label(name), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
