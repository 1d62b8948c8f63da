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
 * isolates it on double-click), wheel zoom, drag pan, Shift-drag to lasso points, hover showing the
 * input image, click to select. In {@link Mode#PROBE} a press or drag moves the probe instead, for the explore view. The
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
    /** The lasso being drawn (Shift-drag), as pixel x, y pairs of the plot; null when none. */
    private java.util.List<double[]> lasso;

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
            if (!(old instanceof LatentPlane.Map a && p instanceof LatentPlane.Map b && a.family() == b.family())) {
                zoomed = false;
                target = null; // other axes: fit them afresh (a map's next layout keeps the zoom while its points move)
            }
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
        model.neighboursProperty().addListener(marks);
        javafx.beans.InvalidationListener isolate = o -> {
            int[] chosen = model.lassoedProperty().get();
            BitSet only = null;
            if (model.lassoIsolatedProperty().get() && chosen != null && chosen.length > 0) {
                only = new BitSet();
                for (int i : chosen) {
                    only.set(i);
                }
            }
            plot.setOnly(only);
            plot.redraw();
        };
        model.lassoedProperty().addListener(isolate);
        model.lassoIsolatedProperty().addListener(isolate);
        model.lassoedProperty().addListener(marks);
        model.colourValuesProperty().addListener(o -> {
            if (current != null) {
                project(current);
                plot.redraw();
            }
        });
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
        // The first two dimensions' names: PC1 and PC2 for PCA's codes, z1 and z2 for a model's.
        LatentPlane empty = model.planeProperty().get() instanceof LatentPlane.Dims d ? new LatentPlane.Dims(0, 1, d.prefix()) : new LatentPlane.Dims(0, 1);
        plot.setPoints(new float[0], new float[0], new int[0], hidden, empty.xLabel(), empty.yLabel());
        legend.show(List.of(), hidden);
        plot.redraw();
        options.setCaption(ScatterOptions.EMPTY);
    }

    /** Shows or hides the bar's own axis pickers (hidden where a projection picker above chooses the plane). */
    public void setAxesChoiceShown(boolean on) {
        options.setAxesChoiceShown(on);
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

    /** Shows the data range {minX, maxX, minY, maxY} (a bookmark's camera) as if the person had zoomed there. */
    public void showBounds(double[] range) {
        if (range == null || range.length != 4 || !(range[1] > range[0]) || !(range[3] > range[2])) {
            return;
        }
        bounds = range.clone();
        zoomed = true;
        applyBounds();
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
        float[] values = model.colourValuesProperty().get();
        double[] range = ColourRamp.range(values);
        plot.setValues(values != null && values.length == s.size() ? values : null, range[0], range[1]);
        float[][] spreads = options.spreadEllipses() ? ScatterFit.spreads(s, plane, standardised) : null;
        plot.setSpreads(spreads == null ? null : spreads[0], spreads == null ? null : spreads[1]);
        double[] none = bounds != null ? bounds.clone() : new double[] {-1, 1, -1, 1};
        if (model.replayFrameProperty().get() >= 0) {
            target = replayTarget(s, plane, none);
            return;
        }
        replayKey = null;
        target = ScatterFit.settle(target, ScatterFit.robustBounds(xy[0], xy[1], s.labels(), hidden, none));
    }

    /** What the replay's axes were fitted for (plane, standardised, hidden classes), and the axes: chosen once per replay. */
    private java.util.List<Object> replayKey;
    private double[] replayAxes;

    /** A replay's axes: every recorded frame fits inside them, so the frames move within fixed axes. */
    private double[] replayTarget(LatentSnapshot s, LatentPlane plane, double[] none) {
        java.util.List<Object> key = java.util.List.of(plane, standardised, hidden.clone(), model.frameCountProperty().get());
        if (!key.equals(replayKey)) {
            replayKey = key;
            replayAxes = ScatterFit.replayBounds(model.recordedCodes(), s.latentSize(), plane, standardised, hidden, none);
        }
        return replayAxes.clone();
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
            lasso = mode == Mode.SELECT && e.isShiftDown() && e.getButton() == MouseButton.PRIMARY ? new java.util.ArrayList<>() : null;
            if (lasso != null) {
                lasso.add(new double[] {e.getX(), e.getY()});
            }
            if (mode == Mode.PROBE && e.getButton() == MouseButton.PRIMARY) {
                probeAt(e.getX(), e.getY());
            }
        });
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragged |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3;
            if (lasso != null) {
                lasso.add(new double[] {e.getX(), e.getY()});
                drawMarkers();
            } else if (mode == Mode.PROBE && e.isPrimaryButtonDown()) {
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
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (lasso != null) {
                if (dragged) {
                    model.lassoedProperty().set(inside(lasso));
                }
                lasso = null;
                drawMarkers();
            }
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
        if (lasso != null && lasso.size() > 1) {
            javafx.scene.canvas.GraphicsContext g = plot.overlay();
            g.setStroke(org.latentlab.ui.common.Theme.currentPalette().title());
            g.setLineWidth(1.5);
            g.setLineDashes(5, 3);
            g.beginPath();
            g.moveTo(lasso.get(0)[0], lasso.get(0)[1]);
            for (double[] p : lasso) {
                g.lineTo(p[0], p[1]);
            }
            g.closePath();
            g.stroke();
            g.setLineDashes();
        }
    }

    /** The shown points (classes not hidden) whose pixels lie inside the closed path, in index order. */
    private int[] inside(java.util.List<double[]> path) {
        if (current == null || path.size() < 3) {
            return new int[0];
        }
        java.util.List<Integer> found = new java.util.ArrayList<>();
        int m = path.size();
        for (int i = 0; i < current.size(); i++) {
            if (hidden.get(current.labels()[i])) {
                continue;
            }
            double x = plot.screenX(plot.pointX(i));
            double y = plot.screenY(plot.pointY(i));
            boolean in = false;
            for (int a = 0, b = m - 1; a < m; b = a++) {
                double[] pa = path.get(a);
                double[] pb = path.get(b);
                if ((pa[1] > y) != (pb[1] > y) && x < (pb[0] - pa[0]) * (y - pa[1]) / (pb[1] - pa[1]) + pa[0]) {
                    in = !in;
                }
            }
            if (in) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Gathers the points inside a closed path of this view's pixels, as a Shift-drag does (for tests). */
    public void lassoAt(java.util.List<javafx.geometry.Point2D> pathInView) {
        java.util.List<double[]> path = new java.util.ArrayList<>();
        for (javafx.geometry.Point2D p : pathInView) {
            javafx.geometry.Point2D q = plot.sceneToLocal(localToScene(p));
            path.add(new double[] {q.getX(), q.getY()});
        }
        model.lassoedProperty().set(inside(path));
    }

}
