package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.DatasetReader;
import org.latentlab.data.DatasetReaders;

/** Every command's {@code --dataset} help is worded from the list of readers, so it names every format. */
class DatasetOptionHelpTest {
    private static String usage(String command) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Cli.commandLine(sink, sink).getSubcommands().get(command).getUsageMessage().replaceAll("\\s+", " ");
    }

    @Test
    void trainAndPcaNameTheShippedSetsAndEveryFormat() {
        for (String command : new String[] {"train", "pca"}) {
            String help = usage(command);
            assertThat(help).as(command).contains("--dataset=<dataset> The data: a shipped set (mnist-10k, fashion-10k, photos-2400), "
                    + DatasetReaders.standard().formats() + ". Default: mnist-10k.");
            for (DatasetReader r : DatasetReaders.standard().all()) {
                assertThat(help).as(command).contains(r.description());
            }
        }
    }

    @Test
    void theSharedPhraseIsTheCatalogsDescription() {
        assertThat(DatasetCatalog.describe(DatasetReaders.standard())).startsWith("a shipped set (mnist-10k, fashion-10k, photos-2400), a folder holding an IDX image file")
                .endsWith(", or a CSV file with a label column and one column per pixel");
    }
}
