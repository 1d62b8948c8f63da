package org.latentlab.ui.sidebyside;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentlab.ml.model.Variant;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.training.DataSets;
import org.latentlab.ui.training.ExperimentForm;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * Two to four models on the same data, each in its own panel with its own codes, decoder and
 * curves (each panel is a {@link TrainingViewModel}, so a panel loads or trains exactly as the main
 * window does, on the main window's data sets, splits and PCA). The panels share one hovered sample, so pointing at an image in one model's latent
 * space rings the same image in every other.
 */
public final class SideBySideViewModel implements AutoCloseable {
    /** At most this many panels: more would leave each plot too small to read on a projector. */
    public static final int MAX_PANELS = 4;

    private final Background background;
    private final TrainingViewModel main;
    private final ObservableList<TrainingViewModel> panels = FXCollections.observableArrayList();
    private final IntegerProperty hovered = new SimpleIntegerProperty(-1);

    /** Panels that train take their data set, seed and device from {@code main}. */
    public SideBySideViewModel(Background background, TrainingViewModel main) {
        this.background = background;
        this.main = main;
    }

    /** The panels, left to right, top to bottom. */
    public ObservableList<TrainingViewModel> panels() {
        return panels;
    }

    /** The sample under the pointer in any panel, or −1. */
    public IntegerProperty hoveredProperty() {
        return hovered;
    }

    /** Adds an empty panel; null when there are already {@link #MAX_PANELS}. */
    public TrainingViewModel addPanel() {
        if (panels.size() >= MAX_PANELS) {
            main.refuse("Side by side shows at most " + MAX_PANELS + " models; remove one first.");
            return null;
        }
        TrainingViewModel panel = new TrainingViewModel(background, main.data());
        panel.shown().latent().hoveredProperty().bindBidirectional(hovered);
        panels.add(panel);
        return panel;
    }

    /** Removes a panel and frees its model and threads. */
    public void remove(TrainingViewModel panel) {
        if (panels.remove(panel)) {
            panel.shown().latent().hoveredProperty().unbindBidirectional(hovered);
            panel.close();
        }
    }

    /** Removes every panel. */
    public void clear() {
        List.copyOf(panels).forEach(this::remove);
    }

    /** Opens a saved model in a new panel. */
    public CompletableFuture<Void> load(Path folder) {
        TrainingViewModel panel = addPanel();
        return panel == null ? CompletableFuture.failedFuture(new IllegalStateException("no free panel")) : panel.loadModel(folder);
    }

    /** Adds a panel and trains {@code variant} there, with its default knobs, on the main window's data set and seed. */
    public TrainingViewModel train(Variant variant) {
        TrainingViewModel panel = addPanel();
        if (panel != null) {
            ExperimentForm form = panel.form();
            ExperimentForm mainForm = main.form();
            form.datasetProperty().set(mainForm.datasetProperty().get());
            form.variantProperty().set(variant);
            form.epochsProperty().set(mainForm.epochsProperty().get());
            form.seedProperty().set(mainForm.seedProperty().get());
            panel.train();
        }
        return panel;
    }

    /**
     * The course's key picture: the shipped 2D autoencoder beside the shipped 2D VAE, on Fashion-MNIST
     * when that is the chosen data set, else on the digits. Replaces what the panels showed.
     */
    public CompletableFuture<Void> showAutoencoderBesideVae() {
        DataSets.Choice chosen = main.form().datasetProperty().get();
        String data = chosen != null && chosen.id().startsWith("fashion") ? "fashion" : "mnist";
        Optional<ShippedModels.Entry> ae = ShippedModels.find(data + "-undercomplete-2d");
        Optional<ShippedModels.Entry> vae = ShippedModels.find(data + "-vae-2d");
        if (ae.isEmpty() || vae.isEmpty()) {
            main.refuse("The shipped models are not there (the models/ folder is missing), so train an autoencoder and a VAE here instead.");
            return CompletableFuture.failedFuture(new IllegalStateException("no shipped models"));
        }
        clear();
        return CompletableFuture.allOf(load(ae.get().folder()), load(vae.get().folder()));
    }

    @Override
    public void close() {
        clear();
    }
}
