package org.latentlab.ui.latent;

import java.util.BitSet;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.common.Images;

/**
 * The latent scatter: codes coloured by class, with a legend that hides a class on click (or
 * isolates it on double-click), wheel zoom, drag pan, hover showing the input image, click to
 * select. In {@link Mode#PROBE} a press or drag moves the probe instead, for the explore view. The
 * plot redraws the newest codes once per frame; its bounds glide to fit them unless the person has
 * zoomed (double-click the plot to fit again).
 */
public final class LatentScatterView extends BorderPane {
    /** What a primary-button drag does. */
    public enum Mode { SELECT, PROBE }

    private final LatentViewModel model;
    private final ScatterPlot plot = new ScatterPlot();
    private final ClassLegend legend;
    private final ScatterOptions options;
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private final BitSet hidden = new BitSet();
    private final ScatterMarkers markers;
    private final HoverCard hoverLayer = new HoverCard();
    private final ReadOnlyObjectWrapper<double[]> viewBounds = new ReadOnlyObjectWrapper<>();
    private boolean standardised;
    private Mode mode = Mode.SELECT;

    private boolean dirty;
    private final org.latentlab.ui.common.DrawnSignal drawn = new org.latentlab.ui.common.DrawnSignal();
    private LatentSnapshot current;
    private double[] bounds;
    private double[] target;
    /** Whether the person has zoomed or panned, so the bounds stop gliding to fit the codes. */
    private boolean zoomed;
    private double pressX;
    private double pressY;
    private double[] pressBounds;
    private boolean dragged;

    /** A scatter of the shared latent model. */
    public LatentScatterView(LatentViewModel model) {
        this.model = model;
        this.markers = new ScatterMarkers(plot, model);
        this.options = new ScatterOptions(model, this::drawMarkers, this::markDirty);
        this.legend = new ClassLegend(c -> setClassHidden(c, !hidden.get(c)), this::isolateClass);
        getStyleClass().add("latent-view");
        setTop(options);
        BorderPane.setMargin(options, new Insets(4, 8, 2, 8));
        StackPane centre = new StackPane(plot, hoverLayer);
        setCenter(centre);
        setRight(legend);
        plot.setAfterRedraw(this::drawMarkers);
        installMouse();
        options.showAxes(current == null ? 0 : current.latentSize());

        model.shownProperty().addListener((obs, old, s) -> markDirty());
        model.planeProperty().addListener((obs, old, p) -> {
            zoomed = false;
            target = null; // other axes: fit them afresh
            markDirty();
        });
        javafx.beans.InvalidationListener marks = o -> drawMarkers();
        model.selectedProperty().addListener(marks);
        model.probeProperty().addListener(marks);
        model.highlightProperty().addListener(marks);
        model.hoveredProperty().addListener(marks);
        model.markedProperty().addListener(marks);
        model.endAProperty().addListener(marks);
        model.endBProperty().addListener(marks);
        if (model.shownProperty().get() != null) {
            markDirty();
        }
        frames.runWhileShowing(this);
    }

    /** True once the codes on show (or the empty-state caption) are drawn and the axes have settled. */
    public ReadOnlyBooleanProperty drawnProperty() {
        return drawn.property();
    }

    private void markDirty() {
        dirty = true;
        drawn.stale();
    }

    /** The shared model this scatter draws. */
    public LatentViewModel model() {
        return model;
    }

    /** Shows new codes (replacing any not yet drawn). Call on the JavaFX thread. */
    public void show(LatentSnapshot snapshot) {
        model.accept(snapshot, null, false);
    }

    /** What a primary drag does: select and pan, or move the probe. */
    public void setMode(Mode mode) {
        this.mode = mode;
        plot.setCursor(mode == Mode.PROBE ? javafx.scene.Cursor.CROSSHAIR : javafx.scene.Cursor.DEFAULT);
    }

    /** Clears the plot, e.g. when a new run starts. */
    public void clear() {
        model.clear();
        current = null;
        bounds = null;
        target = null;
        zoomed = false;
        plot.setPoints(new float[0], new float[0], new int[0], hidden, "z1", "z2");
        legend.show(List.of(), hidden);
        plot.redraw();
        options.setCaption(ScatterOptions.EMPTY);
    }

    /** Scales each axis to zero mean and unit variance (to compare shapes, not scales). */
    public void setStandardised(boolean on) {
        standardised = on;
        target = null;
        markDirty();
    }

