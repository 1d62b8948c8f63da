package org.latentlab.cli;

import picocli.CommandLine.Option;

/** {@code --json}, which every command takes: print one JSON object on stdout instead of lines for a person. */
public final class JsonOption {
    @Option(names = "--json", descriptionKey = OptionHelp.JSON, description = "Print one JSON object on stdout.")
    private boolean json;

    /** Whether {@code --json} was given. */
    public boolean requested() {
        return json;
    }
}
