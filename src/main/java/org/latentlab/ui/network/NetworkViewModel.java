package org.latentlab.ui.network;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.concurrent.Background;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.inspect.Inspection;
import org.latentlab.ml.inspect.LayerHistograms;
import org.latentlab.ml.inspect.NetworkService;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ui.common.DrawnSignal;
import org.latentlab.ui.common.Pace;
import org.latentlab.ui.training.ShownModel;

/**
 * The network view's state: the model on show taken apart into layers, the activations of the input
 * chosen (the selected validation sample, or one drawn here) in each, and per layer the histograms of
 * weights, activations and gradients at every moment the run sent weights (the pace the scatter
 * already follows), oldest first. The inspection runs on the network lane; this holds what came back.
 */
public final class NetworkViewModel implements AutoCloseable {
    /** Histograms kept per layer: the newest this many moments of the run. */
    public static final int HISTORY = 40;
    /** Validation images the activation and gradient histograms are measured on. */
    public static final int PROBE = 128;
    /** Bins of each histogram. */
    public static final int BINS = 40;

    private final ShownModel shown;
    private final NetworkService service;
    private final ReadOnlyObjectWrapper<Inspection> inspection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<LayerHistograms>> history = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper inputCaption = new ReadOnlyStringWrapper(NO_MODEL);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final DrawnSignal signal = new DrawnSignal();
    /** Histograms are measured at most this often (at a run's first weights, then the newest), so a run's frames do not queue work on the lane. */
    private final Pace pace = new Pace(javafx.util.Duration.millis(400), this::measureShown);
    private final javafx.beans.binding.BooleanBinding settled = javafx.beans.binding.Bindings.and(signal.property(), pace.pendingProperty().not());
    private float[] drawn;
    private ModelSpec historySpec;

    private static final String NO_MODEL = "Train or open a model to see its layers.";

    public NetworkViewModel(Background background, ShownModel shown) {
        this.shown = shown;
        this.service = new NetworkService(background);
        shown.latent().shownWeightsProperty().addListener((obs, old, w) -> weightsChanged(w));
        shown.latent().selectedProperty().addListener(o -> {
            drawn = null;
            inspect();
        });
        weightsChanged(shown.latent().shownWeightsProperty().get());
    }

    /** The layers and the chosen input's activations in each; null before a model is shown. */
    public ReadOnlyObjectProperty<Inspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    /** The histograms at each moment of the run so far, oldest first (at most {@link #HISTORY}). */
    public ReadOnlyObjectProperty<List<LayerHistograms>> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Which input the activations are of. */
    public ReadOnlyStringProperty inputCaptionProperty() {
        return inputCaption.getReadOnlyProperty();
    }

    /** The sentence of the last inspection that failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once every inspection asked for has come back. */
    public javafx.beans.value.ObservableBooleanValue drawnProperty() {
        return settled;
    }

    /** Image height and width of the model's input. */
    public int imageHeight() {
        return shown.latent().imageHeight();
    }

    public int imageWidth() {
        return shown.latent().imageWidth();
    }

    /** Shows the activations of a drawn input ({@code imageHeight × imageWidth} values) instead of the selected sample's. */
    public void showDrawn(float[] values) {
        ModelSpec spec = shown.spec();
        if (spec == null || values.length != spec.inputSize()) {
            inputCaption.set(spec == null ? NO_MODEL : "A drawing fits a model of one-channel 28×28 images; this model takes "
                    + spec.channels() + "×" + spec.height() + "×" + spec.width() + ".");
            return;
        }
        drawn = values.clone();
        inspect();
    }

    /** The input whose activations are shown: the drawing, else the selected sample, else the first validation image. */
    float[] chosenInput() {
        ModelSpec spec = shown.spec();
        float[] images = shown.latent().images();
        if (spec == null || images == null) {
            return null;
        }
        if (drawn != null) {
            inputCaption.set("Activations of your drawing in each layer.");
            return drawn;
        }
        int size = spec.inputSize();
        int i = shown.latent().selectedProperty().get();
        if (i < 0 || (long) (i + 1) * size > images.length) {
            inputCaption.set("Activations of validation sample #0 in each layer (select a sample in the scatter, or draw one).");
            i = 0;
        } else {
            inputCaption.set("Activations of the selected validation sample #" + i + " in each layer.");
        }
        if ((long) (i + 1) * size > images.length) {
            return null;
        }
        float[] x = new float[size];
        System.arraycopy(images, i * size, x, 0, size);
        return x;
    }

    private void weightsChanged(Weights w) {
        ModelSpec spec = shown.spec();
        if (w == null || spec == null) {
            service.setWeights(null, null);
            pace.cancel();
            inspection.set(null);
            history.set(List.of());
            historySpec = null;
            inputCaption.set(NO_MODEL);
            return;
        }
        service.setWeights(spec, w);
        inspect();
        pace.request();
    }

    private void measureShown() {
        if (shown.spec() != null && shown.latent().shownWeightsProperty().get() != null) {
            measure(shown.spec());
        }
    }

    private void inspect() {
        float[] x = chosenInput();
        if (x == null || shown.spec() == null) {
            return;
        }
        signal.deliver(service.inspect("activations", x), i -> {
            error.set("");
            inspection.set(i);
        }, error::set);
    }

    /** The histograms at the run's newest step, added to the history (which starts again for another model or a reset run). */
    private void measure(ModelSpec spec) {
        float[] images = shown.latent().images();
        if (images == null) {
            return;
        }
        int n = Math.min(PROBE, images.length / spec.inputSize());
        float[] probe = java.util.Arrays.copyOf(images, n * spec.inputSize());
        var curves = shown.curves();
        long step = curves.size() == 0 ? 0 : (long) curves.step(curves.size() - 1);
        signal.deliver(service.histograms("histograms", step, probe, n, BINS), h -> {
            List<LayerHistograms> old = history.get();
            boolean restart = !spec.equals(historySpec) || (!old.isEmpty() && h.step() < old.get(old.size() - 1).step());
            List<LayerHistograms> next = new ArrayList<>(restart ? List.of() : old);
            if (!next.isEmpty() && next.get(next.size() - 1).step() == h.step()) {
                next.set(next.size() - 1, h);
            } else {
                next.add(h);
            }
            if (next.size() > HISTORY) {
                // As TensorBoard keeps a long run's histograms: every other moment, the first and the newest always.
                List<LayerHistograms> thinned = new ArrayList<>();
                for (int i = 0; i < next.size() - 1; i += 2) {
                    thinned.add(next.get(i));
                }
                thinned.add(next.get(next.size() - 1));
                next = thinned;
            }
            historySpec = spec;
            history.set(List.copyOf(next));
        }, error::set);
    }

    @Override
    public void close() {
        service.close();
    }
}
