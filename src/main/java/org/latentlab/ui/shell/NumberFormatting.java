package org.latentlab.ui.shell;

/** Numbers as a person writes them in a sentence: no trailing zeros, no exponent for small ranges. */
final class NumberFormatting {
    private NumberFormatting() {}

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format("%,d", (long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
