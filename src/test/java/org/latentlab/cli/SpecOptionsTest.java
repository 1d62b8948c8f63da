package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.data.Noise;
import org.latentlab.ml.model.Knob;
import org.latentlab.ml.model.Knobs;
import org.latentlab.ml.model.KnobsTest;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The knobs' options: one per knob of the table, each a spec's value read back the same. */
class SpecOptionsTest {
    @Command(name = "probe")
    static final class Probe {
        @Mixin
        SpecOptions knobs;
    }

    private static ModelSpec parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.knobs.spec();
    }

    @Test
    void eachVariantsDefaultsAreTheSameAfterItsArguments() {
        for (Variant v : Variant.values()) {
            ModelSpec spec = ModelSpec.defaults(v);
            assertThat(parse(SpecOptions.arguments(spec).toArray(String[]::new))).as(v.id()).isEqualTo(spec);
        }
    }

    @Test
    void eachKnobChangedFromItsDefaultIsTheSameAfterItsArguments() {
        for (ModelSpec spec : KnobsTest.changedSpecs()) {
            List<String> args = SpecOptions.arguments(spec);
            assertThat(parse(args.toArray(String[]::new))).as(String.join(" ", args)).isEqualTo(spec);
        }
    }

    @Test
    void theReadmesOptionsStillWork() {
        ModelSpec s = parse("--variant", "sparse", "--sparsity", "topk", "--k", "5", "--latent", "32", "--hidden", "256,64",
                "--lr", "0.01", "--batch", "64", "--activation", "tanh");
        assertThat(s.sparsity()).isEqualTo(ModelSpec.Sparsity.TOPK);
        assertThat(s.k()).isEqualTo(5);
        assertThat(s.latentSize()).isEqualTo(32);
        assertThat(s.hiddenSizes()).containsExactly(256, 64);
        assertThat(s.learningRate()).isEqualTo(0.01);
        assertThat(s.batchSize()).isEqualTo(64);
        assertThat(parse("--variant", "stacked", "--tied", "--hidden", "128").tied()).isTrue();
        assertThat(parse("--variant", "stacked", "--tied", "false").tied()).isFalse();
        assertThat(parse("--variant", "denoising", "--noise", "masking:0.3").noise()).isEqualTo(new Noise(Noise.Kind.MASKING, 0.3));
        assertThat(parse("--variant", "convolutional", "--upsampling", "transposed").upsampling()).isEqualTo(ModelSpec.Upsampling.TRANSPOSED);
        assertThat(parse("--variant", "vae", "--beta", "4").beta()).isEqualTo(4.0);
        assertThat(parse("--variant", "undercomplete", "--hidden", "none").hiddenSizes()).isEmpty();
    }

    @Test
    void helpListsEveryKnobWithItsHelpAndTheVariantsThatUseIt() {
        String help = new CommandLine(new Probe()).getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
        for (Knob<?> k : Knobs.ALL) {
            assertThat(help).contains(k.option()).contains(k.help().replaceAll("\\s+", " ")).contains("Used by: " + k.usage());
        }
        assertThat(help).contains("Used by: vae.").contains("One of kl, l1 or topk.");
    }
}
