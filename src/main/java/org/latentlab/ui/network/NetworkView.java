package org.latentlab.ui.network;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.latentlab.ml.inspect.Histogram;
import org.latentlab.ml.inspect.Inspection;
import org.latentlab.ml.inspect.LayerHistograms;
import org.latentlab.ml.inspect.LayerSummary;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.common.Palette;
import org.latentlab.ui.common.Theme;
import org.latentlab.ui.denoise.DrawPad;

/**
 * The model drawn as its layers, left to right from the input to the reconstruction: a box per layer
 * sized by its units (or feature maps), with its shape and parameter count, the code layer marked;
 * under each box the chosen input's activations there (pictures of feature maps, bars of units); below,
 * per layer, the distribution of its weights, activations or gradients at each moment of the run,
 * drawn as TensorBoard's histogram dashboard draws them: one ridge per moment, the newest in front.
 */
public final class NetworkView extends BorderPane {
    /** What the histograms show. */
    public enum Kind { WEIGHTS, ACTIVATIONS, GRADIENTS }

    private static final double ACT_W = 118;
    private static final double ACT_H = 84;
    private static final double RIDGE_W = 236;
    private static final double RIDGE_H = 112;
    private static final int MAX_MAPS = 16;
    private static final int MAX_BARS = 64;

    private final NetworkViewModel model;
    private final Label caption = new Label();
    private final Label error = new Label();
    private final HBox layersRow = new HBox(10);
    private final TilePane ridges = new TilePane(8, 8);
    private final ToggleGroup kinds = new ToggleGroup();
    private final Label ridgeCaption = new Label();
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private final org.latentlab.ui.common.DrawnSignal painted = new org.latentlab.ui.common.DrawnSignal();
    private final javafx.beans.binding.BooleanBinding drawn;
    private Inspection drawnInspection;
    private List<LayerHistograms> drawnHistory;
    private Kind drawnKind;
    private boolean themeChanged;
    private int shownLayers;
    private int shownRidges;

