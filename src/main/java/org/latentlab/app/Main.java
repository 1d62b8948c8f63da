package org.latentlab.app;

import org.latentlab.cli.Cli;
import org.latentlab.ml.device.EngineSetup;

/**
 * Entry point. Without arguments it opens the explorer window; with arguments it runs the command
 * line. It does not extend {@code Application}, so the jar starts with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    /** The command line with the commands that drive the UI ({@code figure}, {@code bench ui}), which only app may wire. */
    static picocli.CommandLine commandLine() {
        picocli.CommandLine cl = Cli.commandLine(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
        cl.addSubcommand("figure", new FigureCommand());
        cl.getSubcommands().get("bench").addSubcommand("ui", new BenchUiCommand());
        return cl;
    }

    public static void main(String[] args) {
        EngineSetup.configure();
        if (args.length == 0) {
            ExplorerApp.launchExplorer(args);
        } else {
            System.exit(commandLine().execute(args));
        }
    }
}
