package org.latentlab.ui.latent;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.latentlab.ui.common.ClassPalette;
import org.latentlab.ui.common.FrameLoop;

/**
 * The latent scatter: validation codes coloured by class, with a legend that hides a class on click.
 * {@link #show} may be called as often as events arrive; the plot redraws the newest snapshot once
 * per frame, and its bounds glide to fit the points so the cloud's motion is easy to follow.
 */
public final class LatentScatterView extends BorderPane {
    private final ScatterPlot plot = new ScatterPlot();
    private final VBox legend = new VBox(4);
    private final Label caption = new Label("Train a model to see its latent space.");
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private final BitSet hidden = new BitSet();
    private boolean standardised;

    private LatentSnapshot pending;
    private LatentSnapshot current;
    private List<String> legendClasses = List.of();
    private double[] bounds;
    private double[] target;

    public LatentScatterView() {
        getStyleClass().add("latent-view");
        caption.getStyleClass().add("view-caption");
        setTop(caption);
        setCenter(plot);
        legend.setPadding(new Insets(10, 8, 8, 8));
        legend.setMinWidth(110);
        setRight(legend);
        BorderPane.setMargin(caption, new Insets(4, 8, 2, 8));
        frames.start();
    }

    /** Shows new codes (replacing any not yet drawn). Call on the JavaFX thread. */
    public void show(LatentSnapshot snapshot) {
        pending = snapshot;
    }

    /** Clears the plot, e.g. when a new run starts. */
    public void clear() {
        pending = null;
        current = null;
        bounds = null;
        target = null;
        plot.setPoints(new float[0], new float[0], new int[0], hidden, "z1", "z2");
        plot.redraw();
        caption.setText("Train a model to see its latent space.");
    }

    /** Scales each axis to zero mean and unit variance (to compare shapes, not scales). */
    public void setStandardised(boolean on) {
        standardised = on;
        if (current != null) {
            pending = current;
        }
    }

    /** Number of points drawn in the last frame (hidden classes excluded). */
    public int drawnPointCount() {
        return plot.drawnPoints();
    }

    /** The class names the legend lists. */
    public List<String> legendClasses() {
        return legendClasses;
    }

    /** Hides or shows a class, as a click on its legend entry does. */
    public void setClassHidden(int classIndex, boolean hide) {
        hidden.set(classIndex, hide);
        if (current != null) {
            project(current);
            rebuildLegend(current.classNames());
            plot.redraw();
        }
    }

    private void onFrame() {
        LatentSnapshot next = pending;
        boolean moved = false;
        if (next != null) {
            pending = null;
            current = next;
            if (!next.classNames().equals(legendClasses)) {
                rebuildLegend(next.classNames());
            }
            caption.setText(next.caption());
            project(next);
            moved = true;
        }
        if (target != null) {
            if (bounds == null) {
                bounds = target.clone();
            } else {
                double change = 0;
                for (int i = 0; i < 4; i++) {
                    double d = target[i] - bounds[i];
                    bounds[i] += 0.25 * d;
                    change = Math.max(change, Math.abs(d) / Math.max(1e-9, target[1] - target[0] + target[3] - target[2]));
                }
                moved |= change > 1e-4;
            }
            if (moved) {
                plot.setBounds(bounds[0], bounds[1], bounds[2], bounds[3]);
                plot.redraw();
            }
        }
    }

    /** Splits codes into plot coordinates (the first two dimensions) and computes target bounds. */
    private void project(LatentSnapshot s) {
        int n = s.size();
        int k = s.latentSize();
        float[] xs = new float[n];
        float[] ys = new float[n];
        java.util.SplittableRandom jitter = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            xs[i] = s.codes()[i * k];
            ys[i] = k > 1 ? s.codes()[i * k + 1] : (float) (jitter.nextDouble() * 2 - 1);
        }
        if (standardised) {
            standardise(xs);
            standardise(ys);
        }
        String suffix = standardised ? " (standardised)" : "";
        plot.setPoints(xs, ys, s.labels(), hidden, "z1" + suffix, k > 1 ? "z2" + suffix : "(jitter)");
        target = robustBounds(xs, ys, s.labels());
    }

    private static void standardise(float[] v) {
        double mean = 0;
        for (float f : v) {
            mean += f;
        }
        mean /= Math.max(1, v.length);
        double var = 0;
        for (float f : v) {
            var += (f - mean) * (f - mean);
        }
        double sd = Math.sqrt(var / Math.max(1, v.length));
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (sd > 0 ? (v[i] - mean) / sd : 0);
        }
    }

    /** The 0.5th–99.5th percentile box of the visible points, with a margin, so outliers do not squash the cloud. */
    private double[] robustBounds(float[] xs, float[] ys, int[] labels) {
        // Primitive copies of the visible points: this runs on the JavaFX thread for up to 70k points.
        float[] x = new float[labels.length];
        float[] y = new float[labels.length];
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (!hidden.get(labels[i])) {
                x[count] = xs[i];
                y[count] = ys[i];
                count++;
            }
        }
        if (count == 0) {
            return bounds != null ? bounds.clone() : new double[] {-1, 1, -1, 1};
        }
        x = Arrays.copyOf(x, count);
        y = Arrays.copyOf(y, count);
        Arrays.sort(x);
        Arrays.sort(y);
        int lo = (int) (x.length * 0.005);
        int hi = Math.max(lo, (int) Math.ceil(x.length * 0.995) - 1);
        double x0 = x[lo];
        double x1 = x[hi];
        double y0 = y[lo];
        double y1 = y[hi];
        double mx = Math.max(1e-6, (x1 - x0) * 0.08);
        double my = Math.max(1e-6, (y1 - y0) * 0.08);
        return new double[] {x0 - mx, x1 + mx, y0 - my, y1 + my};
    }

    private void rebuildLegend(List<String> classNames) {
        legendClasses = List.copyOf(classNames);
        legend.getChildren().clear();
        Label title = new Label("Classes");
        title.getStyleClass().add("legend-title");
        legend.getChildren().add(title);
        for (int c = 0; c < classNames.size(); c++) {
            int index = c;
            Circle dot = new Circle(6, ClassPalette.color(c));
            Label entry = new Label(classNames.get(c), dot);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.getStyleClass().add("legend-entry");
            entry.setOpacity(hidden.get(c) ? 0.35 : 1);
            entry.setTooltip(new Tooltip("Click to hide or show " + classNames.get(c)));
            entry.setOnMouseClicked(e -> setClassHidden(index, !hidden.get(index)));
            entry.setId("legend-" + c);
            legend.getChildren().add(entry);
        }
    }
}
