package org.latentlab.data;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures as pictures: a photograph turned upright (its EXIF orientation), its colours read as
 * sRGB (16-bit, CMYK, palette and grey pictures alike; transparent parts over white), the largest
 * centred square cut out and resized to the chosen side (area averaging down, bilinear up), and
 * kept in colour as three planes R, G, B or made grey (Rec. 601 luma). The values are
 * {@code C×size×size} in [0,1], as a {@link Dataset} sample holds them.
 */
public final class PicturePreparation {
    private PicturePreparation() {}

    /** Reads {@code file} and prepares it; throws {@link DataException} with one sentence naming the file. */
    public static float[] prepare(Path file, Preparation p) {
        ImageImport.Decoded d = ImageImport.decode(file, new ArrayList<>(), p.size());
        return prepare(d.image(), d.orientation(), p);
    }

    /** Prepares a decoded picture stored with EXIF {@code orientation} (1 when upright). */
    public static float[] prepare(BufferedImage image, int orientation, Preparation p) {
        Orientation.Planes planes = Orientation.upright(rgb(image), orientation);
        if (!p.colour()) {
            planes = grey(planes);
        }
        int side = Math.min(planes.width(), planes.height());
        int x0 = (planes.width() - side) / 2;
        int y0 = (planes.height() - side) / 2;
        int s = p.size();
        float[] out = new float[planes.planes().length * s * s];
        for (int c = 0; c < planes.planes().length; c++) {
            float[] square = new float[side * side];
            float[] plane = planes.planes()[c];
            for (int y = 0; y < side; y++) {
                System.arraycopy(plane, (y0 + y) * planes.width() + x0, square, y * side, side);
            }
            float[] resized = ImageImport.resample(new GreyImage(square, side, side), s, s).values();
            System.arraycopy(resized, 0, out, c * s * s, s * s);
        }
        return out;
    }

    /** The picture as R, G and B planes in [0,1]; a grey picture as one plane of its stored levels. */
    static Orientation.Planes rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        boolean alpha = cm.hasAlpha();
        if (cm.getNumColorComponents() == 1 && !(cm instanceof IndexColorModel)) {
            // Grey levels are taken as stored (8 or 16 bits), not through Java's linear-grey conversion.
            double max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
            double alphaMax = alpha ? (1 << raster.getSampleModel().getSampleSize(1)) - 1 : 1;
            float[] v = new float[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double a = alpha ? raster.getSample(x, y, 1) / alphaMax : 1;
                    v[y * w + x] = (float) (a * raster.getSample(x, y, 0) / max + (1 - a));
                }
            }
            return new Orientation.Planes(new float[][] {v, v.clone(), v.clone()}, w, h);
        }
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[][] planes = new float[3][w * h];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            double a = alpha ? (p >>> 24) / 255.0 : 1;
            for (int c = 0; c < 3; c++) {
                int v = (p >> (16 - 8 * c)) & 0xff;
                planes[c][i] = (float) (a * v / 255.0 + (1 - a));
            }
        }
        return new Orientation.Planes(planes, w, h);
    }

    private static Orientation.Planes grey(Orientation.Planes p) {
        float[][] c = p.planes();
        float[] g = new float[c[0].length];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (0.299 * c[0][i] + 0.587 * c[1][i] + 0.114 * c[2][i]);
        }
        return new Orientation.Planes(new float[][] {g}, p.width(), p.height());
    }

    /**
     * True when the pictures look like ink on paper (digits, letters, drawings): most of their
     * pixels are near one light or dark ground and they have almost no colour. Judged on a few
     * decoded pictures so the window can offer "digits" or "pictures" first.
     */
    public static boolean lookLikeInk(List<BufferedImage> samples) {
        if (samples.isEmpty()) {
            return false;
        }
        int ink = 0;
        for (BufferedImage image : samples) {
            Orientation.Planes p = rgb(image);
            float[][] c = p.planes();
            int n = c[0].length;
            int step = Math.max(1, n / 4096);
            int count = 0;
            int extreme = 0;
            double chroma = 0;
            for (int i = 0; i < n; i += step) {
                double r = c[0][i];
                double g = c[1][i];
                double b = c[2][i];
                double l = 0.299 * r + 0.587 * g + 0.114 * b;
                chroma += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                if (l < 0.15 || l > 0.85) {
                    extreme++;
                }
                count++;
            }
            if (chroma / count < 0.08 && extreme > 0.8 * count) {
                ink++;
            }
        }
        return ink * 2 > samples.size();
    }
}
