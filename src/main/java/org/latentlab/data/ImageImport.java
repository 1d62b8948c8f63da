package org.latentlab.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns any picture into a model input the way MNIST was made: grey; inverted when it is dark ink
 * on a light ground (judged from the border); the background level removed; cropped to the ink;
 * scaled to fit a 20×20 box keeping its aspect ratio; placed in 28×28 with its centre of mass at
 * the centre. Each step is a pure function, so a view can show them one by one. Reading goes
 * through ImageIO with the TwelveMonkeys plugins (PNG, JPEG including CMYK, GIF, BMP, WebP, TIFF).
 */
public final class ImageImport {
    /** Pictures larger than this on a side are decoded with subsampling, never in full. */
    static final int MAX_DECODED_SIDE = 2048;
    /** The inked box inside the field, as in MNIST (20 of 28). */
    static final double BOX_FRACTION = 20.0 / 28.0;
    /** A picture whose grey levels span less than this is one flat shade, with nothing to find. */
    static final double FLAT_RANGE = 0.1;
    /** A border whose 10th and 90th percentiles differ by more than this is not one ground (paper or a screen) but a scene. */
    static final double UNEVEN_BORDER = 0.3;
    private static final String PICTURE = "The picture";
    /** The endings of the picture files ImageIO reads here, lower case. */
    static final List<String> PICTURE_ENDINGS = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff");

    private ImageImport() {}

    /** The result and every intermediate step, with notes on what was done (e.g. "the first frame of an animated GIF"). */
    public record Prepared(GreyImage original, GreyImage grey, GreyImage inverted, GreyImage cropped, GreyImage input,
                           boolean wasInverted, List<String> notes) {}

    /** Reads and prepares {@code file} into a {@code size}×{@code size} input; throws {@link DataException} with one sentence. */
    public static Prepared prepare(Path file, int size) {
        List<String> notes = new ArrayList<>();
        BufferedImage image = read(file, notes);
        try {
            return prepare(image, size, notes);
        } catch (DataException e) {
            if (flat(PICTURE).equals(e.getMessage())) {
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                throw new DataException(flat(name), e);
            }
            throw e;
        }
    }

    /** The sentence for a picture with nothing standing out, {@code subject} being the file's name or "The picture". */
    static String flat(String subject) {
        return subject + " has no ink to find: it is one flat shade.";
    }

    /** Prepares a decoded picture. */
    public static Prepared prepare(BufferedImage image, int size, List<String> notes) {
        List<String> n = new ArrayList<>(notes);
        GreyImage grey = toGrey(image);
        if (grey.width() == size && grey.height() == size) {
            // Already in the data's own form (e.g. a digit saved from the data set): only the polarity is checked.
            boolean light = lightBackground(grey);
            GreyImage inverted = light ? invert(grey) : grey;
            requireInk(inverted);
            n.add("Already " + size + "×" + size + ": used as it is" + (light ? ", inverted." : "."));
            return new Prepared(grey, grey, inverted, inverted, inverted, light, n);
        }
        boolean light = lightBackground(grey);
        GreyImage inverted = light ? invert(grey) : grey;
        GreyImage clean = removeBackground(inverted);
        GreyImage cropped = crop(clean);
        GreyImage fitted = fit(cropped, (int) Math.round(size * BOX_FRACTION));
        GreyImage input = centre(fitted, size);
        return new Prepared(grey, grey, inverted, cropped, input, light, n);
    }

    /**
     * Decodes the first image of a file: large pictures with subsampling so no picture can exhaust
     * memory; a file that is empty, not an image or damaged gets one sentence.
     */
    public static BufferedImage read(Path file, List<String> notes) {
        return decode(file, notes, 0).image();
    }

    /** A decoded picture and its EXIF orientation (1, as stored, when it has none or it was not looked for). */
    public record Decoded(BufferedImage image, int orientation) {}

