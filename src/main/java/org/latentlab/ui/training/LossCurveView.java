package org.latentlab.ui.training;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.common.NiceTicks;

/**
 * Training curves on a {@link Canvas}: the raw per-step loss (faint, reduced to one min–max bar per
 * pixel column, so 100,000 steps draw as fast as 500), its exponential moving average (bold, as
 * TensorBoard smooths), and the validation loss per epoch (dots). Redrawn at most once per frame,
 * only when the data or the size changed.
 */
public final class LossCurveView extends Region {
    private static final double LEFT = 58;
    private static final double RIGHT = 14;
    private static final double TOP = 12;
    private static final double BOTTOM = 30;
    private static final Color TRAIN = Color.web("#4477AA");
    private static final Color VALIDATION = Color.web("#EE6677");

    private final Canvas canvas = new Canvas();
    private final CurveData data;
    private final FrameLoop frames = new FrameLoop(this::onFrame);
    private long drawnVersion = -1;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private double smoothing = 0.6;

    public LossCurveView(CurveData data) {
        this.data = data;
        getChildren().add(canvas);
        getStyleClass().add("loss-curve");
        setMinSize(200, 120);
        setPrefHeight(220);
        frames.start();
    }

    /** TensorBoard-style smoothing weight in [0, 0.999]. */
    public void setSmoothing(double weight) {
        smoothing = Math.max(0, Math.min(0.999, weight));
        drawnVersion = -1;
    }

