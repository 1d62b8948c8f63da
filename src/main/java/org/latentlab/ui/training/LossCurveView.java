package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.common.NiceTicks;

/**
 * Training curves on a {@link Canvas}: the total loss per step (its raw values faint, reduced to one
 * min–max bar per pixel column so 100,000 steps draw as fast as 500, and its moving average bold, as
 * TensorBoard smooths), each loss part of the variant smoothed, the validation loss and MSE per epoch
 * (dots), and PCA's validation MSE at the same code size as a dashed baseline. A smoothing slider and
 * a log-scale toggle sit above. Redrawn at most once per frame, only when the data or the size changed.
 */
public final class LossCurveView extends BorderPane {
    /** Margins at normal type size; they grow with the type in presenter mode. */
    private static final double BASE_LEFT = 62;
    private static final double BASE_RIGHT = 58;
    private static final double TOP = 12;
    private static final double BASE_BOTTOM = 30;
    private static final Color TRAIN = Color.web("#4477AA");
    private static final Color VALIDATION = Color.web("#EE6677");
    private static final Color MSE = Color.web("#AA3377");
    private static final Color[] PARTS = {Color.web("#228833"), Color.web("#CCBB44"), Color.web("#66CCEE"), Color.web("#BBBBBB")};

    private final Canvas canvas = new Canvas();
    private double typeScale = 1;
    private double drawnScale = 1;
    private double left = BASE_LEFT;
    private double right = BASE_RIGHT;
    private double bottom = BASE_BOTTOM;
    private final javafx.scene.layout.Pane surface = new javafx.scene.layout.Pane() {
        @Override
        protected void layoutChildren() {
            typeScale = org.latentlab.ui.common.CanvasType.scale(this);
            left = BASE_LEFT * typeScale;
            right = BASE_RIGHT * typeScale;
            bottom = BASE_BOTTOM * typeScale;
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
        }
    };
    private final CurveData data;
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private final Slider smoothingSlider = new Slider(0, 0.99, 0.6);
    private final CheckBox logScale = new CheckBox("Log scale");
    private long drawnVersion = -1;
    private long drawnAt;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private double smoothing = 0.6;
    private final org.latentlab.ui.common.DrawnSignal drawn = new org.latentlab.ui.common.DrawnSignal();
    private final javafx.beans.property.IntegerProperty replayedEpoch = new javafx.beans.property.SimpleIntegerProperty(-1);
    private double replayMarkerX = Double.NaN;

