package org.latentlab.ui.latent;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.latentlab.ui.common.ClassPalette;
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
    private final VBox legend = new VBox(4);
    private final Label caption = new Label("Train a model to see its latent space.");
    private final HBox axesBar = new HBox(6);
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private final BitSet hidden = new BitSet();
    private final Pane hoverLayer = new Pane();
    private final VBox hoverCard = new VBox(2);
    private final ImageView hoverImage = new ImageView();
    private final Label hoverLabel = new Label();
    private final ReadOnlyObjectWrapper<double[]> viewBounds = new ReadOnlyObjectWrapper<>();
    private final CheckBox priorContours = new CheckBox("Prior 1σ/2σ");
    private final CheckBox spreadEllipses = new CheckBox("σ per point");
    private boolean standardised;
    private Mode mode = Mode.SELECT;

    private boolean dirty;
    private LatentSnapshot current;
    private List<String> legendClasses = List.of();
    private double[] bounds;
    private double[] target;
    /** Room left around the fitted cloud on each side, as a fraction of its extent. */
    private static final double MARGIN = 0.08;
    private boolean zoomed;
    private double pressX;
    private double pressY;
    private double[] pressBounds;
    private boolean dragged;

    /** A scatter of the shared latent model. */
    public LatentScatterView(LatentViewModel model) {
        this.model = model;
        getStyleClass().add("latent-view");
        caption.getStyleClass().add("view-caption");
        priorContours.setId("prior-contours");
        priorContours.setTooltip(new Tooltip("Draw the VAE prior N(0, I): circles at 1σ and 2σ. Codes inside them decode to plausible images."));
        priorContours.visibleProperty().bind(model.variationalProperty());
        priorContours.managedProperty().bind(priorContours.visibleProperty());
        priorContours.selectedProperty().addListener((obs, old, on) -> drawMarkers());
        priorContours.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        spreadEllipses.setId("spread-ellipses");
        spreadEllipses.setTooltip(new Tooltip("Draw each code's 1σ ellipse: the encoder's uncertainty about where the image belongs. "
                + "Overlapping ellipses are how the VAE fills the plane so that every point decodes to something."));
        spreadEllipses.visibleProperty().bind(model.variationalProperty());
        spreadEllipses.managedProperty().bind(spreadEllipses.visibleProperty());
        spreadEllipses.selectedProperty().addListener((obs, old, on) -> dirty = true);
        spreadEllipses.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        caption.setMinWidth(0);
        Tooltip fullCaption = new Tooltip();
        fullCaption.textProperty().bind(caption.textProperty()); // the caption is cut short when the options take the room
        caption.setTooltip(fullCaption);
        HBox top = new HBox(12, caption, axesBar, priorContours, spreadEllipses);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);
        BorderPane.setMargin(top, new Insets(4, 8, 2, 8));
        hoverCard.getChildren().addAll(hoverImage, hoverLabel);
        hoverCard.getStyleClass().add("hover-card");
        hoverCard.setVisible(false);
        hoverCard.setMouseTransparent(true);
        hoverImage.setFitWidth(84);
        hoverImage.setFitHeight(84);
        hoverImage.setSmooth(false);
        hoverLayer.getChildren().add(hoverCard);
        hoverLayer.setMouseTransparent(true);
        hoverLayer.setPickOnBounds(false);
        StackPane centre = new StackPane(plot, hoverLayer);
        setCenter(centre);
        legend.setPadding(new Insets(10, 8, 8, 8));
        legend.setMinWidth(110);
        setRight(legend);
        plot.setAfterRedraw(this::drawMarkers);
        installMouse();
        buildAxesBar();

        model.shownProperty().addListener((obs, old, s) -> dirty = true);
        model.planeProperty().addListener((obs, old, p) -> {
            zoomed = false;
            target = null; // other axes: fit them afresh
            dirty = true;
        });
        javafx.beans.InvalidationListener marks = o -> drawMarkers();
        model.selectedProperty().addListener(marks);
        model.probeProperty().addListener(marks);
        model.highlightProperty().addListener(marks);
        model.hoveredProperty().addListener(marks);
        model.markedProperty().addListener(marks);
        model.endAProperty().addListener(marks);
        model.endBProperty().addListener(marks);
        frames.runWhileShowing(this);
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
        plot.redraw();
        caption.setText("Train a model to see its latent space.");
    }

    /** Scales each axis to zero mean and unit variance (to compare shapes, not scales). */
    public void setStandardised(boolean on) {
        standardised = on;
        target = null;
        dirty = true;
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
        return legendClasses;
    }

    /** Hides or shows a class, as a click on its legend entry does. */
    public void setClassHidden(int classIndex, boolean hide) {
        hidden.set(classIndex, hide);
        if (current != null) {
            target = null; // fit the classes now shown
            project(current);
            rebuildLegend(current.classNames());
            plot.redraw();
        }
    }

    /** Shows only {@code classIndex} (or every class again, when it is already the only one shown). */
    public void isolateClass(int classIndex) {
        int n = legendClasses.size();
        boolean alone = !hidden.get(classIndex) && hidden.cardinality() == n - 1;
        hidden.clear();
        if (!alone) {
            hidden.set(0, n);
            hidden.clear(classIndex);
        }
        if (current != null) {
            target = null; // fit the classes now shown
            project(current);
            rebuildLegend(current.classNames());
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
                return;
            }
            current = next;
            if (!next.classNames().equals(legendClasses)) {
                rebuildLegend(next.classNames());
            }
            caption.setText(next.caption());
            project(next);
            buildAxesBar();
            moved = true;
        }
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
                } else if (remaining > 0) {
                    bounds = target.clone();
                    moved = true;
                }
            }
            if (moved) {
                applyBounds();
            }
        }
    }

    private void applyBounds() {
        plot.setBounds(bounds[0], bounds[1], bounds[2], bounds[3]);
        plot.redraw();
        viewBounds.set(bounds.clone());
    }

    /** Projects codes onto the model's plane and computes target bounds. */
    private void project(LatentSnapshot s) {
        int n = s.size();
        float[] xs = new float[n];
        float[] ys = new float[n];
        LatentPlane plane = model.planeProperty().get();
        plane.project(s.codes(), s.latentSize(), xs, ys);
        if (standardised) {
            standardise(xs);
            standardise(ys);
        }
        String suffix = standardised ? " (standardised)" : "";
        plot.setPoints(xs, ys, s.labels(), hidden, plane.xLabel() + suffix, plane.yLabel() + suffix);
        projectSpreads(s, plane);
        target = settle(target, robustBounds(xs, ys, s.labels()));
    }

    /**
     * Keeps the axes where they are while the cloud of codes stays inside them and fills at least 3/4
     * of each axis; otherwise the new fit. Re-fitting to every snapshot (several a second while a
     * model trains) kept the axes creeping, their labels flickering, and the whole view redrawing at
     * every frame.
     */
    private static double[] settle(double[] old, double[] fit) {
        if (old == null) {
            return fit;
        }
        for (int a = 0; a < 4; a += 2) {
            double range = fit[a + 1] - fit[a];
            double margin = range * MARGIN / (1 + 2 * MARGIN);
            boolean inside = fit[a] + margin >= old[a] && fit[a + 1] - margin <= old[a + 1];
            if (!inside || range < 0.75 * (old[a + 1] - old[a])) {
                return fit;
            }
        }
        return old;
    }

    /** Each point's σ along the plot's axes, when asked for and the axes are raw latent dimensions. */
    private void projectSpreads(LatentSnapshot s, LatentPlane plane) {
        if (!spreadEllipses.isSelected() || s.spreads() == null || standardised
                || !(plane instanceof LatentPlane.Dims d) || !d.rawAxes()) {
            plot.setSpreads(null, null);
            return;
        }
        int n = s.size();
        float[] sx = new float[n];
        float[] sy = new float[n];
        for (int i = 0; i < n; i++) {
            sx[i] = s.spreads()[i * s.latentSize() + d.x()];
            sy[i] = s.spreads()[i * s.latentSize() + d.y()];
        }
        plot.setSpreads(sx, sy);
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
        double mx = Math.max(1e-6, (x1 - x0) * MARGIN);
        double my = Math.max(1e-6, (y1 - y0) * MARGIN);
        return new double[] {x0 - mx, x1 + mx, y0 - my, y1 + my};
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
            hoverCard.setVisible(false);
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
            hoverCard.setVisible(false);
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
            hoverCard.setVisible(false);
            return;
        }
        int h = model.imageHeight();
        int w = model.imageWidth();
        if (images != null && (long) (i + 1) * h * w <= images.length) {
            hoverImage.setImage(Images.grey(images, i * h * w, w, h));
        } else {
            hoverImage.setImage(null);
        }
        int label = current.labels()[i];
        hoverLabel.setText("#" + i + " · " + (label < current.classNames().size() ? current.classNames().get(label) : label));
        javafx.geometry.Point2D p = hoverLayer.sceneToLocal(plot.localToScene(px, py));
        double x = p.getX() + 14;
        double y = p.getY() + 14;
        if (x + 100 > hoverLayer.getWidth()) {
            x = p.getX() - 110;
        }
        if (y + 110 > hoverLayer.getHeight()) {
            y = p.getY() - 120;
        }
        hoverCard.relocate(x, y);
        hoverCard.setVisible(true);
    }

    // ---- Markers

    private void drawMarkers() {
        GraphicsContext g = plot.overlay();
        g.clearRect(0, 0, plot.getWidth(), plot.getHeight());
        if (current == null) {
            return;
        }
        LatentPlane plane = model.planeProperty().get();
        g.setFont(org.latentlab.ui.common.CanvasType.font(org.latentlab.ui.common.CanvasType.scale(plot)));
        g.save();
        g.beginPath();
        g.rect(plot.screenX(plot.minX()), plot.screenY(plot.maxY()), plot.plotWidth(), plot.plotHeight());
        g.clip();
        if (priorContours.isSelected() && model.variationalProperty().get() && plane.rawAxes() && !standardised) {
            g.setStroke(Color.gray(0.25));
            g.setLineDashes(6, 4);
            for (double r : new double[] {1, 2}) {
                double x0 = plot.screenX(-r);
                double x1 = plot.screenX(r);
                double y0 = plot.screenY(r);
                double y1 = plot.screenY(-r);
                g.setLineWidth(1.5);
                g.strokeOval(x0, y0, x1 - x0, y1 - y0);
                g.setFill(Color.gray(0.25));
                g.fillText(r == 1 ? "1σ" : "2σ", plot.screenX(r * 0.7071) + 3, plot.screenY(r * 0.7071) - 3);
            }
            g.setLineDashes();
        }
        int a = model.endAProperty().get();
        int b = model.endBProperty().get();
        if (a >= 0 && b >= 0 && a < current.size() && b < current.size()) {
            g.setStroke(Color.gray(0.15));
            g.setLineWidth(2);
            g.setLineDashes(4, 3);
            g.strokeLine(sx(a), sy(a), sx(b), sy(b));
            g.setLineDashes();
        }
        endMarker(g, a, "A");
        endMarker(g, b, "B");
        int sel = model.selectedProperty().get();
        if (sel >= 0 && sel < current.size() && !standardised) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(2.5);
            g.strokeOval(sx(sel) - 8, sy(sel) - 8, 16, 16);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeOval(sx(sel) - 10, sy(sel) - 10, 20, 20);
        }
        int hov = model.hoveredProperty().get();
        if (hov >= 0 && hov < current.size() && !standardised) {
            // The same sample hovered here or in a linked panel: a ring that stands out on any class colour.
            g.setStroke(Color.web("#EE3377"));
            g.setLineWidth(3);
            g.strokeOval(sx(hov) - 11, sy(hov) - 11, 22, 22);
            g.setFill(Color.BLACK);
            g.fillText("#" + hov, sx(hov) + 13, sy(hov) - 9);
        }
        float[] probe = model.probeProperty().get();
        if (probe != null && probe.length == current.latentSize() && !standardised) {
            double[] p = onPlane(plane, probe);
            double x = plot.screenX(p[0]);
            double y = plot.screenY(p[1]);
            g.setStroke(Color.web("#CC3311"));
            g.setLineWidth(2);
            g.strokeLine(x - 10, y, x + 10, y);
            g.strokeLine(x, y - 10, x, y + 10);
            g.strokeOval(x - 5, y - 5, 10, 10);
        }
        float[] highlight = model.highlightProperty().get();
        if (highlight != null && highlight.length == current.latentSize() && !standardised) {
            double[] p = onPlane(plane, highlight);
            double x = plot.screenX(p[0]);
            double y = plot.screenY(p[1]);
            g.setStroke(Color.web("#EE7733"));
            g.setLineWidth(3);
            g.strokeRect(x - 9, y - 9, 18, 18);
        }
        float[] marked = model.markedProperty().get();
        if (marked != null && marked.length == current.latentSize() && !standardised) {
            double[] p = onPlane(plane, marked);
            double x = plot.screenX(p[0]);
            double y = plot.screenY(p[1]);
            double[] xs = new double[10];
            double[] ys = new double[10];
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? 13 : 5.5;
                double angle = -Math.PI / 2 + i * Math.PI / 5;
                xs[i] = x + r * Math.cos(angle);
                ys[i] = y + r * Math.sin(angle);
            }
            g.setFill(Color.web("#FFCC00"));
            g.fillPolygon(xs, ys, 10);
            g.setStroke(Color.BLACK);
            g.setLineWidth(1.5);
            g.strokePolygon(xs, ys, 10);
            g.setFill(Color.BLACK);
            g.fillText("yours", x + 15, y + 4);
        }
        g.restore();
    }

    private void endMarker(GraphicsContext g, int i, String name) {
        if (i < 0 || current == null || i >= current.size() || standardised) {
            return;
        }
        g.setFill(Color.WHITE);
        g.fillOval(sx(i) - 9, sy(i) - 9, 18, 18);
        g.setStroke(Color.BLACK);
        g.setLineWidth(2);
        g.strokeOval(sx(i) - 9, sy(i) - 9, 18, 18);
        g.setFill(Color.BLACK);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.fillText(name, sx(i), sy(i) + 4);
    }

    private double sx(int i) {
        return plot.screenX(plot.pointX(i));
    }

    private double sy(int i) {
        return plot.screenY(plot.pointY(i));
    }

    private static double[] onPlane(LatentPlane plane, float[] code) {
        float[] xs = new float[1];
        float[] ys = new float[1];
        plane.project(code, code.length, xs, ys);
        return new double[] {xs[0], ys[0]};
    }

    // ---- Legend and axes choice

    private void rebuildLegend(List<String> classNames) {
        legendClasses = List.copyOf(classNames);
        legend.getChildren().clear();
        Label title = new Label("Classes");
        title.getStyleClass().add("legend-title");
        Label help = new Label("click: hide\ndouble-click: only");
        help.getStyleClass().add("legend-help");
        legend.getChildren().addAll(title, help);
        for (int c = 0; c < classNames.size(); c++) {
            int index = c;
            Circle dot = new Circle(6, ClassPalette.color(c));
            Label entry = new Label(classNames.get(c), dot);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.getStyleClass().add("legend-entry");
            entry.setOpacity(hidden.get(c) ? 0.35 : 1);
            entry.setTooltip(new Tooltip("Click to hide or show " + classNames.get(c) + "; double-click to show it alone."));
            entry.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    isolateClass(index);
                } else {
                    setClassHidden(index, !hidden.get(index));
                }
            });
            entry.setId("legend-" + c);
            legend.getChildren().add(entry);
        }
    }

    private int axesFor = -1;

    /** For codes of more than two dimensions: which two to plot, or their principal plane. */
    private void buildAxesBar() {
        int k = current == null ? 0 : current.latentSize();
        if (k == axesFor) {
            return;
        }
        axesFor = k;
        axesBar.getChildren().clear();
        if (k <= 2) {
            return;
        }
        ComboBox<Integer> x = dimensionBox(k, model.xDimensionProperty());
        ComboBox<Integer> y = dimensionBox(k, model.yDimensionProperty());
        x.setId("x-dimension");
        y.setId("y-dimension");
        CheckBox pca = new CheckBox("PCA of codes");
        pca.setId("principal-plane");
        pca.selectedProperty().bindBidirectional(model.principalPlaneProperty());
        pca.setTooltip(new Tooltip("Show the " + k + "-dimensional codes on the plane of their first two principal components."));
        x.disableProperty().bind(pca.selectedProperty());
        y.disableProperty().bind(pca.selectedProperty());
        axesBar.getChildren().addAll(new Label("x"), x, new Label("y"), y, pca);
        axesBar.setAlignment(Pos.CENTER_LEFT);
    }

    private static ComboBox<Integer> dimensionBox(int k, javafx.beans.property.IntegerProperty dim) {
        ComboBox<Integer> box = new ComboBox<>();
        for (int i = 0; i < k; i++) {
            box.getItems().add(i);
        }
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : "z" + (i + 1);
            }

            @Override
            public Integer fromString(String s) {
                return Integer.parseInt(s.substring(1)) - 1;
            }
        });
        box.setValue(Math.min(dim.get(), k - 1));
        box.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                dim.set(v);
            }
        });
        box.setTooltip(new Tooltip("The latent dimension on this axis."));
        box.setVisibleRowCount(12);
        return box;
    }

}
