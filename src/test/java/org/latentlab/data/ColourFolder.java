package org.latentlab.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A folder of colour pictures in three classes, made by the tests: red discs, green squares and
 * blue triangles on a light ground, each of its own size, place and shade, the pictures of mixed
 * sizes (some not square).
 */
public final class ColourFolder {
    /** The classes, as the sub-folders are named (sorted as the reader lists them). */
    public static final String[] CLASSES = {"blue-triangles", "green-squares", "red-discs"};

    private ColourFolder() {}

    /** Writes {@code perClass} PNG pictures into one sub-folder per class of {@code folder}. */
    public static Path write(Path folder, int perClass) throws IOException {
        Random random = new Random(20);
        int[][] sizes = {{40, 40}, {64, 48}, {48, 64}, {100, 80}, {32, 32}};
        for (int c = 0; c < CLASSES.length; c++) {
            Path dir = Files.createDirectories(folder.resolve(CLASSES[c]));
            for (int i = 0; i < perClass; i++) {
                int[] wh = sizes[(i + c) % sizes.length];
                ImageIO.write(picture(c, wh[0], wh[1], random), "png", dir.resolve(String.format("%02d.png", i)).toFile());
            }
        }
        return folder;
    }

    /** One picture of class {@code c} (0 blue triangle, 1 green square, 2 red disc). */
    static BufferedImage picture(int c, int w, int h, Random random) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int ground = 215 + random.nextInt(30);
        g.setColor(new Color(ground, ground, ground - random.nextInt(15)));
        g.fillRect(0, 0, w, h);
        int side = Math.min(w, h);
        int s = (int) (side * (0.45 + 0.2 * random.nextDouble()));
        int x = (w - s) / 2 + random.nextInt(side / 8 + 1) - side / 16;
        int y = (h - s) / 2 + random.nextInt(side / 8 + 1) - side / 16;
        int shade = random.nextInt(50);
        switch (c) {
            case 0 -> {
                g.setColor(new Color(shade, shade + 30, 205 + shade));
                g.fillPolygon(new int[] {x + s / 2, x + s, x}, new int[] {y, y + s, y + s}, 3);
            }
            case 1 -> {
                g.setColor(new Color(shade, 160 + shade, shade + 20));
                g.fillRect(x, y, s, s);
            }
            default -> {
                g.setColor(new Color(200 + shade, shade + 10, shade));
                g.fillOval(x, y, s, s);
            }
        }
        g.dispose();
        return image;
    }
}
