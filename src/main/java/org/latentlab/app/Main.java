package org.latentlab.app;

import org.latentlab.cli.Cli;
import org.latentlab.ml.device.EngineSetup;

/**
 * Entry point. Without arguments it opens the explorer window; with arguments it runs the command
 * line. It does not extend {@code Application}, so the jar starts with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        EngineSetup.configure();
        if (args.length == 0) {
            ExplorerApp.launchExplorer(args);
        } else {
            System.exit(Cli.execute(args));
        }
    }
}
