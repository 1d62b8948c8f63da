package org.latentlab.cli;

import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.Preparation;
import org.latentlab.data.ReadProgress;
import picocli.CommandLine.Option;

/**
 * {@code --dataset}: the data a command trains or fits on, worded from the registry of readers (see
 * {@link OptionHelp}); and for a folder of pictures, how each is prepared ({@code --as pictures
 * --size 32 --colour}, or today's {@code --as digits}).
 */
public final class DatasetOption {
    @Option(names = "--dataset", defaultValue = "mnist-10k", descriptionKey = OptionHelp.DATASET)
    private String dataset;

    @Option(names = "--as", defaultValue = "digits", paramLabel = "pictures|digits",
            description = "A folder of pictures read as pictures (resized and centre-cropped) or as handwritten digits "
                    + "(inverted, cropped to the ink and centred as MNIST was made). Default: ${DEFAULT-VALUE}.")
    private String as;

    @Option(names = "--size", paramLabel = "SIDE",
            description = "The side pictures are prepared into: 16, 28, 32, 48, 64, 96 or 128 (default: 32 as pictures, 28 as digits).")
    private Integer size;

    @Option(names = "--colour", description = "Keep the pictures' colour (three channels) instead of making them grey; with --as pictures.")
    private boolean colour;

    @Option(names = "--kind", defaultValue = "auto", paramLabel = "auto|table",
            description = "table: read a CSV file as a table of measurements (a label column and numeric features, standardised) "
                    + "even when its features are a square number of pixels; auto tells a table from pixels by its columns and values. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String kind;

    /** The data set as given: a shipped set's name or a path. */
    public String id() {
        return dataset;
    }

    /** How a folder of pictures is prepared; a size out of range or an unknown mode is one sentence. */
    public Preparation preparation() {
        Preparation.Mode mode = Preparation.mode(as);
        if (mode == Preparation.Mode.DIGITS && colour) {
            throw new IllegalArgumentException("Digits are prepared grey: --colour goes with --as pictures.");
        }
        int side = size != null ? size : mode == Preparation.Mode.PICTURES ? 32 : 28;
        return new Preparation(mode, side, colour);
    }

    /** Reads the data set, a folder of pictures prepared as {@link #preparation()} says. */
    public Dataset load(ReadProgress progress) {
        if (table()) {
            return DatasetCatalog.load(dataset, org.latentlab.data.DatasetReaders.tables(), progress);
        }
        return DatasetCatalog.load(dataset, preparation(), progress);
    }

    /** True when {@code --kind table} says a CSV file is a table; an unknown kind is one sentence. */
    public boolean table() {
        return switch (kind.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "table" -> true;
            case "auto" -> false;
            default -> throw new IllegalArgumentException("--kind is auto or table, not '" + kind + "'.");
        };
    }
}
