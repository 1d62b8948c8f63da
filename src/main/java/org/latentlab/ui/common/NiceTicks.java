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
        // Views label ticks on every redraw: plain arithmetic, not String.format and a regular expression.
        if (a >= 100) {
            return Long.toString(Math.round(v));
        }
        long thousandths = Math.round(a * 1000);
        StringBuilder b = new StringBuilder(8);
        if (v < 0 && thousandths != 0) {
            b.append('-');
        }
        b.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            String digits = Long.toString(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
        return b.toString();
    }
}