    public NetworkView(NetworkViewModel model) {
        this.model = model;
        getStyleClass().add("network-view");
        caption.getStyleClass().add("view-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.inputCaptionProperty());
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("danger");
        error.setWrapText(true);

        layersRow.setPadding(new Insets(8));
        layersRow.setAlignment(Pos.BOTTOM_LEFT);
        layersRow.setId("network-layers");
        ScrollPane layersScroll = new ScrollPane(layersRow);
        layersScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        layersScroll.setFitToHeight(true);

        HBox kindRow = new HBox(6, new Label("Histograms over training of each layer's"));
        kindRow.setAlignment(Pos.CENTER_LEFT);
        for (Kind k : Kind.values()) {
            ToggleButton b = new ToggleButton(k.name().charAt(0) + k.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            b.setUserData(k);
            b.setToggleGroup(kinds);
            b.setId("histograms-" + k.name().toLowerCase(java.util.Locale.ROOT));
            kindRow.getChildren().add(b);
        }
        kinds.getToggles().get(0).setSelected(true);
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        ridgeCaption.setWrapText(true);
        ridgeCaption.getStyleClass().add("text-muted");
        ridges.setPadding(new Insets(4, 8, 8, 8));
        ridges.setId("network-histograms");
        ScrollPane ridgeScroll = new ScrollPane(ridges);
        ridgeScroll.setFitToWidth(true);

        VBox centre = new VBox(6, caption, error, layersScroll, kindRow, ridgeCaption, ridgeScroll);
        centre.setPadding(new Insets(6, 8, 4, 8));
        VBox.setVgrow(ridgeScroll, javafx.scene.layout.Priority.ALWAYS);
        setCenter(centre);

        DrawPad pad = new DrawPad(28, 4);
        pad.setOnChange(model::showDrawn);
        Button clear = new Button("Clear");
        clear.setOnAction(e -> pad.clear());
        Label padTitle = new Label("Draw an input");
        padTitle.getStyleClass().add("view-caption");
        Label padNote = new Label("Its activations replace the selected sample's while you draw; select a sample in the scatter to go back.");
        padNote.setWrapText(true);
        padNote.setMaxWidth(120);
        padNote.getStyleClass().add("text-muted");
        VBox right = new VBox(6, padTitle, pad, clear, padNote);
        right.setPadding(new Insets(8));
        setRight(right);

        model.inspectionProperty().addListener(o -> requestFrame());
        model.historyProperty().addListener(o -> requestFrame());
        kinds.selectedToggleProperty().addListener(o -> requestFrame());
        Theme.redrawOnChange(this, () -> {
            themeChanged = true;
            requestFrame();
        });
        drawn = javafx.beans.binding.Bindings.and(model.drawnProperty(), painted.property());
        if (model.inspectionProperty().get() != null) {
            painted.stale();
        }
        frames.runWhileShowing(this);
    }

    /** True once the layers and histograms on hand are drawn and no inspection is running. */
    public javafx.beans.value.ObservableBooleanValue drawnProperty() {
        return drawn;
    }

    /** Number of layer boxes on show. */
    public int layerCount() {
        return shownLayers;
    }

    /** Number of histogram charts on show. */
    public int ridgeCount() {
        return shownRidges;
    }

    /** Shows the histograms of {@code kind}. */
    public void showHistograms(Kind kind) {
        kinds.getToggles().stream().filter(t -> t.getUserData() == kind).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private Kind kind() {
        return kinds.getSelectedToggle() == null ? Kind.WEIGHTS : (Kind) kinds.getSelectedToggle().getUserData();
    }

    private void requestFrame() {
        painted.stale();
    }

    private void onFrame() {
        Inspection inspection = model.inspectionProperty().get();
        List<LayerHistograms> history = model.historyProperty().get();
        boolean redraw = themeChanged;
        themeChanged = false;
        if (inspection != drawnInspection || redraw) {
            drawnInspection = inspection;
            drawLayers(inspection);
        }
        if (history != drawnHistory || kind() != drawnKind || redraw) {
            drawnHistory = history;
            drawnKind = kind();
            drawRidges(inspection, history, drawnKind);
        }
        if (org.latentlab.ui.common.Visibility.shown(this)) {
            painted.painted();
        }
    }

    // ---- The layers

    private void drawLayers(Inspection inspection) {
        layersRow.getChildren().clear();
        shownLayers = 0;
        if (inspection == null) {
            return;
        }
        List<LayerSummary> layers = inspection.layers();
        int widest = layers.stream().mapToInt(NetworkView::breadth).max().orElse(1);
        for (int i = 0; i < layers.size(); i++) {
            layersRow.getChildren().add(layerNode(layers.get(i), inspection.activations()[i], i == inspection.codeLayer(), widest, i));
        }
        shownLayers = layers.size();
    }

    /** Units of a dense layer, feature maps (× their side) of a convolutional one: what the box's height shows. */
    private static int breadth(LayerSummary l) {
        return l.maps() ? (int) (l.shape()[0] * Math.sqrt(l.shape()[1] * l.shape()[2])) : l.size();
    }

    private VBox layerNode(LayerSummary layer, float[] activations, boolean code, int widest, int index) {
        Palette p = Theme.currentPalette();
        double height = 18 + 92 * Math.log1p(breadth(layer)) / Math.log1p(widest);
        Region box = new Region();
        box.setPrefSize(ACT_W, height);
        box.setMaxSize(ACT_W, height);
        Color fill = code ? Color.web("#f28e2b") : layer.name().startsWith("decoder") || layer.name().startsWith("reconstruction")
                ? Color.web("#59a14f") : index == 0 ? Color.gray(0.55) : Color.web("#4e79a7");
        box.setStyle(String.format("-fx-background-color: %s; -fx-background-radius: 4; -fx-border-color: %s; -fx-border-width: %d; "
                + "-fx-border-radius: 4;", web(p.toward(fill, 0.35)), web(code ? p.ink() : fill), code ? 2 : 1));
        Tooltip.install(box, new Tooltip(layer.name() + "\n" + layer.shapeText() + (layer.maps() ? " (maps × height × width)" : " units")
                + "\n" + layer.parameters() + " parameters" + (code ? "\nThe code: what the decoder is given." : "")));
        String[] parts = layer.name().split(" · ");
        Label part = new Label(code ? (parts[0].equals("encoder") ? "code" : "code: " + parts[0]) : parts[0]);
        part.getStyleClass().add("text-muted");
        Label name = new Label(parts.length > 1 ? parts[1] : "image");
        name.setMaxWidth(ACT_W);
        name.setStyle(code ? "-fx-font-weight: bold;" : "");
        Label shape = new Label(layer.shapeText());
        Label params = new Label(layer.parameters() > 0 ? String.format("%,d params", layer.parameters()) : "no weights");
        params.getStyleClass().add("text-muted");
        Canvas act = new Canvas(ACT_W, ACT_H);
        drawActivations(act.getGraphicsContext2D(), layer, activations, p);
        VBox node = new VBox(1, box, part, name, shape, params, act);
        VBox.setMargin(act, new Insets(3, 0, 0, 0));
        node.setAlignment(Pos.BOTTOM_LEFT);
        node.setId("layer-" + index);
        return node;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    private static void drawActivations(GraphicsContext g, LayerSummary layer, float[] a, Palette p) {
        g.setFill(p.plot());
        g.fillRect(0, 0, ACT_W, ACT_H);
        g.setStroke(p.frame());
        g.strokeRect(0.5, 0.5, ACT_W - 1, ACT_H - 1);
        if (layer.maps()) {
            drawMaps(g, layer, a);
        } else {
            drawBars(g, a, p);
        }
    }

    /** Up to {@link #MAX_MAPS} feature maps in a grid, grey from the layer's least to its largest value. */
    private static void drawMaps(GraphicsContext g, LayerSummary layer, float[] a) {
        int maps = (int) layer.shape()[0];
        int h = (int) layer.shape()[1];
        int w = (int) layer.shape()[2];
        int shown = Math.min(maps, MAX_MAPS);
        int cols = (int) Math.ceil(Math.sqrt(shown));
        int rows = (int) Math.ceil(shown / (double) cols);
        double cell = Math.min((ACT_W - 4) / cols, (ACT_H - 4) / rows);
        float lo = Float.MAX_VALUE;
        float hi = -Float.MAX_VALUE;
        for (int i = 0; i < shown * h * w; i++) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, a[i]);
        }
        float span = Math.max(1e-6f, hi - lo);
        double px = (cell - 1) / Math.max(h, w);
        g.setImageSmoothing(false);
        for (int m = 0; m < shown; m++) {
            javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(w, h);
            var pixels = image.getPixelWriter();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int v = (int) Math.round((a[m * h * w + y * w + x] - lo) / span * 255);
                    pixels.setArgb(x, y, 0xff000000 | v << 16 | v << 8 | v);
                }
            }
            g.drawImage(image, 2 + (m % cols) * cell, 2 + (m / cols) * cell, w * px, h * px);
        }
    }

