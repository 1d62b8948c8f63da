package org.latentlab.ui.shell;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.converter.DoubleStringConverter;
import org.controlsfx.control.StatusBar;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.training.LossCurveView;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.TrainingViewModel.RunState;

/**
 * The main window's layout: the experiment sidebar on the left, the latent scatter above the
 * training curves in the centre, the status bar below. It binds controls to the
 * {@link TrainingViewModel} and forwards clicks; it computes nothing itself.
 */
public final class MainWindow extends BorderPane {
    private final TrainingViewModel model;
    private final LatentScatterView latent = new LatentScatterView();
    private final LossCurveView curves;
    private final org.latentlab.ui.compare.ComparisonView comparison;
    private final Button train = new Button("Train");
    private final Button pause = new Button("Pause");
    private final Button step = new Button("Step");
    private final Button stop = new Button("Stop");

    public MainWindow(TrainingViewModel model) {
        this(model, new org.latentlab.ui.compare.ComparisonViewModel(model));
    }

    public MainWindow(TrainingViewModel model, org.latentlab.ui.compare.ComparisonViewModel comparisonModel) {
        this.model = model;
        this.comparison = new org.latentlab.ui.compare.ComparisonView(comparisonModel, model);
        this.curves = new LossCurveView(model.curves());
        getStyleClass().add("main-window");

        setLeft(sidebar());
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Latent space", latent),
                new javafx.scene.control.Tab("PCA vs autoencoder", comparison));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("views");
        SplitPane centre = new SplitPane(tabs, titled("Training curves", curves));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.66);
        setCenter(centre);
        setBottom(statusBar());

        model.codesProperty().addListener((obs, old, snapshot) -> {
            if (snapshot != null) {
                latent.show(snapshot);
            }
        });
    }

    /** The scatter view, for tests and wiring. */
    public LatentScatterView latentView() {
        return latent;
    }

    /** The PCA comparison view, for tests. */
    public org.latentlab.ui.compare.ComparisonView comparisonView() {
        return comparison;
    }

    /** The curve view, for tests and wiring. */
    public LossCurveView curveView() {
        return curves;
    }

    private ScrollPane sidebar() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(14));
        box.setPrefWidth(300);
        box.getStyleClass().add("sidebar");
        BooleanBinding busy = model.stateProperty().isNotEqualTo(RunState.IDLE);

        Label title = new Label("Experiment");
        title.getStyleClass().add("title-3");

        ComboBox<TrainingViewModel.DatasetChoice> dataset = new ComboBox<>(model.datasets());
        dataset.valueProperty().bindBidirectional(model.datasetProperty());
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setId("dataset");
        dataset.setTooltip(new Tooltip("The images to learn from; 20% are held out for validation."));
        Button open = new Button("Open…");
        open.setTooltip(new Tooltip("Open a folder holding an IDX image file and its label file (MNIST, KMNIST, EMNIST, Fashion-MNIST)."));
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open an IDX data set folder");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.openIdxFolder(folder.toPath());
            }
        });
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox dataRow = new HBox(6, dataset, open);
        HBox.setHgrow(dataset, Priority.ALWAYS);
        dataset.disableProperty().bind(busy);
        open.disableProperty().bind(busy);

        ComboBox<Variant> variant = new ComboBox<>();
        variant.getItems().setAll(Variant.values());
        variant.valueProperty().bindBidirectional(model.variantProperty());
        variant.setMaxWidth(Double.MAX_VALUE);
        variant.setId("variant");
        variant.disableProperty().bind(busy);
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("variant-description");
        description.textProperty().bind(Bindings.createStringBinding(
                () -> model.variantProperty().get() == null ? "" : model.variantProperty().get().description(), model.variantProperty()));

        GridPane knobs = new GridPane();
        knobs.setHgap(8);
        knobs.setVgap(6);
        int row = 0;
        knobs.addRow(row++, new Label("Latent size"), intSpinner("latent", "The latent size", model.latentSizeProperty(), 1, 4096, busy,
                "Units in the code. 2 can be plotted directly; wider codes show their first two units."));
        javafx.scene.control.TextField hidden = new javafx.scene.control.TextField();
        hidden.setId("hidden");
        hidden.setPrefWidth(130);
        hidden.textProperty().bindBidirectional(model.hiddenLayersProperty());
        hidden.disableProperty().bind(busy);
        hidden.setTooltip(new Tooltip("Sizes of the encoder's hidden layers, e.g. 512 or 256,64, or none; the decoder mirrors them."));
        knobs.addRow(row++, new Label("Hidden layers"), hidden);
        knobs.addRow(row++, new Label("Epochs"), intSpinner("epochs", "The number of epochs", model.epochsProperty(), 1, 1000, busy,
                "Passes over the training set."));
        knobs.addRow(row++, new Label("Batch size"), intSpinner("batch", "The batch size", model.batchSizeProperty(), 1, 4096, busy,
                "Images per optimisation step."));
        knobs.addRow(row++, new Label("Learning rate"), learningRate(busy));
        knobs.addRow(row++, new Label("Seed"), intSpinner("seed", "The seed", model.seedProperty(), 0, Integer.MAX_VALUE, busy,
                "Fixes the split, the initial weights and the batch order: the same seed repeats a run exactly."));
        ComboBox<org.latentlab.ml.device.Devices.Choice> device = new ComboBox<>(model.devices());
        device.valueProperty().bindBidirectional(model.deviceProperty());
        device.disableProperty().bind(busy);
        device.setTooltip(new Tooltip("Where training runs: the CPU, or a CUDA GPU when the CUDA build finds one."));
        device.setMaxWidth(Double.MAX_VALUE);
        knobs.addRow(row, new Label("Device"), device);

        train.setId("train");
        pause.setId("pause");
        step.setId("step");
        stop.setId("stop");
        train.getStyleClass().add("accent");
        train.setDefaultButton(false);
        train.setMaxWidth(Double.MAX_VALUE);
        train.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(RunState.PAUSED)).then("Resume").otherwise("Train"));
        train.disableProperty().bind(model.stateProperty().isEqualTo(RunState.RUNNING).or(model.stateProperty().isEqualTo(RunState.LOADING)));
        train.setOnAction(e -> {
            if (model.stateProperty().get() == RunState.PAUSED) {
                model.togglePause();
            } else {
                model.train();
            }
        });
        train.setTooltip(new Tooltip("Start training with these settings (Space)."));
        pause.disableProperty().bind(model.stateProperty().isNotEqualTo(RunState.RUNNING));
        pause.setOnAction(e -> model.togglePause());
        pause.setTooltip(new Tooltip("Hold the run after the current step (Space)."));
        step.disableProperty().bind(model.stateProperty().isNotEqualTo(RunState.RUNNING).and(model.stateProperty().isNotEqualTo(RunState.PAUSED)));
        step.setOnAction(e -> model.step());
        step.setTooltip(new Tooltip("Run exactly one batch, then pause (S)."));
        stop.disableProperty().bind(model.stateProperty().isEqualTo(RunState.IDLE).or(model.stateProperty().isEqualTo(RunState.LOADING)));
        stop.setOnAction(e -> model.stop());
        stop.setTooltip(new Tooltip("End the run; the model keeps what it learned (Esc)."));
        for (Button b : new Button[] {pause, step, stop}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox controls = new HBox(6, train, pause, step, stop);
        HBox.setHgrow(train, Priority.ALWAYS);

        Label error = new Label();
        error.setId("error");
        error.setWrapText(true);
        error.getStyleClass().add("error-message");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        box.getChildren().addAll(title, new Label("Data set"), dataRow, new Label("Variant"), variant, description,
                new Separator(), knobs, new Separator(), controls, error);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("sidebar-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Spinner<Integer> intSpinner(String id, String knob, javafx.beans.property.IntegerProperty property, int min, int max,
                                        BooleanBinding busy, String tip) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get()));
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(130);
        s.disableProperty().bind(busy);
        s.setTooltip(new Tooltip(tip + " Range " + min + "–" + max + "."));
        s.valueProperty().addListener((obs, old, v) -> property.set(v));
        property.addListener((obs, old, v) -> s.getValueFactory().setValue(v.intValue()));
        commitOnFocusLoss(s, knob, min, max);
        return s;
    }

    private Spinner<Double> learningRate(BooleanBinding busy) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(1e-5, 1, model.learningRateProperty().get(), 1e-4);
        f.setConverter(new DoubleStringConverter() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format("%.4g", v);
            }
        });
        Spinner<Double> s = new Spinner<>(f);
        s.setEditable(true);
        s.setId("learning-rate");
        s.setPrefWidth(130);
        s.disableProperty().bind(busy);
        s.setTooltip(new Tooltip("Adam's step size. Too high and the loss becomes NaN; range 0.00001–1."));
        s.valueProperty().addListener((obs, old, v) -> model.learningRateProperty().set(v));
        model.learningRateProperty().addListener((obs, old, v) -> s.getValueFactory().setValue(v.doubleValue()));
        commitOnFocusLoss(s, "The learning rate", 1e-5, 1);
        return s;
    }

    /**
     * A typed value is taken when the field loses focus or Enter is pressed; one that is out of
     * range or not a number is refused with a sentence naming the range, and the last good value stays.
     */
    private <T extends Number> void commitOnFocusLoss(Spinner<T> s, String knob, double min, double max) {
        Runnable commit = () -> {
            String text = s.getEditor().getText().trim();
            T kept = s.getValue();
            try {
                double v = Double.parseDouble(text);
                if (!(v >= min && v <= max)) {
                    throw new NumberFormatException();
                }
                s.getValueFactory().setValue(s.getValueFactory().getConverter().fromString(text));
            } catch (RuntimeException e) {
                model.refuse(String.format("%s must be between %s and %s; '%s' was not taken, it stays %s.", knob,
                        NumberFormatting.plain(min), NumberFormatting.plain(max), text, s.getValueFactory().getConverter().toString(kept)));
                s.getEditor().setText(s.getValueFactory().getConverter().toString(kept));
            }
        };
        s.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        s.getEditor().setOnAction(e -> commit.run());
    }

    private static BorderPane titled(String title, javafx.scene.Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("view-caption");
        BorderPane pane = new BorderPane(content);
        pane.setTop(label);
        BorderPane.setMargin(label, new Insets(4, 8, 2, 8));
        return pane;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.textProperty().bind(model.statusProperty());
        bar.progressProperty().bind(model.progressProperty());
        return bar;
    }
}
