package org.latentlab.ui.common;

import javafx.scene.paint.Color;

/**
 * The class colours every view uses: Paul Tol's colour-blind-safe "muted" scheme (nine colours and
 * a grey), repeated for more than ten classes. Class i has the same colour in every view.
 */
public final class ClassPalette {
    private static final int[] RGB = {
        0x332288, 0x88CCEE, 0x44AA99, 0x117733, 0x999933, 0xDDCC77, 0xCC6677, 0x882255, 0xAA4499, 0x8A8A8A
    };

    private ClassPalette() {}

    /** The colour of class {@code index}. */
    public static Color color(int index) {
        int rgb = RGB[Math.floorMod(index, RGB.length)];
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** The colour of class {@code index} as opaque ARGB, for pixel buffers. */
    public static int argb(int index) {
        return 0xff000000 | RGB[Math.floorMod(index, RGB.length)];
    }
}