    /** Up to {@link #MAX_BARS} units as bars from a zero line: up for positive, down for negative. */
    private static void drawBars(GraphicsContext g, float[] a, Palette p) {
        int shown = Math.min(a.length, MAX_BARS);
        float most = 1e-6f;
        boolean negative = false;
        for (int i = 0; i < shown; i++) {
            most = Math.max(most, Math.abs(a[i]));
            negative |= a[i] < 0;
        }
        double zero = negative ? ACT_H / 2 : ACT_H - 3;
        double room = negative ? ACT_H / 2 - 3 : ACT_H - 6;
        double bar = (ACT_W - 4) / shown;
        g.setStroke(p.frame());
        g.strokeLine(2, zero, ACT_W - 2, zero);
        for (int i = 0; i < shown; i++) {
            double v = a[i] / most * room;
            g.setFill(a[i] >= 0 ? Color.web("#e15759") : Color.web("#4e79a7"));
            g.fillRect(2 + i * bar, v >= 0 ? zero - v : zero, Math.max(1, bar - (bar > 3 ? 1 : 0)), Math.abs(v));
        }
        if (a.length > shown) {
            g.setFill(p.ticks());
            g.setFont(Font.font(9));
            g.fillText("first " + shown + " of " + a.length, 4, 11);
        }
    }

    // ---- The histograms

