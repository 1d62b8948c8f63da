package org.latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One data format Latent Lab opens from disk: its name and description for menus and help, how to
 * recognise it cheaply, and how to read it. Registered once, in {@link DatasetReaders#standard()}.
 */
public interface DatasetReader {
    /** Whether the format is a folder or one file: the window asks with a folder or a file chooser. */
    enum Source { FOLDER, FILE }

    /** A short name for a menu item, e.g. {@code IDX files}. */
    String name();

    /** One line for help and tooltips, lower case so it reads inside a sentence, e.g. {@code a CSV file with a label column}. */
    String description();

    /** A folder or a file. */
    Source source();

    /** File-chooser patterns such as {@code *.csv}; empty for a folder format. */
    List<String> extensions();

    /** A cheap look at the path (its name, first bytes or folder layout): true when this reader should open it. */
    boolean canRead(Path path);

    /**
     * Reads the data set, reporting the fraction done; a file that cannot be used raises a
     * {@link DataException} with one sentence naming it, a cancelled read a {@link ReadCancelledException}.
     */
    Dataset read(Path path, ReadProgress progress);

    /** True when {@code path} is a folder with an entry that {@code entry} accepts: the sniff of a folder reader's {@link #canRead}. */
    static boolean folderHolds(Path path, Predicate<Path> entry) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.anyMatch(entry);
        } catch (IOException e) {
            return false;
        }
    }
}
