package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss plot's axes: the range of the loss axis (left), whether the validation MSE and PCA's
 * baseline need an axis of their own (right, when the objective is on another scale, such as a
 * VAE's summed BCE), whether it has values to show, and its range; values are log10 of the losses
 * on a log scale.
 */
record CurveRanges(double yMin, double yMax, boolean showMse, boolean secondary, boolean rightAxis, double y2Min, double y2Max) {

    /** The ranges for {@code data}, on a log scale when {@code log}. */
    static CurveRanges of(CurveData data, boolean log) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        List<CurveData.Series> perStep = new ArrayList<>();
        perStep.add(data.training());
        perStep.addAll(data.parts().values());
        boolean showMse = differs(data.validationMse(), data.validation());
        boolean secondary = showMse && onAnotherScale(data.validationMse(), data.validation());
        double lo2 = Double.MAX_VALUE;
        double hi2 = -Double.MAX_VALUE;
        // The first steps' loss dwarfs the rest: scale to the last 95% of the run.
        for (CurveData.Series s : perStep) {
            for (int i = Math.min(s.size() - 1, s.size() / 20); i >= 0 && i < s.size(); i++) {
                float v = s.value(i);
                if (Float.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, tf(v, log));
                    hi = Math.max(hi, tf(v, log));
                }
            }
        }
        for (CurveData.Series s : showMse ? List.of(data.validation(), data.validationMse()) : List.of(data.validation())) {
            boolean onRightAxis = secondary && s == data.validationMse();
            for (int i = 0; i < s.size(); i++) {
                if (Float.isFinite(s.value(i)) && (!log || s.value(i) > 0)) {
                    if (onRightAxis) {
                        lo2 = Math.min(lo2, tf(s.value(i), log));
                        hi2 = Math.max(hi2, tf(s.value(i), log));
                    } else {
                        lo = Math.min(lo, tf(s.value(i), log));
                        hi = Math.max(hi, tf(s.value(i), log));
                    }
                }
            }
        }
        if (Double.isFinite(data.baseline())) {
            if (secondary) {
                lo2 = Math.min(lo2, tf(data.baseline(), log));
                hi2 = Math.max(hi2, tf(data.baseline(), log));
            } else {
                lo = Math.min(lo, tf(data.baseline(), log));
                hi = Math.max(hi, tf(data.baseline(), log));
            }
        }
        if (lo == Double.MAX_VALUE) {
            lo = 0;
            hi = 1;
        }
        if (!(hi > lo)) {
            hi = lo + 1e-3;
        }
        double pad = (hi - lo) * 0.06;
        double yMin = log ? lo - pad : Math.max(Math.min(0, lo), lo - pad);
        double yMax = hi + pad;
        double y2Min = yMin;
        double y2Max = yMax;
        boolean rightAxis = secondary && lo2 < Double.MAX_VALUE;
        if (rightAxis) {
            if (!(hi2 > lo2)) {
                hi2 = lo2 + 1e-3;
            }
            double pad2 = (hi2 - lo2) * 0.1;
            y2Min = lo2 - pad2;
            y2Max = hi2 + pad2;
        }
        return new CurveRanges(yMin, yMax, showMse, secondary, rightAxis, y2Min, y2Max);
    }

    /**
     * The lowest and highest value of {@code s} in each of {@code columns} pixel columns spanning
     * steps 0 to {@code maxStep} (NaN where a column has none), as the axis places them.
     */
    static double[][] columns(CurveData.Series s, int columns, double maxStep, boolean log) {
        double[] colMin = new double[columns];
        double[] colMax = new double[columns];
        java.util.Arrays.fill(colMin, Double.NaN);
        for (int i = 0; i < s.size(); i++) {
            float v = s.value(i);
            if (!Float.isFinite(v) || (log && v <= 0)) {
                continue;
            }
            int c = (int) Math.min(columns - 1, s.step(i) / maxStep * (columns - 1));
            double tv = tf(v, log);
            colMin[c] = Double.isNaN(colMin[c]) ? tv : Math.min(colMin[c], tv);
            colMax[c] = Double.isNaN(colMax[c]) ? tv : Math.max(colMax[c], tv);
        }
        return new double[][] {colMin, colMax};
    }

    /** A loss as the axis places it: its log10 on a log scale. */
    static double tf(double v, boolean log) {
        return log ? Math.log10(Math.max(v, 1e-12)) : v;
    }

    /** True when two series' last values differ by more than a factor of 3: one axis would flatten one of them. */
    private static boolean onAnotherScale(CurveData.Series a, CurveData.Series b) {
        if (a.size() == 0 || b.size() == 0) {
            return false;
        }
        double x = Math.abs(a.value(a.size() - 1));
        double y = Math.abs(b.value(b.size() - 1));
        return x > 3 * y || y > 3 * x;
    }

    private static boolean differs(CurveData.Series a, CurveData.Series b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (Math.abs(a.value(i) - b.value(i)) > 1e-6 * Math.max(1, Math.abs(b.value(i)))) {
                return true;
            }
        }
        return false;
    }
}
