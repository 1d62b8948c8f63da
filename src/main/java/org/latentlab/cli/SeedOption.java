package org.latentlab.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the seed of the train/validation split, and of the run where the command trains one. */
public final class SeedOption {
    @Option(names = "--seed", defaultValue = "7", descriptionKey = OptionHelp.SEED,
            description = "Seed of the train/validation split, the weights and the batch order (default: ${DEFAULT-VALUE}).")
    private long seed;

    public long value() {
        return seed;
    }
}
