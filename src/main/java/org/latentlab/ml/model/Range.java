package org.latentlab.ml.model;

/**
 * The numbers a knob takes, each end open or closed. Its sentence says the range the way a person
 * reads it: "between 1 and 16384" when both ends are allowed, "in (0, 1]" otherwise.
 */
public record Range(double min, boolean minOpen, double max, boolean maxOpen) {
    /** From {@code min} to {@code max}, both allowed. */
    public static Range between(double min, double max) {
        return new Range(min, false, max, false);
    }

    /** Above {@code min}, up to and including {@code max}. */
    public static Range aboveUpTo(double min, double max) {
        return new Range(min, true, max, false);
    }

    /** Strictly between {@code min} and {@code max}. */
    public static Range strictlyBetween(double min, double max) {
        return new Range(min, true, max, true);
    }

    public boolean contains(double v) {
        return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }

    /** As a sentence says it: {@code between 0 and 1000} or {@code in (0, 1]}. */
    public String phrase() {
        if (!minOpen && !maxOpen) {
            return "between " + plain(min) + " and " + plain(max);
        }
        return "in " + interval();
    }

    /** As a tooltip shows it: {@code 0–1000} or {@code (0, 1]}. */
    public String shortText() {
        return !minOpen && !maxOpen ? plain(min) + "–" + plain(max) : interval();
    }

    private String interval() {
        return (minOpen ? "(" : "[") + plain(min) + ", " + plain(max) + (maxOpen ? ")" : "]");
    }

    /** A number without a trailing {@code .0}: 16384, 0.05. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
