package org.latentlab.ui.decode;

import java.util.stream.IntStream;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.latentlab.ui.common.AxisTicks;
import org.latentlab.ui.common.NiceTicks;

/**
 * The decoded lattice's axis ticks, as many as their labels leave room for in the plot's font: round
 * values over a rectangle of the plane, or, over the prior's quantiles, the codes of every so many
 * tiles (those axes are not linear in the code, so their ticks sit on tiles). Along x a label takes
 * its width; along y, its height. Centres run from the left, and from the bottom for round y ticks and
 * the top for tile ticks. JavaFX thread only (it measures text).
 */
final class LatticeTicks {
    private static final int MOST_X = 6;
    private static final int MOST_Y = 5;
    /** The least room between two labels one above the other, in pixels (labels side by side keep {@link AxisTicks#GAP}). */
    private static final double Y_GAP = 4;

    private LatticeTicks() {}

    /** Round ticks over [min, max] across {@code pixels}. */
    static AxisTicks roundX(double min, double max, double pixels, Font font) {
        return AxisTicks.fitting(min, max, pixels, MOST_X, font);
    }

    /**
     * Round ticks over [min, max] up {@code pixels}, centres measured from the bottom: the most, up to
     * {@link #MOST_Y}, with a line's room between them; failing that every second or third of them
     * (zero kept), failing that the middle one.
     */
    static AxisTicks roundY(double min, double max, double pixels, Font font) {
        double height = lineHeight(font);
        AxisTicks most = null;
        for (int stride = 1; stride <= 3; stride++) {
            for (int count = MOST_Y; count >= 1; count--) {
                AxisTicks all = roundOf(min, max, pixels, count, height);
                most = most == null ? all : most;
                AxisTicks t = stride == 1 ? all : everyNth(all, stride);
                if (t.values().length >= 2 && apart(t, Y_GAP)) {
                    return t;
                }
            }
        }
        return middle(most);
    }

    private static AxisTicks roundOf(double min, double max, double pixels, int count, double height) {
        double[] values = NiceTicks.of(min, max, count);
        double step = NiceTicks.step(values);
        String[] labels = new String[values.length];
        double[] centres = new double[values.length];
        double[] heights = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = NiceTicks.label(values[i], step);
            centres[i] = max > min ? (values[i] - min) / (max - min) * pixels : pixels / 2;
            heights[i] = height;
        }
        return new AxisTicks(values, labels, centres, heights);
    }

    /** Every {@code n}th tick, starting so that zero stays among them when it is a tick. */
    private static AxisTicks everyNth(AxisTicks t, int n) {
        int start = 0;
        for (int i = 0; i < t.values().length; i++) {
            if (t.labels()[i].equals("0")) {
                start = i % n;
            }
        }
        return subset(t, IntStream.iterate(start, i -> i < t.values().length, i -> i + n).toArray());
    }

    /** True when every two neighbouring labels, centred on their ticks, are at least {@code gap} apart. */
    private static boolean apart(AxisTicks t, double gap) {
        for (int i = 1; i < t.values().length; i++) {
            if (t.centres()[i] - t.centres()[i - 1] - (t.widths()[i] + t.widths()[i - 1]) / 2 < gap) {
                return false;
            }
        }
        return true;
    }

    /** Every so many of the lattice's tile codes {@code codes} along x, centred on their tiles. */
    static AxisTicks tilesX(double[] codes, double pixels, Font font) {
        Text measure = measure(font);
        return onTiles(codes, pixels, AxisTicks.GAP, label -> {
            measure.setText(label);
            return measure.getLayoutBounds().getWidth();
        });
    }

    /** Every so many of the lattice's tile codes {@code codes} (top row first) along y, centres from the top. */
    static AxisTicks tilesY(double[] codes, double pixels, Font font) {
        double height = lineHeight(font);
        return onTiles(codes, pixels, Y_GAP, label -> height);
    }

    /**
     * The tiles' labels thinned to every {@code s}-th, the smallest {@code s} at which they fit (at
     * most about {@link #MOST_X} of them), placed symmetrically about the middle where two or more
     * can be; the middle tile alone when none fits.
     */
    private static AxisTicks onTiles(double[] codes, double pixels, double gap, java.util.function.ToDoubleFunction<String> size) {
        int n = codes.length;
        String[] labels = new String[n];
        double[] centres = new double[n];
        double[] sizes = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = String.format("%.2f", codes[i]);
            centres[i] = (i + 0.5) * pixels / n;
            sizes[i] = size.applyAsDouble(labels[i]);
        }
        AxisTicks all = new AxisTicks(codes.clone(), labels, centres, sizes);
        if (n == 0) {
            return all;
        }
        // First the labels that sit symmetrically about the middle (the prior is symmetric), then any.
        for (boolean symmetric : new boolean[] {true, false}) {
            for (int s = Math.max(1, (n + MOST_X - 1) / MOST_X); s < n; s++) {
                int step = s;
                int start = symmetric ? symmetricStart(n, step) : ((n - 1) / 2) % step;
                if (start < 0) {
                    continue;
                }
                int[] keep = IntStream.iterate(start, i -> i < n, i -> i + step).toArray();
                AxisTicks thinned = subset(all, keep);
                if (keep.length >= 2 && apart(thinned, gap)) {
                    return thinned;
                }
            }
        }
        return middle(all);
    }

    /** The first of every {@code step}-th of {@code n} tiles such that the last is as far from the end, or -1. */
    private static int symmetricStart(int n, int step) {
        for (int start = 0; start < step; start++) {
            if ((n - 1 - 2 * start) % step == 0 && n - 1 - 2 * start >= 0) {
                return start;
            }
        }
        return -1;
    }

    private static AxisTicks middle(AxisTicks t) {
        return t.values().length <= 1 ? t : subset(t, new int[] {t.values().length / 2});
    }

    private static AxisTicks subset(AxisTicks t, int[] keep) {
        double[] v = new double[keep.length];
        String[] l = new String[keep.length];
        double[] c = new double[keep.length];
        double[] w = new double[keep.length];
        for (int j = 0; j < keep.length; j++) {
            v[j] = t.values()[keep[j]];
            l[j] = t.labels()[keep[j]];
            c[j] = t.centres()[keep[j]];
            w[j] = t.widths()[keep[j]];
        }
        return new AxisTicks(v, l, c, w);
    }

    private static Text measure(Font font) {
        Text t = new Text();
        t.setFont(font);
        return t;
    }

    /** The height of one line of tick labels in {@code font}. */
    static double lineHeight(Font font) {
        Text t = measure(font);
        t.setText("0.-9");
        return t.getLayoutBounds().getHeight();
    }
}
