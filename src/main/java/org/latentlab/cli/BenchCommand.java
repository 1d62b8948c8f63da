package org.latentlab.cli;

import picocli.CommandLine.Command;

/** {@code bench}: speed figures, printed rather than asserted (these machines are noisy). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory and print the figures.",
        subcommands = {BenchTrainingCommand.class, BenchVariantsCommand.class, BenchPcaCommand.class, BenchProjectionCommand.class,
                BenchFuzzCommand.class, BenchPicturesCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name what to measure: training, variants, pca, projection, fuzz or ui.");
    }
}
