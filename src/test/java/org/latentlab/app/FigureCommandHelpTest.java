package org.latentlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latentlab.ml.model.Knob;
import org.latentlab.ml.model.Knobs;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import picocli.CommandLine;

/** {@code figure}'s options: only a shipped set, every knob of the model, and its own wording of the shared ones. */
class FigureCommandHelpTest {
    private static CommandLine figure() {
        return Main.commandLine().getSubcommands().get("figure");
    }

    private static String help() {
        return figure().getUsageMessage().replaceAll("\\s+", " ");
    }

    @Test
    void figuresDatasetHelpNamesTheShippedSets() {
        assertThat(help()).contains("--dataset=<dataset> A shipped data set: mnist-10k or fashion-10k or photos-2400. Default: mnist-10k.");
    }

    @Test
    void figureKeepsItsWordingOfTheSharedOptions() {
        assertThat(help()).contains("--seed=<seed> Seed. Default: 7.", "--json Print the files written as JSON.",
                "--epochs=<epochs> Epochs to train before rendering. Default: 3.");
    }

    @Test
    void figureTakesEveryKnob() {
        for (Knob<?> knob : Knobs.ALL) {
            assertThat(figure().getCommandSpec().findOption(knob.option())).as(knob.option()).isNotNull();
        }
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("figure", "--variant", "vae", "--beta", "4", "--latent", "3", "--out", "figures");
        ModelSpec spec = ((FigureCommand) parsed.subcommand().commandSpec().userObject()).knobs.spec();
        assertThat(spec.variant()).isEqualTo(Variant.VAE);
        assertThat(spec.beta()).isEqualTo(4.0);
        assertThat(spec.codeSize()).isEqualTo(3);
    }
}
