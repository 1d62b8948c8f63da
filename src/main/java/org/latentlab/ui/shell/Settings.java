package org.latentlab.ui.shell;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.training.ExperimentForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between sessions (Java's user preferences): its size and place, the
 * theme, the last view (by its id), the data set, the variant and the shared knobs. A value that no longer fits
 * (a data set that is gone, a variant renamed) is skipped, never an error.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    /** The user's settings for Latent Lab. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("org/latentlab/explorer"));
    }

    public boolean darkTheme() {
        return node.getBoolean("darkTheme", false);
    }

    public void setDarkTheme(boolean on) {
        node.putBoolean("darkTheme", on);
    }

    /** The smallest window laid out without cutting anything off (less only on a smaller screen). */
    public static final double MIN_WIDTH = 1280;
    public static final double MIN_HEIGHT = 820;

    /**
     * Puts the stage where it was, at the size it had, never below its minimum nor beyond the
     * screen; a first window takes 80% of the screen (at least the minimum), centred.
     */
    public void restoreStage(Stage stage) {
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        boolean placed = !Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y);
        Rectangle2D screen = (placed ? Screen.getScreensForRectangle(x, y, 100, 100).get(0) : Screen.getPrimary()).getVisualBounds();
        double minWidth = Math.min(MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(MIN_HEIGHT, screen.getHeight());
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        double width = clamp(node.getDouble("width", 0.8 * screen.getWidth()), minWidth, screen.getWidth());
        double height = clamp(node.getDouble("height", 0.8 * screen.getHeight()), minHeight, screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(placed ? x : screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(placed ? y : screen.getMinY() + (screen.getHeight() - height) / 2);
        // Only ever set to true: un-maximising a window not yet shown lets a window manager give it its own small default size.
        if (node.getBoolean("maximized", false)) {
            stage.setMaximized(true);
        }
    }

    private static boolean onSomeScreen(double x, double y) {
        return !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
    }

    /** Restores the data set, variant and knobs into {@code form}, and the last view. */
    public void restore(ExperimentForm form, MainWindow window) {
        String variant = node.get("variant", null);
        if (variant != null) {
            try {
                form.variantProperty().set(Variant.valueOf(variant));
            } catch (IllegalArgumentException ignored) {
                // A variant from another version: keep the default.
            }
        }
        String dataset = node.get("dataset", null);
        form.datasets().stream().filter(c -> c.id().equals(dataset)).findFirst().ifPresent(form.datasetProperty()::set);
        form.latentSizeProperty().set(node.getInt("latent", form.latentSizeProperty().get()));
        form.hiddenLayersProperty().set(node.get("hidden", form.hiddenLayersProperty().get()));
        form.epochsProperty().set(clamp(node.getInt("epochs", form.epochsProperty().get()), 1, 1000));
        form.batchSizeProperty().set(clamp(node.getInt("batch", form.batchSizeProperty().get()), 1, 65536));
        double lr = node.getDouble("learningRate", form.learningRateProperty().get());
        if (lr > 0 && lr <= 1) {
            form.learningRateProperty().set(lr);
        }
        form.seedProperty().set(Math.max(0, node.getInt("seed", form.seedProperty().get())));
        form.refreshKnobs();
        String view = node.get("viewId", null);
        if (view == null) {
            // Settings from before views had ids kept the tab's position: read it once as the view at that position.
            int tab = node.getInt("view", -1);
            List<ViewDescriptor> tabs = window.views().stream().filter(v -> v.place() == ViewDescriptor.Place.TAB).toList();
            view = tab >= 0 && tab < tabs.size() ? tabs.get(tab).id() : null;
        }
        ViewRegistry.find(window.views(), view).filter(v -> v.place() == ViewDescriptor.Place.TAB).ifPresent(v -> window.show(v.id()));
    }

    /** Writes everything {@link #restore} and {@link #restoreStage} read. */
    public void save(Stage stage, ExperimentForm form, MainWindow window) {
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
        }
        node.putBoolean("maximized", stage.isMaximized());
        node.put("variant", form.variantProperty().get().name());
        if (form.datasetProperty().get() != null) {
            node.put("dataset", form.datasetProperty().get().id());
        }
        node.putInt("latent", form.latentSizeProperty().get());
        node.put("hidden", form.hiddenLayersProperty().get());
        node.putInt("epochs", form.epochsProperty().get());
        node.putInt("batch", form.batchSizeProperty().get());
        node.putDouble("learningRate", form.learningRateProperty().get());
        node.putInt("seed", form.seedProperty().get());
        node.put("viewId", window.selected().id());
        node.remove("view");
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Latent Lab could not save its settings", e);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
