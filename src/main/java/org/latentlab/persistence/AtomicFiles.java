package org.latentlab.persistence;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.latentlab.errors.Sentences;

/**
 * Replaces a person's file only once the new one is complete: it is written to a temporary
 * sibling, forced to disk, then moved into place, so a crash or a failed write leaves the old one
 * as it was and no temporary file behind. (Checkpoint folders: {@link CheckpointFolder}.)
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes a file's content to the stream it is given (closing the stream is allowed, not needed). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills the (empty, temporary) folder it is given with a folder's content. */
    @FunctionalInterface
    public interface FolderContent {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Makes sure files can be written into {@code dir} (creating it and its parents), before any
     * work whose results would go there starts; otherwise one sentence naming the folder and what
     * is wrong, opened by {@code what} ({@code "The figures"}).
     */
    public static void prepareFolder(Path dir, String what) {
        Path folder = dir.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(what + " cannot be written to " + folder + ": it is a file, not a folder.");
        }
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(what + " cannot be written to " + folder + ": a folder cannot be made there.", e);
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(Sentences.after(what + " cannot be written to " + folder, e), e);
        }
        try {
            Files.delete(Files.createTempFile(folder, ".latentlab-probe-", ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(Sentences.after(what + " cannot be written to " + folder, e), e);
        }
    }

    /** Replaces {@code target} with the text, in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Replaces {@code target} with what {@code content} writes; if it throws, {@code target} is untouched. */
    public static void write(Path target, Content content) throws IOException {
        target = target.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createFile(sibling(target, "tmp"));
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(new KeepOpen(out));
                out.flush();
                channel.force(true);
            }
            move(tmp, target);
            forceFolder(parent);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(tmp, e);
            throw e;
        }
    }

    /** Deletes a folder and everything in it, best effort (for temporary folders). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(root)) {
            paths = s.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : paths) {
            try {
                Files.delete(p);
            } catch (IOException ignored) {
                // Best effort: a leftover temporary folder is harmless and named as such.
            }
        }
    }

    /** A hidden sibling name no other writer uses: {@code .<name>.<kind>-<random>}. */
    private static Path sibling(Path target, String kind) {
        long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + Long.toString(random, 36));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename in {@code folder} durable where the platform allows it (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Folders cannot be opened for syncing everywhere; the move itself is still atomic.
        }
    }

    private static void deleteQuietly(Path tmp, Throwable failure) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The writer's stream: closing it only flushes, so the file can still be forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
