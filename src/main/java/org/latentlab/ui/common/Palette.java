package org.latentlab.ui.common;

import javafx.scene.paint.Color;

/**
 * The colours every canvas view draws with, in one theme: the ground around and inside the plot, its
 * grid and frame, tick labels, axis titles, legend boxes, muted lines and the ink of markers.
 *
 * @param ground the window's ground around a plot (the theme's default background; a snapshot's fill)
 * @param plot the plot area's ground
 * @param grid the grid lines
 * @param frame the plot's frame and baselines
 * @param ticks tick labels
 * @param title axis titles and legend text
 * @param muted lines that say there is nothing to show yet
 * @param legend the ground of a legend drawn over a plot
 * @param ink the strong contrast colour for markers and outlines
 * @param paper the colour opposite to ink, inside markers
 */
public record Palette(Color ground, Color plot, Color grid, Color frame, Color ticks, Color title, Color muted,
                      Color legend, Color ink, Color paper) {
    /** On AtlantaFX Primer Light. */
    public static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.WHITE, Color.gray(0.9), Color.gray(0.6),
            Color.gray(0.35), Color.gray(0.2), Color.gray(0.45), Color.color(1, 1, 1, 0.88), Color.BLACK, Color.WHITE);
    /** On AtlantaFX Primer Dark (its default background is #0d1117). */
    public static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#2a313c"),
            Color.gray(0.45), Color.gray(0.72), Color.gray(0.9), Color.gray(0.62), Color.web("#0d1117", 0.88), Color.WHITE,
            Color.web("#0d1117"));

    /** True for the dark variant: light type on a dark plot. */
    public boolean dark() {
        return plot.getBrightness() < 0.5;
    }

    /** {@code colour} blended {@code amount} of the way toward the plot's ground (a light tint on white, a dim one on dark). */
    public Color toward(Color colour, double amount) {
        return colour.interpolate(plot, amount);
    }

    /**
     * The colour of class {@code index} on this palette: the class palette's, lifted toward white on a dark
     * ground when it is too dark to tell from it.
     */
    public Color classColor(int index) {
        Color c = ClassPalette.color(index);
        if (!dark()) {
            return c;
        }
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum >= MIN_DARK_LUMA ? c : c.interpolate(Color.WHITE, Math.min(0.6, (MIN_DARK_LUMA - lum) / (1 - lum) * 1.2));
    }

    /** {@link #classColor} as opaque ARGB, for pixel buffers. */
    public int classArgb(int index) {
        return argb(classColor(index));
    }

    /** {@code c} as opaque ARGB. */
    public static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** The least brightness (of the sRGB components, weighted) a class colour has on a dark ground. */
    private static final double MIN_DARK_LUMA = 0.33;
}
