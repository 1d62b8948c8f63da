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

    /** The distance between neighbouring ticks of {@link #of}'s result, 0 for fewer than two. */
    public static double step(double[] ticks) {
        return ticks.length > 1 ? ticks[1] - ticks[0] : 0;
    }

    /**
     * A short label for a tick {@code step} apart from its neighbours, with as many decimals as the
     * step needs: ticks 0.0005 apart read 0.0565, 0.057, 0.0575 (to thousandths, two of them would
     * both read 0.057).
     */
    public static String label(double v, double step) {
        int decimals = step > 0 ? (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)) : 3;
        double a = Math.abs(v);
        if (step > 0 && a < step * 1e-6) {
            return "0"; // the tick at zero, however the steps added up
        }
        if (a >= 1e7 || decimals > 6) {
            return String.format("%.2g", v);
        }
        long scale = (long) Math.pow(10, decimals);
        long units = Math.round(a * scale);
        StringBuilder b = new StringBuilder(10);
        if (v < 0 && units != 0) {
            b.append('-');
        }
        b.append(units / scale);
        if (decimals > 0 && units % scale != 0) {
            String digits = Long.toString(scale + units % scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
        return b.toString();
    }
}