    /** The data range on show, {minX, maxX, minY, maxY}; the decoded grid spans the same. */
    public ReadOnlyObjectProperty<double[]> viewBoundsProperty() {
        return viewBounds.getReadOnlyProperty();
    }

    /** Draws the current codes now (the frame loop does this once per frame); for the UI benchmark. */
    public void redrawNow() {
        LatentSnapshot s = model.shownProperty().get();
        if (s != null && s != current) {
            current = s;
            project(s);
            if (bounds == null) {
                bounds = target.clone();
                plot.setBounds(bounds[0], bounds[1], bounds[2], bounds[3]);
            }
        }
        plot.redraw();
    }

    /** σ ellipses in the last redraw (a VAE's scatter with "σ per point" on). */
    public int drawnEllipseCount() {
        return plot.drawnEllipses();
    }

    /** How much larger than normal the plot's type is: more in presenter mode. */
    public double typeScale() {
        return plot.typeScale();
    }

    /** Number of points drawn in the last frame (hidden classes excluded). */
    public int drawnPointCount() {
        return plot.drawnPoints();
    }

    /** The class names the legend lists. */
    public List<String> legendClasses() {
        return legend.classes();
    }

    /** Hides or shows a class, as a click on its legend entry does. */
    public void setClassHidden(int classIndex, boolean hide) {
        hidden.set(classIndex, hide);
        if (current != null) {
            target = null; // fit the classes now shown
            project(current);
            legend.show(current.classNames(), hidden);
            plot.redraw();
        }
    }

    /** Shows only {@code classIndex} (or every class again, when it is already the only one shown). */
    public void isolateClass(int classIndex) {
        int n = legend.classes().size();
        boolean alone = !hidden.get(classIndex) && hidden.cardinality() == n - 1;
        hidden.clear();
        if (!alone) {
            hidden.set(0, n);
            hidden.clear(classIndex);
        }
        if (current != null) {
            target = null; // fit the classes now shown
            project(current);
            legend.show(current.classNames(), hidden);
            plot.redraw();
        }
    }

    /** An image drawn under the points (the decoded lattice, in the explore view); null for none. */
    public void setBackgroundImage(javafx.scene.image.Image image) {
        plot.setBackgroundImage(image);
        plot.redraw();
    }

    /** The plane point under a pixel of this view, for tests and the explore view. */
    public double[] dataAt(double px, double py) {
        javafx.geometry.Point2D p = plot.sceneToLocal(localToScene(px, py));
        return new double[] {plot.dataX(p.getX()), plot.dataY(p.getY())};
    }

    /** The pixel of this view (local coordinates) where plane point (x, y) is drawn. */
    public javafx.geometry.Point2D pixelOf(double x, double y) {
        return sceneToLocal(plot.localToScene(plot.screenX(x), plot.screenY(y)));
    }

    private void onFrame() {
        // A view in an unselected tab draws nothing; it catches up with the newest codes when shown.
        if (!org.latentlab.ui.common.Visibility.shown(this)) {
            return;
        }
        boolean moved = false;
        if (dirty) {
            dirty = false;
            LatentSnapshot next = model.shownProperty().get();
            if (next == null) {
                if (current != null) {
                    clear();
                }
                drawn.painted();
                return;
            }
            current = next;
            if (!next.classNames().equals(legend.classes())) {
                legend.show(next.classNames(), hidden);
            }
            options.setCaption(next.caption());
            project(next);
            options.showAxes(current == null ? 0 : current.latentSize());
            moved = true;
        }
        boolean settled = true;
        if (target != null) {
            if (bounds == null) {
                bounds = target.clone();
            } else if (!zoomed) {
                // Ease a quarter of the way each frame; within a thousandth of the range (under a pixel), snap and stop redrawing.
                double remaining = 0;
                for (int i = 0; i < 4; i++) {
                    double range = i < 2 ? target[1] - target[0] : target[3] - target[2];
                    remaining = Math.max(remaining, Math.abs(target[i] - bounds[i]) / Math.max(1e-9, range));
                }
                if (remaining >= 1e-3) {
                    for (int i = 0; i < 4; i++) {
                        bounds[i] += 0.25 * (target[i] - bounds[i]);
                    }
                    moved = true;
                    settled = false;
                } else if (remaining > 0) {
                    bounds = target.clone();
                    moved = true;
                }
            }
            if (moved) {
                applyBounds();
            }
        }
        if (settled && !dirty) {
            drawn.painted();
        }
    }