    private void drawRidges(Inspection inspection, List<LayerHistograms> history, Kind kind) {
        ridges.getChildren().clear();
        shownRidges = 0;
        if (inspection == null || history.isEmpty()) {
            ridgeCaption.setText(inspection == null ? "" : "The histograms appear as the run sends weights.");
            return;
        }
        Palette p = Theme.currentPalette();
        List<LayerSummary> layers = inspection.layers();
        LayerHistograms first = history.get(0);
        LayerHistograms last = history.get(history.size() - 1);
        String when = history.size() == 1 ? String.format("At step %d (training adds a ridge each time the run sends weights); ", last.step())
                : String.format("%d moments of the run, step %d (back) to step %d (front); ", history.size(), first.step(), last.step());
        ridgeCaption.setText(when + switch (kind) {
                    case WEIGHTS -> "each layer's weight values.";
                    case ACTIVATIONS -> "each layer's outputs over " + NetworkViewModel.PROBE + " validation images.";
                    case GRADIENTS -> "the gradient of the loss with respect to each layer's weights, on those images.";
                });
        for (int i = 0; i < layers.size() && i < last.weights().size(); i++) {
            final int layer = i;
            List<Histogram> series = history.stream().map(h -> pick(h, kind).get(layer)).toList();
            if (series.get(series.size() - 1).total() == 0) {
                continue;
            }
            Canvas c = new Canvas(RIDGE_W, RIDGE_H);
            drawRidge(c.getGraphicsContext2D(), layers.get(i).name(), series, history, p);
            ridges.getChildren().add(c);
            shownRidges++;
        }
    }

    private static List<Histogram> pick(LayerHistograms h, Kind kind) {
        return switch (kind) {
            case WEIGHTS -> h.weights();
            case ACTIVATIONS -> h.activations();
            case GRADIENTS -> h.gradients();
        };
    }

    /** One moment per ridge, oldest at the back (top), newest in front (bottom), on a value axis shared by all. */
    private static void drawRidge(GraphicsContext g, String title, List<Histogram> series, List<LayerHistograms> history, Palette p) {
        g.setFill(p.plot());
        g.fillRect(0, 0, RIDGE_W, RIDGE_H);
        g.setStroke(p.grid());
        g.strokeRect(0.5, 0.5, RIDGE_W - 1, RIDGE_H - 1);
        g.setFill(p.title());
        g.setFont(Font.font(11));
        g.fillText(title, 6, 14);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Histogram h : series) {
            if (h.total() > 0) {
                lo = Math.min(lo, h.min());
                hi = Math.max(hi, h.max());
            }
        }
        double left = 8;
        double right = RIDGE_W - 34;
        double top = 22;
        double bottom = RIDGE_H - 18;
        int k = series.size();
        double ridge = (bottom - top) * (k > 1 ? 0.45 : 0.9);
        double offset = k > 1 ? (bottom - top - ridge) / (k - 1) : 0;
        double span = Math.max(1e-12, hi - lo);
        Color back = Color.web("#ffd8b0");
        Color front = Color.web("#d9570f");
        if (p.dark()) {
            back = Color.web("#5a3418");
            front = Color.web("#ff9a4d");
        }
        for (int j = 0; j < k; j++) {
            Histogram h = series.get(j);
            if (h.total() == 0) {
                continue;
            }
            double base = top + ridge + j * offset;
            Color c = back.interpolate(front, k == 1 ? 1 : j / (double) (k - 1));
            int bins = h.counts().length;
            double width = (h.max() - h.min()) / bins;
            int peak = Math.max(1, h.peak());
            double[] xs = new double[bins + 2];
            double[] ys = new double[bins + 2];
            for (int b = 0; b < bins; b++) {
                double centre = h.min() + (b + 0.5) * width;
                xs[b + 1] = left + (centre - lo) / span * (right - left);
                ys[b + 1] = base - h.counts()[b] / (double) peak * ridge;
            }
            xs[0] = left + (h.min() - lo) / span * (right - left);
            ys[0] = base;
            xs[bins + 1] = left + (h.max() - lo) / span * (right - left);
            ys[bins + 1] = base;
            g.setFill(p.toward(c, 0.25));
            g.fillPolygon(xs, ys, xs.length);
            g.setStroke(c.darker());
            g.setLineWidth(0.8);
            g.strokePolyline(xs, ys, xs.length);
        }
        g.setFill(p.ticks());
        g.setFont(Font.font(9));
        g.fillText(tick(lo), left, RIDGE_H - 5);
        String hiText = tick(hi);
        g.fillText(hiText, right - 6 * hiText.length(), RIDGE_H - 5);
        g.fillText(String.valueOf(history.get(0).step()), right + 3, top + ridge);
        g.fillText(String.valueOf(history.get(history.size() - 1).step()), right + 3, bottom);
    }

    private static String tick(double v) {
        return Math.abs(v) >= 0.01 || v == 0 ? String.format("%.2f", v) : String.format("%.1e", v);
    }
}
