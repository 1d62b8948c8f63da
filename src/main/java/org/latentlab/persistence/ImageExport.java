package org.latentlab.persistence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes images as 8-bit PNG files (grey, or RGB from three planes), the values in [0,1] rounded to 0…255. */
public final class ImageExport {
    private ImageExport() {}

    public static void writePng(float[] values, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < width * height; i++) {
            int g = Math.round(Math.max(0f, Math.min(1f, values[i])) * 255f);
            image.getRaster().setSample(i % width, i / width, 0, g);
        }
        write(image, file);
    }

    /** A {@code channels×height×width} image (1: grey, 3: R, G and B planes) as a PNG. */
    public static void writePng(float[] values, int channels, int width, int height, Path file) throws IOException {
        if (channels != 3) {
            writePng(values, width, height, file);
            return;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int n = width * height;
        for (int i = 0; i < n; i++) {
            int rgb = 0;
            for (int c = 0; c < 3; c++) {
                rgb = rgb << 8 | Math.round(Math.max(0f, Math.min(1f, values[c * n + i])) * 255f);
            }
            image.setRGB(i % width, i / width, rgb);
        }
        write(image, file);
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("This Java has no PNG writer.");
            }
        });
    }
}
