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

    private static WritableImage write(int[] argb, int width, int height) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
