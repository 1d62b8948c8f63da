package org.latentlab.data;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A photograph's EXIF orientation (the tag a phone writes instead of turning the pixels), read with
 * TwelveMonkeys' metadata reader, and the turn or mirror that puts the pixels upright.
 */
final class Orientation {
    private Orientation() {}

    /** The orientation tag (1 to 8) of a JPEG in {@code in}, 1 when it has none or is another format; the stream is left at its start. */
    static int of(ImageReader reader, ImageInputStream in) {
        try {
            if (!reader.getFormatName().toLowerCase(java.util.Locale.ROOT).contains("jp")) {
                return 1;
            }
            in.mark();
            try {
                List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
                if (exif.isEmpty()) {
                    return 1;
                }
                InputStream data = exif.get(0).data();
                data.read();
                try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                    Directory directory = new TIFFReader().read(tiff);
                    Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                    int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            } finally {
                in.reset();
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /**
     * The planes turned upright: {@code planes[c]} are {@code w×h} values row by row; the result's
     * width and height are swapped for orientations 5 to 8 (a quarter turn).
     */
    static Planes upright(Planes p, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return p;
        }
        int w = p.width();
        int h = p.height();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        float[][] out = new float[p.planes().length][ow * oh];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                for (int c = 0; c < out.length; c++) {
                    out[c][y * ow + x] = p.planes()[c][sy * w + sx];
                }
            }
        }
        return new Planes(out, ow, oh);
    }

    /** Channel planes of one picture, each {@code width×height} values row by row. */
    record Planes(float[][] planes, int width, int height) {}
}
