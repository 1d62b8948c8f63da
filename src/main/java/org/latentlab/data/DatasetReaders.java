package org.latentlab.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The data formats Latent Lab opens from disk, in the order they are tried: the catalog picks the
 * first that can read a path, and the window's Open menu, its choosers and the command line's
 * {@code --dataset} help are worded from the same list. A new format is one class and one entry in
 * {@link #standard()}.
 */
public final class DatasetReaders {
    private static final DatasetReaders STANDARD = new DatasetReaders(List.of(
            new IdxFolderReader(),
            new ImageFolderReader(),
            new TableReader(),
            new CsvReader()));

    private final List<DatasetReader> readers;

    /** A list of readers tried in the given order. */
    public DatasetReaders(List<DatasetReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The formats the app and the command line open. */
    public static DatasetReaders standard() {
        return STANDARD;
    }

    /** The standard formats, with a folder of pictures prepared as {@code preparation} says. */
    public static DatasetReaders standard(Preparation preparation) {
        if (preparation.equals(Preparation.DIGITS)) {
            return STANDARD;
        }
        return new DatasetReaders(STANDARD.readers.stream()
                .map(r -> r instanceof ImageFolderReader ? new ImageFolderReader(preparation) : r).toList());
    }

    /** The standard formats with every CSV file read as a table of measurements ({@code --kind table}). */
    public static DatasetReaders tables() {
        return new DatasetReaders(STANDARD.readers.stream()
                .map(r -> r instanceof TableReader ? TableReader.forced() : r).toList());
    }

    /** Every reader, in the order they are tried. */
    public List<DatasetReader> all() {
        return readers;
    }

    /** The readers of folders, or of single files. */
    public List<DatasetReader> of(DatasetReader.Source source) {
        return readers.stream().filter(r -> r.source() == source).toList();
    }

    /** The first reader that can read {@code path}, if any. */
    public Optional<DatasetReader> forPath(Path path) {
        return readers.stream().filter(r -> r.canRead(path)).findFirst();
    }

    /** The names of the folder or file formats for a menu item, e.g. {@code IDX files or one sub-folder per class}. */
    public String names(DatasetReader.Source source) {
        return String.join(" or ", of(source).stream().map(DatasetReader::name).toList());
    }

    /** Every format's description in one phrase, e.g. {@code a folder holding …, or a CSV file …}. */
    public String formats() {
        List<String> d = readers.stream().map(DatasetReader::description).toList();
        if (d.size() <= 1) {
            return String.join("", d);
        }
        return String.join(", ", d.subList(0, d.size() - 1)) + ", or " + d.get(d.size() - 1);
    }

    /** One file-chooser filter: the format's name and its patterns (e.g. {@code *.csv}). */
    public record Filter(String name, List<String> patterns) {}

    /** The file formats' chooser filters, in order. */
    public List<Filter> fileFilters() {
        return of(DatasetReader.Source.FILE).stream().map(r -> new Filter(r.name(), r.extensions())).toList();
    }
}
