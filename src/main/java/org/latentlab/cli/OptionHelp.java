package org.latentlab.cli;

import java.util.ListResourceBundle;
import java.util.stream.Collectors;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.DatasetReaders;

/**
 * Option descriptions that are not written into one command: picocli reads them by an option's
 * {@code descriptionKey} through the root command's resource bundle, which every subcommand
 * inherits. A key prefixed with a command's qualified name ({@code latentlab.figure.seed}) words a
 * shared option the way that command needs.
 */
public final class OptionHelp extends ListResourceBundle {
    /** {@code --dataset}: the shipped sets and every format a reader takes. */
    public static final String DATASET = "dataset";
    /** {@code --seed}. */
    public static final String SEED = "seed";
    /** {@code --json}. */
    public static final String JSON = "json";

    @Override
    protected Object[][] getContents() {
        String shipped = DatasetCatalog.shipped().stream().map(DatasetCatalog.Shipped::name).collect(Collectors.joining(" or "));
        return new Object[][] {
            {DATASET, escape("The data: " + DatasetCatalog.describe(DatasetReaders.standard()) + ".") + " Default: ${DEFAULT-VALUE}."},
            {key("pca", SEED), "Seed of the train/validation split (default: ${DEFAULT-VALUE}, as train)."},
            {key("figure", DATASET), escape("A shipped data set: " + shipped + ".") + " Default: ${DEFAULT-VALUE}."},
            {key("figure", SEED), "Seed. Default: ${DEFAULT-VALUE}."},
            {key("figure", JSON), "Print the files written as JSON."},
            {key("bench ui", JSON), "Print the figures as JSON."},
        };
    }

    /** The key of {@code option}'s wording in one command, named by its path below the root ({@code "bench ui"}). */
    private static String key(String command, String option) {
        return "latentlab." + command.replace(' ', '.') + "." + option;
    }

    /** Descriptions are format strings: a percent sign in a format's wording must stay one. */
    private static String escape(String text) {
        return text.replace("%", "%%");
    }
}
