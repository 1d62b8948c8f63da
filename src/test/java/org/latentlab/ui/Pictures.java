package org.latentlab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** What a PNG of a view shows, measured: how many colours it has and how much of it is not its background. */
public record Pictures(int width, int height, int colours, double drawnShare) {
    /** Reads {@code file}; the background is its most common colour. */
    public static Pictures of(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int background = counts.values().stream().max(Integer::compare).orElse(0);
        double total = (double) image.getWidth() * image.getHeight();
        return new Pictures(image.getWidth(), image.getHeight(), counts.size(), 1 - background / total);
    }

    /**
     * True when the picture shows a drawn view rather than a blank or a lone line of text: many colours
     * (class colours, decoded greys) over a good share of it.
     */
    public boolean showsAView() {
        return colours >= 64 && drawnShare >= 0.05;
    }
}
