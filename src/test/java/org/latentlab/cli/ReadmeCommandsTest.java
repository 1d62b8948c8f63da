package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command-line example the README shows runs as written and exits 0, in the README's order
 * (so {@code evaluate --model runs/ae2} reads what {@code train --out runs/ae2} wrote). Only the
 * folders they write to are moved into a temporary folder. Left to other tests or out of reach here:
 * {@code figure} (FigureCommandTest runs it), {@code bench} (minutes of timing), and the GPU lines.
 */
class ReadmeCommandsTest {
    private static final String LAUNCHER = "java -jar target/latentlab.jar ";

    @TempDir
    Path dir;

    static List<String> readmeCommands() throws Exception {
        List<String> commands = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            String l = line.strip();
            if (l.startsWith(LAUNCHER)) {
                commands.add(l.substring(LAUNCHER.length()).replaceAll("\\s+#.*$", ""));
            }
        }
        return commands;
    }

    @Test
    void everyCommandLineExampleInTheReadmeRunsAsWrittenAndExitsZero() throws Exception {
        List<String> ran = new ArrayList<>();
        for (String command : readmeCommands()) {
            List<String> args = new ArrayList<>(Arrays.asList(command.split("\\s+")));
            String name = args.get(0);
            if (name.equals("figure") || name.equals("bench") || args.contains("--device")) {
                continue;
            }
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("runs/")) {
                    args.set(i, dir.resolve(a).toString());
                } else if (i > 0 && args.get(i - 1).equals("--out")) {
                    args.set(i, dir.resolve(a).toString());
                }
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new));
            assertThat(code).as(command + "\n" + err).isZero();
            assertThat(out.toString()).as(command).isNotBlank();
            ran.add(name);
        }
        assertThat(ran).as("the README's commands that run here").contains("train", "evaluate", "pca", "info", "denoise");
        try (var written = Files.list(dir.resolve("denoised"))) {
            assertThat(written.filter(p -> p.toString().endsWith(".png")).count())
                    .as("a denoised picture for each of the shipped samples").isGreaterThanOrEqualTo(5);
        }
    }
}