    /**
     * Decodes the first image of a file as {@link #read} does; when {@code wantedSide} is above 0
     * the picture is also subsampled on read so that its shorter side stays at least twice
     * {@code wantedSide}, and a JPEG's EXIF orientation is read.
     */
    public static Decoded decode(Path file, List<String> notes, int wantedSide) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new DataException(name + " is a folder, not a picture.");
            }
            if (Files.size(file) == 0) {
                throw new DataException(name + " is empty.");
            }
        } catch (IOException e) {
            throw new DataException(org.latentlab.errors.Sentences.after(name + " cannot be read", e), e);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DataException(name + " is not a picture this app can read (PNG, JPEG, GIF, BMP, WebP or TIFF).");
            }
            ImageReader reader = readers.next();
            try {
                int orientation = wantedSide > 0 ? Orientation.of(reader, in) : 1;
                reader.setInput(in, false, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.max(w, h) / (double) MAX_DECODED_SIDE);
                if (wantedSide > 0) {
                    step = Math.max(step, Math.min(w, h) / (2 * wantedSide));
                }
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                if (Math.max(w, h) > MAX_DECODED_SIDE) {
                    notes.add(String.format("%s is %,d×%,d: read at 1/%d of its size.", name, w, h, step));
                }
                List<String> warnings = new java.util.ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new DataException(name + " is damaged or not a complete picture (" + warnings.get(0).replaceAll("\\.$", "") + ").");
                }
                int frames = frameCount(reader);
                if (frames > 1) {
                    notes.add(name + " has " + frames + " frames: the first was used.");
                }
                return new Decoded(image, orientation);
            } finally {
                reader.dispose();
            }
        } catch (DataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DataException(name + " is damaged or not a complete picture (" + describe(e) + ").", e);
        }
    }

    /** True when the file's name ends as a picture's does (a cheap look, not a decode). */
    public static boolean isPictureName(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return PICTURE_ENDINGS.stream().anyMatch(n::endsWith);
    }

    private static int frameCount(ImageReader reader) {
        try {
            String format = reader.getFormatName().toLowerCase();
            // Counting frames means scanning the file: only the formats that hold several are counted.
            return format.contains("gif") || format.contains("tif") || format.contains("webp") ? reader.getNumImages(true) : 1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof java.io.EOFException ? "it ends too soon" : "its decoder gave no reason";
        }
        return m.replaceAll("\\.$", "");
    }

    /**
     * Grey values (Rec. 601 luma). Transparent parts are composited onto the ground the ink does not
     * use: white under dark ink, black under light ink, so strokes on a transparent ground survive.
     */
    public static GreyImage toGrey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        java.awt.image.Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean hasAlpha = image.getColorModel().hasAlpha();
        if ((bands == 1 && !hasAlpha || bands == 2 && hasAlpha) && image.getColorModel().getNumColorComponents() == 1
                && !(image.getColorModel() instanceof java.awt.image.IndexColorModel)) {
            // A grey picture: its stored values are the grey levels (8 or 16 bits), taken as they are rather than
            // through Java's linear-grey colour conversion, which would brighten every mid-tone.
            double max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
            double alphaMax = hasAlpha ? (1 << raster.getSampleModel().getSampleSize(1)) - 1 : 1;
            float[] v = new float[w * h];
            double inkLuma = 0;
            double inkWeight = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double a = hasAlpha ? raster.getSample(x, y, 1) / alphaMax : 1;
                    double g = raster.getSample(x, y, 0) / max;
                    inkLuma += a * g;
                    inkWeight += a;
                    v[y * w + x] = (float) g;
                }
            }
            if (hasAlpha) {
                double ground = inkWeight > 0 && inkLuma / inkWeight > 0.5 ? 0 : 1;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        double a = raster.getSample(x, y, 1) / alphaMax;
                        v[y * w + x] = (float) (a * v[y * w + x] + (1 - a) * ground);
                    }
                }
            }
            return new GreyImage(v, w, h);
        }
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        boolean alpha = image.getColorModel().hasAlpha();
        double inkLuma = 0;
        double inkWeight = 0;
        if (alpha) {
            for (int p : argb) {
                double a = (p >>> 24) / 255.0;
                inkLuma += a * luma(p);
                inkWeight += a;
            }
        }
        double ground = alpha && inkWeight > 0 && inkLuma / inkWeight > 0.5 ? 0 : 1;
        float[] v = new float[w * h];
        for (int i = 0; i < v.length; i++) {
            double a = alpha ? (argb[i] >>> 24) / 255.0 : 1;
            v[i] = (float) (a * luma(argb[i]) + (1 - a) * ground);
        }
        return new GreyImage(v, w, h);
    }

    private static double luma(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return (0.299 * r + 0.587 * g + 0.114 * b) / 255.0;
    }

    /** True when the border is light on average: dark ink on paper, to be inverted. */
    public static boolean lightBackground(GreyImage g) {
        return borderMean(g) > 0.5;
    }

    static double borderMean(GreyImage g) {
        double sum = 0;
        int count = 0;
        for (int x = 0; x < g.width(); x++) {
            sum += g.at(x, 0) + g.at(x, g.height() - 1);
            count += 2;
        }
        for (int y = 1; y < g.height() - 1; y++) {
            sum += g.at(0, y) + g.at(g.width() - 1, y);
            count += 2;
        }
        return sum / count;
    }

    /** 1 − v. */
    public static GreyImage invert(GreyImage g) {
        float[] v = new float[g.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1 - g.values()[i];
        }
        return new GreyImage(v, g.width(), g.height());
    }

    /**
     * Removes an uneven, not quite black ground: subtracts the 90th percentile of the border and
     * stretches the rest to [0,1]. When the border is no one ground (a photograph's sky above a
     * building) or holds the picture's brightest parts, the darkest level is taken as the ground
     * instead. Throws only when the whole picture is one flat shade (an all-white or all-black picture).
     */
    public static GreyImage removeBackground(GreyImage g) {
        float[] border = new float[2 * g.width() + 2 * Math.max(0, g.height() - 2)];
        int n = 0;
        for (int x = 0; x < g.width(); x++) {
            border[n++] = g.at(x, 0);
            border[n++] = g.at(x, g.height() - 1);
        }
        for (int y = 1; y < g.height() - 1; y++) {
            border[n++] = g.at(0, y);
            border[n++] = g.at(g.width() - 1, y);
        }
        java.util.Arrays.sort(border, 0, n);
        double ground = border[Math.min(n - 1, (int) (n * 0.9))];
        double max = 0;
        double min = 1;
        for (float v : g.values()) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        if (max - min < FLAT_RANGE) {
            throw new DataException(flat(PICTURE));
        }
        double borderSpread = ground - border[(int) (n * 0.1)];
        if (borderSpread > UNEVEN_BORDER || max - ground < FLAT_RANGE) {
            ground = min;
        }
        float[] out = new float[g.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.max(0, Math.min(1, (g.values()[i] - ground) / (max - ground)));
        }
        return new GreyImage(out, g.width(), g.height());
    }

    private static void requireInk(GreyImage g) {
        double max = 0;
        double min = 1;
        for (float v : g.values()) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        if (max - min < FLAT_RANGE) {
            throw new DataException(flat(PICTURE));
        }
    }

    /** The smallest box holding every pixel brighter than 0.1 (the ink). */
    public static GreyImage crop(GreyImage g) {
        int x0 = g.width();
        int y0 = g.height();
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                if (g.at(x, y) > 0.1f) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            throw new DataException(flat(PICTURE));
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(g.values(), (y0 + y) * g.width() + x0, out, y * w, w);
        }
        return new GreyImage(out, w, h);
    }

    /** Scales so the longer side is {@code box} pixels, keeping the aspect ratio (area averaging down, bilinear up). */
    public static GreyImage fit(GreyImage g, int box) {
        double scale = (double) box / Math.max(g.width(), g.height());
        int w = Math.max(1, (int) Math.round(g.width() * scale));
        int h = Math.max(1, (int) Math.round(g.height() * scale));
        return resample(g, w, h);
    }

    static GreyImage resample(GreyImage g, int w, int h) {
        float[] out = new float[w * h];
        double sx = (double) g.width() / w;
        double sy = (double) g.height() / h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (sx > 1 || sy > 1) {
                    out[y * w + x] = (float) area(g, x * sx, y * sy, (x + 1) * sx, (y + 1) * sy);
                } else {
                    out[y * w + x] = (float) bilinear(g, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5);
                }
            }
        }
        return new GreyImage(out, w, h);
    }

    /** Mean of the source over the rectangle [x0,x1)×[y0,y1), each pixel weighted by its covered area. */
    private static double area(GreyImage g, double x0, double y0, double x1, double y1) {
        double sum = 0;
        double weight = 0;
        for (int y = (int) Math.floor(y0); y < Math.min(g.height(), Math.ceil(y1)); y++) {
            double wy = Math.min(y + 1, y1) - Math.max(y, y0);
            for (int x = (int) Math.floor(x0); x < Math.min(g.width(), Math.ceil(x1)); x++) {
                double wx = Math.min(x + 1, x1) - Math.max(x, x0);
                double a = wx * wy;
                sum += a * g.at(x, y);
                weight += a;
            }
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private static double bilinear(GreyImage g, double x, double y) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double fx = x - xi;
        double fy = y - yi;
        double a = pixel(g, xi, yi);
        double b = pixel(g, xi + 1, yi);
        double c = pixel(g, xi, yi + 1);
        double d = pixel(g, xi + 1, yi + 1);
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    private static double pixel(GreyImage g, int x, int y) {
        return g.at(Math.max(0, Math.min(g.width() - 1, x)), Math.max(0, Math.min(g.height() - 1, y)));
    }

    /** Places {@code g} in a {@code size}×{@code size} field so its centre of mass is at the field's centre (to within half a pixel). */
    public static GreyImage centre(GreyImage g, int size) {
        double[] com = g.centreOfMass();
        int dx = (int) Math.round(size / 2.0 - com[0]);
        int dy = (int) Math.round(size / 2.0 - com[1]);
        float[] out = new float[size * size];
        for (int y = 0; y < g.height(); y++) {
            int ty = y + dy;
            if (ty < 0 || ty >= size) {
                continue;
            }
            for (int x = 0; x < g.width(); x++) {
                int tx = x + dx;
                if (tx >= 0 && tx < size) {
                    out[ty * size + tx] = g.at(x, y);
                }
            }
        }
        return new GreyImage(out, size, size);
    }
}
