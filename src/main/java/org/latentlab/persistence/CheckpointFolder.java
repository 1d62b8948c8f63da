package org.latentlab.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces the files a checkpoint owns inside its folder, and nothing else there, so that after a
 * crash at any instant the folder holds the old checkpoint or the new one once {@link #recover}
 * has run. The new files are written into a hidden {@code .tmp-*} folder inside the checkpoint
 * folder; renaming it to {@code .new-*} (with its list of files) is the commit; the files are then
 * moved into place one by one. {@link #recover} deletes an uncommitted {@code .tmp-*} and finishes
 * a committed {@code .new-*}.
 */
final class CheckpointFolder {
    /** The files a checkpoint owns; every other file in its folder is the person's. */
    static final List<String> OWNED = List.of(Checkpoints.CODES, Checkpoints.METRICS, Checkpoints.WEIGHTS, Checkpoints.SPEC);
    private static final String MANIFEST = "files";
    private static final String STAGING = ".tmp-";
    private static final String COMMITTED = ".new-";

    /** Stops a save after a given step, as a crash would (tests only); {@link #NEVER} for a real save. */
    interface Crash {
        boolean after(int step);
    }

    static final Crash NEVER = step -> false;

    private CheckpointFolder() {}

    /** Writes the checkpoint's files with {@code content} and puts them in place of the old ones. */
    static void replace(Path dir, AtomicFiles.FolderContent content) throws IOException {
        replace(dir, content, NEVER);
    }

    /** As {@link #replace(Path, AtomicFiles.FolderContent)}, stopping without cleaning up where {@code crash} says. */
    static void replace(Path dir, AtomicFiles.FolderContent content, Crash crash) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        recover(dir);
        Files.createDirectories(dir);
        String id = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Path staging = Files.createDirectory(dir.resolve(STAGING + id));
        int step = 0;
        Path committed = dir.resolve(COMMITTED + id);
        try {
            content.writeInto(staging);
            if (crash.after(++step)) {
                return;
            }
            List<String> files = new ArrayList<>();
            for (String name : OWNED) {
                if (Files.isRegularFile(staging.resolve(name))) {
                    files.add(name);
                    force(staging.resolve(name));
                }
            }
            Files.writeString(staging.resolve(MANIFEST), String.join("\n", files), StandardCharsets.UTF_8);
            force(staging.resolve(MANIFEST));
            forceFolder(staging);
            if (crash.after(++step)) {
                return;
            }
            move(staging, committed);
            forceFolder(dir);
        } catch (IOException | RuntimeException | Error e) {
            AtomicFiles.deleteTree(staging);
            throw e;
        }
        if (crash.after(++step)) {
            return;
        }
        finish(dir, committed, crash, step);
    }

    /**
     * Puts right what a crash during a save left in {@code dir}: an uncommitted new checkpoint is
     * deleted, a committed one is moved into place, and the sibling folders older versions left
     * ({@code .<name>.tmp-*}, {@code .<name>.old-*}) are removed or, when the checkpoint itself
     * was moved away, put back. Does nothing (and writes nothing) when there is nothing to do.
     */
    static void recover(Path dir) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        recoverSiblings(dir);
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path p : list(dir, STAGING)) {
            AtomicFiles.deleteTree(p);
        }
        for (Path p : list(dir, COMMITTED)) {
            finish(dir, p, NEVER, Integer.MIN_VALUE);
        }
    }

    /** Moves a committed folder's files into place, deletes the owned files it lacks, then the folder. */
    private static void finish(Path dir, Path committed, Crash crash, int step) throws IOException {
        Path manifest = committed.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            AtomicFiles.deleteTree(committed); // every file was moved; only the empty folder was left
            return;
        }
        List<String> files = Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(OWNED::contains).toList();
        for (String name : OWNED) {
            if (!files.contains(name)) {
                Files.deleteIfExists(dir.resolve(name));
                if (crash.after(++step)) {
                    return;
                }
            }
        }
        for (String name : OWNED) { // spec.json last: it is what marks a folder as a checkpoint
            Path from = committed.resolve(name);
            if (files.contains(name) && Files.exists(from)) {
                move(from, dir.resolve(name));
                if (crash.after(++step)) {
                    return;
                }
            }
        }
        forceFolder(dir);
        Files.delete(manifest);
        if (crash.after(++step)) {
            return;
        }
        AtomicFiles.deleteTree(committed);
    }

    /** What the folder-renaming save of earlier versions left beside {@code dir}. */
    private static void recoverSiblings(Path dir) throws IOException {
        Path parent = dir.getParent();
        if (parent == null || dir.getFileName() == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = dir.getFileName().toString();
        for (Path old : list(parent, "." + name + ".old-")) {
            if (!Files.exists(dir) && Checkpoints.isCheckpoint(old)) {
                move(old, dir);
            } else {
                AtomicFiles.deleteTree(old);
            }
        }
        for (Path tmp : list(parent, "." + name + ".tmp-")) {
            AtomicFiles.deleteTree(tmp);
        }
    }

    /** The folders in {@code folder} whose names start with {@code prefix}, sorted. */
    private static List<Path> list(Path folder, String prefix) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                if (p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Folders cannot be opened for syncing everywhere; each rename is still atomic.
        }
    }
}
