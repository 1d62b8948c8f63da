package org.latentlab.app;

import org.latentlab.cli.Cli;
import org.latentlab.ml.device.EngineSetup;
import picocli.CommandLine;

/**
 * Entry point. Without arguments it opens the explorer window; with arguments it runs the command
 * line. It does not extend {@code Application}, so the jar starts with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    /** The command line with the commands that drive the UI ({@code figure}, {@code bench ui}), which only app may wire. */
    static CommandLine commandLine() {
        CommandLine cl = Cli.commandLine(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
        cl.addSubcommand("figure", new FigureCommand());
        cl.getSubcommands().get("bench").addSubcommand("ui", new BenchUiCommand());
        return cl;
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Logging.configure(false, true);
            // After the log is set up: the check of the unpacked libtorch asks DJL, which logs.
            EngineSetup.configure();
            ExplorerApp.launchExplorer(args);
        } else {
            CommandLine cl = commandLine();
            CommandLine.IExecutionStrategy run = cl.getExecutionStrategy();
            cl.setExecutionStrategy(parsed -> {
                Logging.configure(verbose(parsed), false);
                EngineSetup.configure();
                // The window says this in its sidebar; the command line on stderr.
                EngineSetup.repaired().ifPresent(cl.getErr()::println);
                return run.execute(parsed);
            });
            CommandLine.IExecutionExceptionHandler failed = cl.getExecutionExceptionHandler();
            cl.setExecutionExceptionHandler((ex, command, parsed) -> {
                java.util.Optional<String> fetch = EngineSetup.fetchFailure(ex);
                if (fetch.isEmpty()) {
                    return failed.handleExecutionException(ex, command, parsed);
                }
                org.slf4j.LoggerFactory.getLogger(Main.class).error("libtorch download failed", ex);
                command.getErr().println(fetch.get());
                return 1;
            });
            System.exit(cl.execute(args));
        }
    }

    /** Whether {@code --verbose} was given to the command or any of its parents. */
    static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