    private void applyBounds() {
        plot.setBounds(bounds[0], bounds[1], bounds[2], bounds[3]);
        plot.redraw();
        viewBounds.set(bounds.clone());
    }

    /** Projects codes onto the model's plane and computes target bounds. */
    private void project(LatentSnapshot s) {
        LatentPlane plane = model.planeProperty().get();
        float[][] xy = ScatterFit.project(s, plane, standardised);
        String suffix = standardised ? " (standardised)" : "";
        plot.setPoints(xy[0], xy[1], s.labels(), hidden, plane.xLabel() + suffix, plane.yLabel() + suffix);
        float[][] spreads = options.spreadEllipses() ? ScatterFit.spreads(s, plane, standardised) : null;
        plot.setSpreads(spreads == null ? null : spreads[0], spreads == null ? null : spreads[1]);
        double[] none = bounds != null ? bounds.clone() : new double[] {-1, 1, -1, 1};
        target = ScatterFit.settle(target, ScatterFit.robustBounds(xy[0], xy[1], s.labels(), hidden, none));
    }

    // ---- Input

    private void installMouse() {
        plot.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (bounds == null || e.getDeltaY() == 0) {
                return;
            }
            double factor = Math.pow(0.85, e.getDeltaY() / 40.0);
            double cx = plot.dataX(e.getX());
            double cy = plot.dataY(e.getY());
            bounds = new double[] {cx + (bounds[0] - cx) * factor, cx + (bounds[1] - cx) * factor,
                cy + (bounds[2] - cy) * factor, cy + (bounds[3] - cy) * factor};
            zoomed = true;
            applyBounds();
            e.consume();
        });
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            pressBounds = bounds == null ? null : bounds.clone();
            dragged = false;
            if (mode == Mode.PROBE && e.getButton() == MouseButton.PRIMARY) {
                probeAt(e.getX(), e.getY());
            }
        });
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragged |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3;
            if (mode == Mode.PROBE && e.isPrimaryButtonDown()) {
                probeAt(e.getX(), e.getY());
            } else if (pressBounds != null && dragged) {
                double dx = (e.getX() - pressX) / Math.max(1, plot.plotWidth()) * (pressBounds[1] - pressBounds[0]);
                double dy = (e.getY() - pressY) / Math.max(1, plot.plotHeight()) * (pressBounds[3] - pressBounds[2]);
                bounds = new double[] {pressBounds[0] - dx, pressBounds[1] - dx, pressBounds[2] + dy, pressBounds[3] + dy};
                zoomed = true;
                applyBounds();
            }
            hoverLayer.hide();
        });
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || dragged) {
                return;
            }
            if (e.getClickCount() == 2) {
                zoomed = false;
                return;
            }
            if (mode == Mode.SELECT) {
                int i = plot.nearest(e.getX(), e.getY(), 10);
                model.selectedProperty().set(i);
            }
        });
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverLayer.hide();
            model.hoveredProperty().set(-1);
        });
    }

    private void probeAt(double px, double py) {
        if (current == null || !plot.insidePlot(px, py)) {
            return;
        }
        LatentPlane plane = model.planeProperty().get();
        model.probeProperty().set(plane.toCode(plot.dataX(px), plot.dataY(py), model.baseCode(), current.latentSize()));
    }

    private void hover(double px, double py) {
        int i = current == null ? -1 : plot.nearest(px, py, 8);
        float[] images = model.images();
        model.hoveredProperty().set(i);
        if (i < 0) {
            hoverLayer.hide();
            return;
        }
        int c = model.imageChannels();
        int h = model.imageHeight();
        int w = model.imageWidth();
        javafx.scene.image.Image picture = images != null && (long) (i + 1) * c * h * w <= images.length
                ? Images.picture(images, i * c * h * w, c, w, h) : null;
        int label = current.labels()[i];
        hoverLayer.show(picture, "#" + i + " · " + (label < current.classNames().size() ? current.classNames().get(label) : label),
                plot.localToScene(px, py));
    }

    // ---- Markers

    private void drawMarkers() {
        markers.draw(current, standardised, options.priorContours());
    }

}
