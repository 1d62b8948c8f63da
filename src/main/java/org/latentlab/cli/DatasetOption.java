package org.latentlab.cli;

import picocli.CommandLine.Option;

/** {@code --dataset}: the data a command trains or fits on, worded from the registry of readers (see {@link OptionHelp}). */
public final class DatasetOption {
    @Option(names = "--dataset", defaultValue = "mnist-10k", descriptionKey = OptionHelp.DATASET)
    private String dataset;

    /** The data set as given: a shipped set's name or a path. */
    public String id() {
        return dataset;
    }
}
