package org.latentlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST format), gzip-compressed or raw: images {@code 0x00000803} (N×rows×cols
 * unsigned bytes) or {@code 0x00000804} (N×channels×rows×cols, colour planes) and labels {@code 0x00000801} (N unsigned bytes). Magic numbers, dimensions and
 * lengths are checked, so a corrupt file is refused with one sentence rather than read as noise.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned-byte images with three dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned-byte colour images with four dimensions (N×channels×rows×cols). */
    public static final int COLOUR_IMAGES_MAGIC = 0x00000804;
    /** Magic number of an IDX file of unsigned-byte labels with one dimension. */
    public static final int LABELS_MAGIC = 0x00000801;
    private static final long MAX_VALUES = Integer.MAX_VALUE - 16;
    /** Bytes read between two progress reports. */
    private static final int CHUNK = 1 << 20;

    private IdxReader() {}

    /** Pixels of every image, row-major (a colour image's R, G and B planes one after another), the image size and its channels. */
    public record Images(int count, int rows, int cols, byte[] pixels, int channels) {
        /** Grey images. */
        public Images(int count, int rows, int cols, byte[] pixels) {
            this(count, rows, cols, pixels, 1);
        }
    }

    /** Reads an IDX image file from disk. */
    public static Images readImages(Path file) {
        return readImages(file, ReadProgress.NONE);
    }

    /** Reads an IDX image file from disk, reporting the fraction of its pixels read. */
    public static Images readImages(Path file, ReadProgress progress) {
        try (InputStream in = open(file)) {
            return readImages(in, file.getFileName().toString(), progress);
        } catch (IOException e) {
            throw failure(file.getFileName().toString(), e);
        }
    }

    /** Reads an IDX label file from disk. */
    public static byte[] readLabels(Path file) {
        return readLabels(file, ReadProgress.NONE);
    }

    /** Reads an IDX label file from disk, reporting the fraction of its labels read. */
    public static byte[] readLabels(Path file, ReadProgress progress) {
        try (InputStream in = open(file)) {
            return readLabels(in, file.getFileName().toString(), progress);
        } catch (IOException e) {
            throw failure(file.getFileName().toString(), e);
        }
    }

    /** Reads IDX images from a stream that may be gzip-compressed; {@code name} is used in messages. */
    public static Images readImages(InputStream raw, String name) {
        return readImages(raw, name, ReadProgress.NONE);
    }

    /** Reads IDX images from a stream, reporting the fraction of its pixels read. */
    public static Images readImages(InputStream raw, String name, ReadProgress progress) {
        try {
            DataInputStream in = new DataInputStream(maybeGunzip(raw));
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC && magic != COLOUR_IMAGES_MAGIC) {
                throw new DataException(String.format(
                        "%s is not an IDX image file: its magic number is 0x%08X, expected 0x%08X.", name, magic, IMAGES_MAGIC));
            }
            int count = in.readInt();
            int channels = magic == COLOUR_IMAGES_MAGIC ? in.readInt() : 1;
            int rows = in.readInt();
            int cols = in.readInt();
            if (channels != 1 && channels != 3) {
                throw new DataException(String.format("%s declares images of %d channels; only 1 (grey) or 3 (colour) can be read.", name, channels));
            }
            if (count <= 0 || rows <= 0 || cols <= 0 || (long) count * channels * rows * cols > MAX_VALUES) {
                throw new DataException(String.format(
                        "%s declares %d images of %d×%d pixels, which is not a usable size.", name, count, rows, cols));
            }
            byte[] pixels = new byte[count * channels * rows * cols];
            readFully(in, pixels, name, "images", progress);
            return new Images(count, rows, cols, pixels, channels);
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** Reads IDX labels from a stream that may be gzip-compressed; {@code name} is used in messages. */
    public static byte[] readLabels(InputStream raw, String name) {
        return readLabels(raw, name, ReadProgress.NONE);
    }

    /** Reads IDX labels from a stream, reporting the fraction of its labels read. */
    public static byte[] readLabels(InputStream raw, String name, ReadProgress progress) {
        try {
            DataInputStream in = new DataInputStream(maybeGunzip(raw));
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new DataException(String.format(
                        "%s is not an IDX label file: its magic number is 0x%08X, expected 0x%08X.", name, magic, LABELS_MAGIC));
            }
            int count = in.readInt();
            if (count <= 0 || count > MAX_VALUES) {
                throw new DataException(String.format("%s declares %d labels, which is not a usable count.", name, count));
            }
            byte[] labels = new byte[count];
            readFully(in, labels, name, "labels", progress);
            return labels;
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new DataException("There is no file at " + file + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + " is not a file.");
        }
        return Files.newInputStream(file);
    }

    /** Gzip is recognised by its two magic bytes, so a file named .gz that is raw IDX still reads. */
    private static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    private static void readFully(DataInputStream in, byte[] into, String name, String what, ReadProgress progress) throws IOException {
        int off = 0;
        while (off < into.length) {
            progress.advance((double) off / into.length, name);
            int n = in.read(into, off, Math.min(CHUNK, into.length - off));
            if (n < 0) {
                throw new DataException(String.format(
                        "%s is truncated: it declares %d bytes of %s but holds only %d.", name, into.length, what, off));
            }
            off += n;
        }
        if (in.read() >= 0) {
            throw new DataException(String.format("%s holds more data than its header declares.", name));
        }
        progress.advance(1, name);
    }

    private static DataException failure(String name, IOException e) {
        if (e instanceof EOFException) {
            return new DataException(name + " is truncated: it ends inside its header or data.", e);
        }
        if (e instanceof ZipException) {
            return new DataException(name + " is not a valid gzip file (" + e.getMessage() + ").", e);
        }
        if (e instanceof NoSuchFileException) {
            return new DataException("There is no file at " + e.getMessage() + ".", e);
        }
        return new DataException(org.latentlab.errors.Sentences.after("Could not read " + name, e), e);
    }
}
