package org.latentlab.persistence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes grey images as 8-bit grey PNG files, the values in [0,1] rounded to 0…255. */
public final class ImageExport {
    private ImageExport() {}

    public static void writePng(float[] values, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < width * height; i++) {
            int g = Math.round(Math.max(0f, Math.min(1f, values[i])) * 255f);
            image.getRaster().setSample(i % width, i / width, 0, g);
        }
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("This Java has no PNG writer.");
            }
        });
    }
}
