package org.latentlab.ui.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.latentlab.persistence.AtomicFiles;

/** Writes what a node shows to a PNG file (JavaFX snapshot → ImageIO), for "Save view" and the figure command. */
public final class Snapshots {
    private Snapshots() {}

    /** Renders {@code node} and writes it as PNG; must run on the JavaFX thread. */
    public static void savePng(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        AtomicFiles.write(file, stream -> {
            if (!ImageIO.write(out, "png", stream)) {
                throw new IOException("This Java has no PNG writer.");
            }
        });
    }
}
