package org.latentlab.cli;

import java.io.PrintWriter;
import org.latentlab.errors.Sentences;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code latentlab <command> ...}. Errors a person can cause end with one
 * sentence on stderr and a non-zero exit: 2 for a bad option, 1 for anything else.
 */
@Command(name = "latentlab", mixinStandardHelpOptions = true, version = "Latent Lab 0.1", resourceBundle = "org.latentlab.cli.OptionHelp",
        description = "Train, evaluate and compare autoencoders. Run without arguments to open the explorer window.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PcaCommand.class, DenoiseCommand.class, InfoCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read by app.Main from the parse result: the log then goes to stderr as well as to its file. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Also write the log to stderr.")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: train, evaluate, pca, denoise, figure, info or bench.");
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("Run with --help for the options.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(Sentences.of(ex));
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }
}
