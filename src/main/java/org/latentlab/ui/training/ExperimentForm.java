package org.latentlab.ui.training;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.device.EngineCache;
import org.latentlab.ml.device.EngineSetup;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;

/**
 * The sidebar's experiment as typed: which data set, which variant and knobs, how many epochs,
 * which seed and device; it turns them into a validated {@link ModelSpec} for a run.
 */
public final class ExperimentForm {
    private final DataSets data;
    private final ObjectProperty<DataSets.Choice> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<Variant> variant = new SimpleObjectProperty<>(Variant.UNDERCOMPLETE);
    private final IntegerProperty latentSize = new SimpleIntegerProperty(2);
    private final StringProperty hiddenLayers = new SimpleStringProperty("512");
    private final IntegerProperty epochs = new SimpleIntegerProperty(org.latentlab.ml.model.Knobs.defaultEpochs(Variant.UNDERCOMPLETE));
    private final IntegerProperty seed = new SimpleIntegerProperty(7);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(1e-3);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(128);
    private final ObjectProperty<ModelSpec> variantSpec = new SimpleObjectProperty<>(ModelSpec.defaults(Variant.UNDERCOMPLETE));
    private final ObservableList<Knob> knobs = FXCollections.observableArrayList();
    private final ObservableList<Devices.Choice> devices = FXCollections.observableArrayList(new Devices.Choice("cpu", "CPU"));
    private final ObjectProperty<Devices.Choice> device = new SimpleObjectProperty<>(devices.get(0));
    private final ReadOnlyBooleanWrapper engineReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper engineLine = new ReadOnlyStringWrapper(STARTING);
    private BooleanSupplier idle = () -> true;
    private Consumer<LiveChange<?>> live = change -> { };

    /** A form on {@code data}'s first data set; the devices found are added as the loader finds them. */
    public ExperimentForm(DataSets data) {
        this.data = data;
        dataset.set(data.choices().get(0));
        variant.addListener((obs, old, v) -> {
            if (v != null) {
                ModelSpec d = ModelSpec.defaults(v);
                latentSize.set(d.codeSize());
                hiddenLayers.set(hiddenText(d));
                learningRate.set(d.learningRate());
                epochs.set(org.latentlab.ml.model.Knobs.defaultEpochs(v));
                variantSpec.set(d);
                refreshKnobs();
            }
        });
        refreshKnobs();
        data.loader().execute(() -> {
            // Starting the engine unpacks libtorch on the first start, which takes a while: the window says so.
            EngineSetup.configure();
            if (!EngineCache.unpacked()) {
                Platform.runLater(() -> engineLine.set(FIRST_START));
            }
            try {
                List<Devices.Choice> found = Devices.available();
                Platform.runLater(() -> {
                    devices.setAll(found);
                    engineLine.set(EngineSetup.repaired().orElse(""));
                    engineReady.set(true);
                });
            } catch (RuntimeException | LinkageError e) {
                org.slf4j.LoggerFactory.getLogger(ExperimentForm.class).error("The training engine did not start", e);
                String why = EngineSetup.fetchFailure(e).orElse(Sentences.after("The training engine could not start, so Train is unavailable", e));
                Platform.runLater(() -> engineLine.set(why));
            }
        });
    }

    /** What the window says while the first start unpacks libtorch. */
    public static final String FIRST_START = "Preparing the training engine (first start only)…";
    /** What the window says while the engine starts. */
    public static final String STARTING = "Starting the training engine…";

    /** Whether the training engine has started, so a run can begin at once. */
    public ReadOnlyBooleanProperty engineReadyProperty() {
        return engineReady.getReadOnlyProperty();
    }

    /** What the engine is doing (starting, or unpacking on the first start), why it failed, or a repair it made; empty when there is nothing to say. */
    public ReadOnlyStringProperty engineLineProperty() {
        return engineLine.getReadOnlyProperty();
    }

    /** A knob that may change mid-run, changed: the line saying so, the knob and its new value. */
    record LiveChange<T>(String change, org.latentlab.ml.model.Knob<T> knob, T value) {}

    /** Ties the form to a run: which knobs are locked while it runs, and where a mid-run change goes. */
    void attach(BooleanSupplier idle, Consumer<LiveChange<?>> live) {
        this.idle = idle;
        this.live = live;
        refreshKnobs();
    }

