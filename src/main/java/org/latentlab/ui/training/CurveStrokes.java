package org.latentlab.ui.training;

import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The loss plot's strokes inside its plot rectangle: the raw loss's range per pixel column, a
 * smoothed line, and epoch dots joined within a phase. Values are in the plot's (possibly log) units.
 */
final class CurveStrokes {
    private final GraphicsContext g;
    private final double left;
    private final double top;
    private final double height;
    private final int columns;
    private final double maxStep;
    private final boolean log;

    /** Strokes on {@code g} into the rectangle from ({@code left}, {@code top}), {@code columns} pixels wide, steps 0 … {@code maxStep}. */
    CurveStrokes(GraphicsContext g, double left, double top, double height, int columns, double maxStep, boolean log) {
        this.g = g;
        this.left = left;
        this.top = top;
        this.height = height;
        this.columns = columns;
        this.maxStep = maxStep;
        this.log = log;
    }

    /** The pixel row of plot value {@code v} on an axis from {@code yMin} to {@code yMax}. */
    double y(double v, double yMin, double yMax) {
        return top + (yMax - v) / (yMax - yMin) * height;
    }

    /**
     * Fills the band between each pixel column's lowest and highest value as one shape, joined across
     * columns without a step (early in a run, when steps are wider apart than pixels), at least a pixel
     * thick, so the renderer rasterises one shape rather than one per column.
     */
    void rangeBand(double[] colMin, double[] colMax, double yMin, double yMax) {
        int[] filled = new int[colMin.length];
        int count = 0;
        for (int c = 0; c < colMin.length; c++) {
            if (!Double.isNaN(colMin[c])) {
                filled[count++] = c;
            }
        }
        if (count == 0) {
            return;
        }
        g.beginPath();
        g.moveTo(left + filled[0], y(colMax[filled[0]], yMin, yMax) - 0.5);
        for (int i = 0; i < count; i++) {
            g.lineTo(left + filled[i] + 0.5, y(colMax[filled[i]], yMin, yMax) - 0.5);
        }
        int last = filled[count - 1];
        g.lineTo(left + last + 1, y(colMax[last], yMin, yMax) - 0.5);
        g.lineTo(left + last + 1, y(colMin[last], yMin, yMax) + 0.5);
        for (int i = count - 1; i >= 0; i--) {
            g.lineTo(left + filled[i] + 0.5, y(colMin[filled[i]], yMin, yMax) + 0.5);
        }
        g.lineTo(left + filled[0], y(colMin[filled[0]], yMin, yMax) + 0.5);
        g.closePath();
        g.fill();
    }

    /** The series smoothed by an exponential moving average of weight {@code smoothing}, one point per pixel column. */
    void smoothedLine(CurveData.Series s, double smoothing, Color color, double width, double yMin, double yMax) {
        if (s.size() == 0) {
            return;
        }
        double ema = Double.NaN;
        double[] smooth = new double[columns];
        Arrays.fill(smooth, Double.NaN);
        for (int i = 0; i < s.size(); i++) {
            float v = s.value(i);
            if (!Float.isFinite(v) || (log && v <= 0)) {
                continue;
            }
            ema = Double.isNaN(ema) ? v : smoothing * ema + (1 - smoothing) * v;
            int c = (int) Math.min(columns - 1, s.step(i) / maxStep * (columns - 1));
            smooth[c] = ema;
        }
        g.setStroke(color);
        g.setLineWidth(width);
        g.beginPath();
        boolean started = false;
        for (int c = 0; c < columns; c++) {
            if (Double.isNaN(smooth[c])) {
                continue;
            }
            double x = left + c + 0.5;
            double y = y(CurveRanges.tf(smooth[c], log), yMin, yMax);
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
    }

    /** A dot per epoch, joined by a line except across the start of a phase (phases minimise different objectives). */
    void epochDots(CurveData.Series s, List<Long> phaseSteps, Color color, double yMin, double yMax) {
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < s.size(); i++) {
            double x = left + s.step(i) / maxStep * (columns - 1);
            double y = y(CurveRanges.tf(s.value(i), log), yMin, yMax);
            if (i == 0 || phaseBetween(phaseSteps, s.step(i - 1), s.step(i))) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        for (int i = 0; i < s.size(); i++) {
            double x = left + s.step(i) / maxStep * (columns - 1);
            double y = y(CurveRanges.tf(s.value(i), log), yMin, yMax);
            g.fillOval(x - 4, y - 4, 8, 8);
        }
    }

    private static boolean phaseBetween(List<Long> phaseSteps, float fromStep, float toStep) {
        for (long start : phaseSteps) {
            if (start >= fromStep && start < toStep) {
                return true;
            }
        }
        return false;
    }
}
