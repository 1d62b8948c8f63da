package org.latentlab.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns plain float images into JavaFX images. */
public final class Images {
    private Images() {}

    /** A grey image of values in [0,1] (clamped): 0 black, 1 white, as MNIST is stored. */
    public static WritableImage grey(float[] values, int offset, int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            int g = Math.round(Math.max(0f, Math.min(1f, values[offset + i])) * 255f);
            argb[i] = 0xff000000 | (g << 16) | (g << 8) | g;
        }
        return write(argb, width, height);
    }

    /**
     * A picture of {@code channels×height×width} values in [0,1] (clamped) from {@code offset}: one
     * channel is grey, three are the R, G and B planes one after another, as a data set holds them.
     */
    public static WritableImage picture(float[] values, int offset, int channels, int width, int height) {
        if (channels != 3) {
            return grey(values, offset, width, height);
        }
        int[] argb = new int[width * height];
        pixels(values, offset, channels, width * height, argb, 0, 1, width, width);
        return write(argb, width, height);
    }

    /**
     * Writes one picture's pixels as ARGB into {@code argb} from {@code at}, row by row of
     * {@code width} pixels with rows {@code stride} apart (a tile of a larger image); {@code step}
     * is 1 here and kept for tiles that skip pixels.
     */
    public static void pixels(float[] values, int offset, int channels, int plane, int[] argb, int at, int step, int width, int stride) {
        for (int i = 0; i < plane; i++) {
            int target = at + (i / width) * stride + (i % width) * step;
            argb[target] = pixel(values, offset, channels, plane, i);
        }
    }

    /** The ARGB colour of pixel {@code i} of a picture of {@code channels} planes of {@code plane} values from {@code offset}. */
    public static int pixel(float[] values, int offset, int channels, int plane, int i) {
        if (channels == 3) {
            int r = level(values[offset + i]);
            int g = level(values[offset + plane + i]);
            int b = level(values[offset + 2 * plane + i]);
            return 0xff000000 | (r << 16) | (g << 8) | b;
        }
        int g = level(values[offset + i]);
        return 0xff000000 | (g << 16) | (g << 8) | g;
    }

    private static int level(float v) {
        return Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
    }

    /**
     * A signed image (a principal component, a filter) with a diverging map: negative blue,
     * zero white, positive red, scaled to the largest magnitude.
     */
    public static WritableImage diverging(double[] values, int width, int height) {
        double max = 1e-12;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            double t = values[i] / max;
            int r;
            int g;
            int b;
            if (t >= 0) {
                r = 255;
                g = (int) Math.round(255 * (1 - t));
                b = g;
            } else {
                b = 255;
                r = (int) Math.round(255 * (1 + t));
                g = r;
            }
            argb[i] = 0xff000000 | (r << 16) | (g << 8) | b;
        }
        return write(argb, width, height);
    }

    /** One filter of a weight matrix ({@code values[offset..offset+w·h)}) in the diverging map, scaled to its own largest magnitude. */
    public static WritableImage diverging(float[] values, int offset, int width, int height) {
        double[] d = new double[width * height];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[offset + i];
        }
        return diverging(d, width, height);
    }

    /**
     * A signed colour filter (R, G and B planes of {@code width×height} weights from {@code offset})
     * as a colour patch: zero mid grey, each channel's weight scaled by the largest magnitude of all
     * three, so the patch shows the colour that excites the unit most.
     */
    public static WritableImage signedColour(float[] values, int offset, int width, int height) {
        int plane = width * height;
        double max = 1e-12;
        for (int i = 0; i < 3 * plane; i++) {
            max = Math.max(max, Math.abs(values[offset + i]));
        }
        float[] shifted = new float[3 * plane];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = (float) (0.5 + 0.5 * values[offset + i] / max);
        }
        return picture(shifted, 0, 3, width, height);
    }

    private static WritableImage write(int[] argb, int width, int height) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