    public LossCurveView(CurveData data) {
        this.data = data;
        surface.getChildren().add(canvas);
        surface.getStyleClass().add(org.latentlab.ui.common.CanvasType.STYLE_CLASS);
        surface.setMinSize(200, 100);
        getStyleClass().add("loss-curve");
        setPrefHeight(220);
        smoothingSlider.setId("smoothing");
        smoothingSlider.setPrefWidth(120);
        smoothingSlider.setTooltip(new Tooltip("Exponential moving average of the per-step loss, as TensorBoard smooths: 0 shows the raw values."));
        smoothingSlider.valueProperty().addListener((obs, old, v) -> setSmoothing(v.doubleValue()));
        Label smoothingValue = new Label();
        smoothingValue.textProperty().bind(smoothingSlider.valueProperty().asString("%.2f"));
        smoothingValue.setMinWidth(34);
        logScale.setId("log-scale");
        logScale.setTooltip(new Tooltip("A logarithmic loss axis: late, small improvements stay visible."));
        logScale.selectedProperty().addListener(o -> {
            drawnVersion = -1;
            drawn.stale();
        });
        Label title = new Label("Training curves");
        title.getStyleClass().add("view-caption");
        HBox bar = new HBox(8, title, new Label("Smoothing"), smoothingSlider, smoothingValue, logScale);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 2, 8));
        setTop(bar);
        setCenter(surface);
        drawn.stale();
        replayedEpoch.addListener(o -> {
            drawnVersion = -1;
            drawn.stale();
        });
        org.latentlab.ui.common.Theme.redrawOnChange(this, () -> {
            drawnVersion = -1;
            drawn.stale();
        });
        frames.runWhileShowing(this);
    }

    /** TensorBoard-style smoothing weight in [0, 0.999]. */
    public void setSmoothing(double weight) {
        smoothing = Math.max(0, Math.min(0.999, weight));
        smoothingSlider.setValue(smoothing);
        drawnVersion = -1;
        drawn.stale();
    }

    /** The smoothing weight in use. */
    public double smoothing() {
        return smoothing;
    }

    /** True when the loss axis is logarithmic. */
    public boolean logScale() {
        return logScale.isSelected();
    }

    /** Draws the loss axis on a log scale. */
    public void setLogScale(boolean on) {
        logScale.setSelected(on);
    }

    /**
     * The replayed frame (0 for the codes after the first epoch), marked on the curves by a vertical
     * line at that epoch's end; −1 (following the run live) for none.
     */
    public javafx.beans.property.IntegerProperty replayedEpochProperty() {
        return replayedEpoch;
    }

    /** Where the replay's marker was last drawn, in the canvas's pixels; NaN when none is drawn. */
    public double replayMarkerX() {
        return replayMarkerX;
    }

    /** The number of training points drawn (for tests). */
    public int pointCount() {
        return data.size();
    }

    /** Names of the curves the legend shows (for tests). */
    public List<String> legendNames() {
        return legendNames;
    }

    private List<String> legendNames = List.of();

    private void onFrame() {
        if (data.version() == drawnVersion && surface.getWidth() == drawnWidth && surface.getHeight() == drawnHeight
                && typeScale == drawnScale) {
            drawn.painted();
            return;
        }
        // New steps arrive ~50 times a second; redrawing a few thousand strokes at 15 frames a second looks as live and
        // leaves the UI thread time to spare on a small CPU. A resize redraws at once.
        long now = System.nanoTime();
        if (surface.getWidth() == drawnWidth && surface.getHeight() == drawnHeight && typeScale == drawnScale
                && now - drawnAt < 66_000_000L) {
            drawn.stale();
            return;
        }
        drawnAt = now;
        drawnVersion = data.version();
        drawnScale = typeScale;
        drawnWidth = surface.getWidth();
        drawnHeight = surface.getHeight();
        draw();
        drawn.painted();
    }

    /** True once the newest points are drawn at the curve view's size. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return drawn.property();
    }

    private double tf(double v) {
        return CurveRanges.tf(v, logScale.isSelected());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        replayMarkerX = Double.NaN;
        double pw = w - left - right;
        double ph = h - TOP - bottom;
        if (pw < 10 || ph < 10) {
            return;
        }
        org.latentlab.ui.common.Palette palette = org.latentlab.ui.common.Theme.currentPalette();
        g.setFill(palette.plot());
        g.fillRect(left, TOP, pw, ph);
        g.setFont(org.latentlab.ui.common.CanvasType.font(typeScale));
        CurveData.Series total = data.training();
        int n = total.size();
        if (n == 0) {
            g.setFill(palette.muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("The loss curves appear here while a model trains.", left + pw / 2, TOP + ph / 2);
            g.setTextBaseline(VPos.BASELINE);
            g.setStroke(palette.frame());
            g.strokeRect(left + 0.5, TOP + 0.5, pw - 1, ph - 1);
            legendNames = List.of();
            return;
        }
        double maxStep = Math.max(1, total.step(n - 1));
        boolean log = logScale.isSelected();
        CurveRanges ranges = CurveRanges.of(data, log);
        double yMin = ranges.yMin();
        double yMax = ranges.yMax();
        double y2Min = ranges.y2Min();
        double y2Max = ranges.y2Max();
        boolean showMse = ranges.showMse();
        boolean secondary = ranges.secondary();
        if (ranges.rightAxis()) {
            double[] ticks2 = NiceTicks.of(y2Min, y2Max, 5);
            for (double t : ticks2) {
                double y = TOP + (y2Max - t) / (y2Max - y2Min) * ph;
                g.setFill(MSE);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(log ? tickLabel(Math.pow(10, t)) : NiceTicks.label(t, NiceTicks.step(ticks2)), left + pw + 6, y + 4);
            }
            g.save();
            g.translate(w - 8, TOP + ph / 2);
            g.rotate(-90);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("validation MSE", 0, 0);
            g.restore();
        }

        double[] yTicks = NiceTicks.of(yMin, yMax, 5);
        for (double t : yTicks) {
            double y = TOP + (yMax - t) / (yMax - yMin) * ph;
            g.setStroke(palette.grid());
            g.strokeLine(left, Math.round(y) + 0.5, left + pw, Math.round(y) + 0.5);
            g.setFill(palette.ticks());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(log ? tickLabel(Math.pow(10, t)) : NiceTicks.label(t, NiceTicks.step(yTicks)), left - 6, y + 4);
        }
        double[] stepTicks = NiceTicks.of(0, maxStep, (int) Math.max(2, Math.min(8, pw / 70)));
        for (double t : stepTicks) {
            double x = left + t / maxStep * pw;
            g.setFill(palette.ticks());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(NiceTicks.label(t, NiceTicks.step(stepTicks)), x, TOP + ph + 16 * typeScale);
        }
        g.save();
        g.beginPath();
        g.rect(left, TOP, pw, ph);
        g.clip();
        int columns = (int) Math.max(1, pw);
        CurveStrokes strokes = new CurveStrokes(g, left, TOP, ph, columns, maxStep, log);
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        List<Boolean> dots = new ArrayList<>();

        // Raw total: its range in each pixel column, filled as one band.
        double[][] columnRange = CurveRanges.columns(total, columns, maxStep, log);
        double[] colMin = columnRange[0];
        double[] colMax = columnRange[1];
        g.setFill(TRAIN.deriveColor(0, 0.6, 1.25, 0.45));
        strokes.rangeBand(colMin, colMax, yMin, yMax);
        strokes.smoothedLine(total, smoothing, TRAIN, 2.2, yMin, yMax);
        names.add("training total (smoothed)");
        colors.add(TRAIN);
        dots.add(false);
        int p = 0;
        for (Map.Entry<String, CurveData.Series> part : data.parts().entrySet()) {
            Color color = PARTS[p++ % PARTS.length];
            strokes.smoothedLine(part.getValue(), smoothing, color, 1.6, yMin, yMax);
            names.add(part.getKey());
            colors.add(color);
            dots.add(false);
        }
        strokes.epochDots(data.validation(), data.phaseSteps(), VALIDATION, yMin, yMax);
        names.add("validation loss");
        colors.add(VALIDATION);
        dots.add(true);
        if (showMse) {
            strokes.epochDots(data.validationMse(), data.phaseSteps(), MSE, y2Min, y2Max);
            names.add(secondary ? "validation MSE (right axis)" : "validation MSE");
            colors.add(MSE);
            dots.add(true);
        }
        if (Double.isFinite(data.baseline())) {
            double y = secondary ? strokes.y(tf(data.baseline()), y2Min, y2Max) : strokes.y(tf(data.baseline()), yMin, yMax);
            CurveLegend.baseline(g, data.baselineLabel(), left, left + pw, y, palette);
        }
        // Phases of a greedy run: a dashed line and the phase's name where each begins.
        g.setStroke(palette.frame());
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.setFill(palette.ticks());
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < data.phaseSteps().size(); i++) {
            double x = left + data.phaseSteps().get(i) / maxStep * (columns - 1);
            g.strokeLine(x, TOP, x, TOP + ph);
            g.fillText(data.phaseNames().get(i), x + 4, TOP + ph - 6);
        }
        g.setLineDashes();
        drawReplayMarker(g, maxStep, columns, ph, palette);
        g.restore();

        g.setStroke(palette.frame());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, TOP + 0.5, pw - 1, ph - 1);
        g.setFill(palette.title());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("training step", left + pw / 2, TOP + ph + 28 * typeScale);
        CurveLegend.draw(g, names, colors, dots, left + pw, TOP, typeScale, palette);
        legendNames = List.copyOf(names);
    }

    /** The replayed epoch: a solid line at the step its validation was measured, named at the top. */
    private void drawReplayMarker(GraphicsContext g, double maxStep, int columns, double ph, org.latentlab.ui.common.Palette palette) {
        int f = replayedEpoch.get();
        if (f < 0 || f >= data.validationSize()) {
            return;
        }
        double x = Math.round(left + data.validationStep(f) / maxStep * (columns - 1)) + 0.5;
        g.setStroke(palette.title());
        g.setLineWidth(1.5);
        g.strokeLine(x, TOP, x, TOP + ph);
        g.setFill(palette.title());
        boolean rightHalf = x > left + columns / 2.0;
        g.setTextAlign(rightHalf ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText("replay: epoch " + (f + 1), rightHalf ? x - 4 : x + 4, TOP + 14 * typeScale);
        replayMarkerX = x;
    }

    private static String tickLabel(double v) {
        return v >= 0.01 && v < 1000 ? NiceTicks.label(v, v >= 100 ? 1 : 0.001) : String.format("%.0e", v);
    }

}
