package org.latentlab.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Round ticks for a horizontal axis whose labels, measured in the font they are drawn in, do not
 * touch: as many as {@link NiceTicks} gives for the largest count up to {@code most} that leaves a gap
 * between every two neighbouring labels. JavaFX thread only (it measures text).
 */
public record AxisTicks(double[] values, String[] labels, double[] centres, double[] widths) {
    /** The least room between two neighbouring labels, in pixels. */
    public static final double GAP = 8;

    /**
     * Ticks over [min, max] drawn across {@code pixels} pixels (a value's centre at its place on the
     * axis): the most round ticks, up to about {@code most}, whose labels fit; when no spacing of round
     * values fits two labels, every second or third of them (one of them zero when zero is on the axis);
     * failing that, one tick in the middle.
     */
    public static AxisTicks fitting(double min, double max, double pixels, int most, Font font) {
        // Measured lazily: on a plot wide enough the first candidate fits, and this runs at every redraw.
        AxisTicks[] candidates = new AxisTicks[Math.max(1, most)];
        for (int stride = 1; stride <= 3; stride++) {
            for (int i = 0; i < candidates.length; i++) {
                if (candidates[i] == null) {
                    candidates[i] = of(min, max, pixels, candidates.length - i, font);
                }
                AxisTicks t = candidates[i];
                AxisTicks thinned = stride == 1 ? t : t.everyNth(stride);
                if (thinned.values.length >= 2 && thinned.fits()) {
                    return thinned;
                }
            }
        }
        AxisTicks fewest = candidates[candidates.length - 1];
        if (fewest.values.length == 0) {
            return fewest;
        }
        return fewest.subset(new int[] {fewest.values.length / 2});
    }

    /** Every {@code n}th tick, starting so that zero stays among them when it is a tick. */
    private AxisTicks everyNth(int n) {
        int start = 0;
        for (int i = 0; i < values.length; i++) {
            if (labels[i].equals("0")) {
                start = i % n;
            }
        }
        int[] keep = java.util.stream.IntStream.iterate(start, i -> i < values.length, i -> i + n).toArray();
        return subset(keep);
    }

    private AxisTicks subset(int[] keep) {
        double[] v = new double[keep.length];
        String[] l = new String[keep.length];
        double[] c = new double[keep.length];
        double[] w = new double[keep.length];
        for (int j = 0; j < keep.length; j++) {
            v[j] = values[keep[j]];
            l[j] = labels[keep[j]];
            c[j] = centres[keep[j]];
            w[j] = widths[keep[j]];
        }
        return new AxisTicks(v, l, c, w);
    }

    private static AxisTicks of(double min, double max, double pixels, int count, Font font) {
        double[] values = NiceTicks.of(min, max, count);
        double step = NiceTicks.step(values);
        String[] labels = new String[values.length];
        double[] centres = new double[values.length];
        double[] widths = new double[values.length];
        Text measure = new Text();
        measure.setFont(font);
        for (int i = 0; i < values.length; i++) {
            labels[i] = NiceTicks.label(values[i], step);
            centres[i] = max > min ? (values[i] - min) / (max - min) * pixels : pixels / 2;
            measure.setText(labels[i]);
            widths[i] = measure.getLayoutBounds().getWidth();
        }
        return new AxisTicks(values, labels, centres, widths);
    }

    /** True when every two neighbouring labels, centred on their ticks, are at least {@link #GAP} apart. */
    public boolean fits() {
        for (int i = 1; i < values.length; i++) {
            double room = centres[i] - centres[i - 1] - (widths[i] + widths[i - 1]) / 2;
            if (room < GAP) {
                return false;
            }
        }
        return true;
    }
}
