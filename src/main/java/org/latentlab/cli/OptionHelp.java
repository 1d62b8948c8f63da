package org.latentlab.cli;

import java.util.ListResourceBundle;
import java.util.stream.Collectors;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.DatasetReaders;

/**
 * Option descriptions worded from the registries rather than written into each command: picocli
 * reads them by an option's {@code descriptionKey} through the root command's resource bundle,
 * which every subcommand inherits.
 */
public final class OptionHelp extends ListResourceBundle {
    /** {@code --dataset} of a command that reads any data set: the shipped sets and every format. */
    public static final String DATASET = "dataset";
    /** {@code --dataset} of a command that takes only a shipped set. */
    public static final String SHIPPED_DATASET = "dataset.shipped";

    @Override
    protected Object[][] getContents() {
        String shipped = DatasetCatalog.shipped().stream().map(DatasetCatalog.Shipped::name).collect(Collectors.joining(" or "));
        return new Object[][] {
            {DATASET, escape("The data: " + DatasetCatalog.describe(DatasetReaders.standard()) + ".") + " Default: ${DEFAULT-VALUE}."},
            {SHIPPED_DATASET, escape("A shipped data set: " + shipped + ".") + " Default: ${DEFAULT-VALUE}."},
        };
    }

    /** Descriptions are format strings: a percent sign in a format's wording must stay one. */
    private static String escape(String text) {
        return text.replace("%", "%%");
    }
}