    /** The number of training points drawn (for tests). */
    public int pointCount() {
        return data.size();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    private void onFrame() {
        if (data.version() == drawnVersion && getWidth() == drawnWidth && getHeight() == drawnHeight) {
            return;
        }
        drawnVersion = data.version();
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (pw < 10 || ph < 10) {
            return;
        }
        g.setFill(Color.WHITE);
        g.fillRect(LEFT, TOP, pw, ph);
        g.setFont(Font.font(12));
        int n = data.size();
        if (n == 0) {
            g.setFill(Color.gray(0.45));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("The loss curve appears here while a model trains.", LEFT + pw / 2, TOP + ph / 2);
            g.setTextBaseline(VPos.BASELINE);
            g.setStroke(Color.gray(0.6));
            g.strokeRect(LEFT + 0.5, TOP + 0.5, pw - 1, ph - 1);
            return;
        }
        double maxStep = Math.max(1, data.step(n - 1));
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        // The first steps' loss dwarfs the rest: scale to the last 95% of the run.
        int from = Math.min(n - 1, n / 20);
        for (int i = from; i < n; i++) {
            float v = data.loss(i);
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (int i = 0; i < data.validationSize(); i++) {
            lo = Math.min(lo, data.validationLoss(i));
            hi = Math.max(hi, data.validationLoss(i));
        }
        if (!(hi > lo)) {
            hi = lo + 1e-3;
        }
        double pad = (hi - lo) * 0.06;
        double yMin = Math.max(0, lo - pad);
        double yMax = hi + pad;

        for (double t : NiceTicks.of(yMin, yMax, 5)) {
            double y = TOP + (yMax - t) / (yMax - yMin) * ph;
            g.setStroke(Color.gray(0.9));
            g.strokeLine(LEFT, Math.round(y) + 0.5, LEFT + pw, Math.round(y) + 0.5);
            g.setFill(Color.gray(0.35));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(NiceTicks.label(t), LEFT - 6, y + 4);
        }
        for (double t : NiceTicks.of(0, maxStep, 8)) {
            double x = LEFT + t / maxStep * pw;
            g.setFill(Color.gray(0.35));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(NiceTicks.label(t), x, TOP + ph + 16);
        }
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();

        // Raw losses, one min–max bar per pixel column.
        int columns = (int) Math.max(1, pw);
        double[] colMin = new double[columns];
        double[] colMax = new double[columns];
        java.util.Arrays.fill(colMin, Double.NaN);
        double ema = data.loss(0);
        double[] smooth = new double[columns];
        java.util.Arrays.fill(smooth, Double.NaN);
        for (int i = 0; i < n; i++) {
            float v = data.loss(i);
            if (!Float.isFinite(v)) {
                continue;
            }
            ema = smoothing * ema + (1 - smoothing) * v;
            int c = (int) Math.min(columns - 1, data.step(i) / maxStep * (columns - 1));
            if (Double.isNaN(colMin[c])) {
                colMin[c] = v;
                colMax[c] = v;
            } else {
                colMin[c] = Math.min(colMin[c], v);
                colMax[c] = Math.max(colMax[c], v);
            }
            smooth[c] = ema;
        }
        g.setStroke(TRAIN.deriveColor(0, 0.6, 1.25, 0.45));
        g.setLineWidth(1);
        for (int c = 0; c < columns; c++) {
            if (!Double.isNaN(colMin[c])) {
                double x = LEFT + c + 0.5;
                g.strokeLine(x, y(colMax[c], yMin, yMax, ph) - 0.5, x, y(colMin[c], yMin, yMax, ph) + 0.5);
            }
        }
        g.setStroke(TRAIN);
        g.setLineWidth(2);
        g.beginPath();
        boolean started = false;
        for (int c = 0; c < columns; c++) {
            if (Double.isNaN(smooth[c])) {
                continue;
            }
            double x = LEFT + c + 0.5;
            double y = y(smooth[c], yMin, yMax, ph);
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();

        g.setStroke(VALIDATION);
        g.setFill(VALIDATION);
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < data.validationSize(); i++) {
            double x = LEFT + data.validationStep(i) / maxStep * (columns - 1);
            double y = y(data.validationLoss(i), yMin, yMax, ph);
            // Phases minimise different objectives: their validation losses are not joined.
            if (i == 0 || phaseBetween(data.validationStep(i - 1), data.validationStep(i))) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        for (int i = 0; i < data.validationSize(); i++) {
            double x = LEFT + data.validationStep(i) / maxStep * (columns - 1);
            double y = y(data.validationLoss(i), yMin, yMax, ph);
            g.fillOval(x - 4, y - 4, 8, 8);
        }
        // Phases of a greedy run: a dashed line and the phase's name where each begins.
        g.setStroke(Color.gray(0.45));
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.setFill(Color.gray(0.3));
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < data.phaseSteps().size(); i++) {
            double x = LEFT + data.phaseSteps().get(i) / maxStep * (columns - 1);
            g.strokeLine(x, TOP, x, TOP + ph);
            g.fillText(data.phaseNames().get(i), x + 4, TOP + ph - 6);
        }
        g.setLineDashes();
        g.restore();

        g.setStroke(Color.gray(0.6));
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, pw - 1, ph - 1);
        g.setFill(Color.gray(0.25));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("training step", LEFT + pw / 2, TOP + ph + 28);
        // Legend, top right inside the plot.
        double lx = LEFT + pw - 270;
        double ly = TOP + 16;
        g.setFill(Color.color(1, 1, 1, 0.85));
        g.fillRect(lx - 8, ly - 12, 272, 22);
        g.setStroke(TRAIN);
        g.setLineWidth(2);
        g.strokeLine(lx, ly - 4, lx + 18, ly - 4);
        g.setFill(Color.gray(0.2));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("training loss (smoothed)", lx + 24, ly);
        g.setFill(VALIDATION);
        g.fillOval(lx + 190, ly - 8, 8, 8);
        g.setFill(Color.gray(0.2));
        g.fillText("validation", lx + 204, ly);
    }

    private boolean phaseBetween(float fromStep, float toStep) {
        for (long start : data.phaseSteps()) {
            if (start >= fromStep && start < toStep) {
                return true;
            }
        }
        return false;
    }

    private static double y(double v, double yMin, double yMax, double ph) {
        return TOP + (yMax - v) / (yMax - yMin) * ph;
    }
}
