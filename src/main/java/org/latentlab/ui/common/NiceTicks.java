package org.latentlab.ui.common;

/** Round tick values for an axis range (1, 2 or 5 times a power of ten apart). */
public final class NiceTicks {
    private NiceTicks() {}

    /** About {@code count} round values covering [min, max]. */
    public static double[] of(double min, double max, int count) {
        if (!(max > min) || count < 1) {
            return new double[] {min};
        }
        double raw = (max - min) / count;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10) * mag;
        double first = Math.ceil(min / step) * step;
        int n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, n)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    /** A short label for a tick value. */
    public static String label(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e4 || a < 1e-3) {
            return String.format("%.0e", v);
        }
        if (a >= 100) {
            return String.format("%.0f", v);
        }
        String s = String.format("%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