    // ---- Properties

    public ObservableList<DataSets.Choice> datasets() {
        return data.choices();
    }

    public ObjectProperty<DataSets.Choice> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Variant> variantProperty() {
        return variant;
    }

    public IntegerProperty latentSizeProperty() {
        return latentSize;
    }

    /** The encoder's hidden layer sizes as typed, e.g. {@code 512}, {@code 256,64} or {@code none}. */
    public StringProperty hiddenLayersProperty() {
        return hiddenLayers;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    /** The chosen variant's own knobs (β, the sparsity penalty, the noise...), as a spec. */
    public ObjectProperty<ModelSpec> variantSpecProperty() {
        return variantSpec;
    }

    /** The knobs of the chosen variant, for the sidebar's property sheet. */
    public ObservableList<Knob> knobs() {
        return knobs;
    }

    public ObservableList<Devices.Choice> devices() {
        return devices;
    }

    public ObjectProperty<Devices.Choice> deviceProperty() {
        return device;
    }

    /** The chosen device's id, {@code cpu} when none is chosen. */
    String deviceId() {
        return device.get() == null ? "cpu" : device.get().id();
    }

    // ---- Commands

    /** The spec the knobs describe; IllegalArgumentException with one sentence when a knob is out of range. */
    public ModelSpec spec() {
        ModelSpec.Builder b = variantSpec.get().toBuilder()
                .hiddenSizes(parseHidden(hiddenLayers.get()))
                .learningRate(learningRate.get())
                .batchSize(batchSize.get());
        if (variant.get() == Variant.CONVOLUTIONAL) {
            b.bottleneck(latentSize.get() == ModelSpec.defaults(Variant.CONVOLUTIONAL).codeSize() ? 0 : latentSize.get());
        } else {
            b.latentSize(latentSize.get());
        }
        ModelSpec spec = b.build().validate();
        if (epochs.get() < 1) {
            throw new IllegalArgumentException("The number of epochs must be at least 1.");
        }
        return spec;
    }

    /** Puts a spec's settings into the sidebar's knobs. */
    public void setKnobs(ModelSpec spec, int runEpochs, long runSeed) {
        variant.set(spec.variant());
        latentSize.set(spec.codeSize());
        hiddenLayers.set(hiddenText(spec));
        learningRate.set(spec.learningRate());
        batchSize.set(spec.batchSize());
        variantSpec.set(spec);
        if (runEpochs > 0) {
            epochs.set(runEpochs);
        }
        seed.set((int) runSeed);
        refreshKnobs();
    }

    /** Selects a data set already in the list (a shipped one by name, or an opened one by path); false if it is not there. */
    public boolean selectDataset(String id) {
        DataSets.Choice choice = data.find(id);
        if (choice != null) {
            dataset.set(choice);
        }
        return choice != null;
    }

    /** Rebuilds the knob list: for a new variant, after settings were restored, and when a run starts or ends. */
    public void refreshKnobs() {
        knobs.setAll(VariantKnobs.of(this, idle::getAsBoolean));
    }

    /** Runs {@code changed} when the form comes to name another model: data set, variant, code size or hidden layers. */
    void whenTheModelNamedChanges(Runnable changed) {
        javafx.beans.InvalidationListener l = o -> changed.run();
        dataset.addListener(l);
        variant.addListener(l);
        latentSize.addListener(l);
        hiddenLayers.addListener(l);
    }

    /** True unless the form names another model than {@code shown}'s; half-typed layers name none yet. */
    boolean names(ShownModel shown) {
        DataSets.Choice choice = dataset.get();
        if (choice == null) {
            return true;
        }
        try {
            return shown.belongsTo(choice.id(), variant.get(), latentSize.get(), parseHidden(hiddenLayers.get()));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Passes a knob that may change mid-run to the run in progress. */
    <T> void applyLive(String change, org.latentlab.ml.model.Knob<T> knob, T value) {
        live.accept(new LiveChange<>(change, knob, value));
    }

    private static String hiddenText(ModelSpec spec) {
        return org.latentlab.ml.model.Knobs.HIDDEN.format(spec.hiddenSizes());
    }

    static List<Integer> parseHidden(String text) {
        return org.latentlab.ml.model.Knobs.HIDDEN.parse(text == null ? "" : text);
    }
}
