package org.latentlab.analysis.projection;

/**
 * One small picture per code, flat {@code n × channels × height × width} in [0, 1] (1 channel:
 * grey, 3: red, green, blue).
 */
public record Thumbnails(float[] pixels, int n, int channels, int height, int width) {
    public Thumbnails {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("Thumbnails are grey (1 channel) or colour (3), not " + channels + " channels.");
        }
        if (n < 1 || height < 1 || width < 1 || pixels.length != (long) n * channels * height * width) {
            throw new IllegalArgumentException("Expected " + n + "×" + channels + "×" + height + "×" + width
                    + " thumbnail values, got " + pixels.length + ".");
        }
    }

    /** Values per picture. */
    public int size() {
        return channels * height * width;
    }

    /** Picture {@code i} as packed 0xRRGGBB. */
    int[] rgb(int i) {
        int plane = height * width;
        int base = i * size();
        int[] out = new int[plane];
        for (int p = 0; p < plane; p++) {
            int r = byteOf(pixels[base + p]);
            int g = channels == 3 ? byteOf(pixels[base + plane + p]) : r;
            int b = channels == 3 ? byteOf(pixels[base + 2 * plane + p]) : r;
            out[p] = (r << 16) | (g << 8) | b;
        }
        return out;
    }

    private static int byteOf(float v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
