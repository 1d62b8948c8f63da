package org.latentlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code figure} takes only a shipped set, and its {@code --dataset} help says so from the catalog. */
class FigureCommandHelpTest {
    @Test
    void figuresDatasetHelpNamesTheShippedSets() {
        String help = Main.commandLine().getSubcommands().get("figure").getUsageMessage().replaceAll("\\s+", " ");
        assertThat(help).contains("--dataset=<dataset> A shipped data set: mnist-10k or fashion-10k. Default: mnist-10k.");
    }
}
