package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.latentlab.ml.model.Knob;
import org.latentlab.ml.model.Knobs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The nine commands keep their options, names, defaults and wording, now that the shared ones are mixins. */
class CommandOptionsTest {
    /** Each command's options besides --help and --version, the knobs of train written as "knobs". */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "train", List.of("--as", "--colour", "--dataset", "--device", "--epochs", "--json", "--kind", "--out", "--seed", "--size", "--variant", "knobs"),
            "evaluate", List.of("--compare-pca", "--json", "--model"),
            "pca", List.of("--as", "--colour", "--components", "--dataset", "--json", "--kind", "--seed", "--size", "--standardise", "--whiten"),
            "denoise", List.of("--json", "--model", "--noise", "--out", "--seed"),
            "info", List.of("--json"),
            "bench training", List.of("--batch", "--json", "--steps", "--threads", "--warmup"),
            "bench variants", List.of("--json", "--threads", "--variants"),
            "bench pca", List.of("--components", "--json", "--repeats"),
            "bench projection", List.of("--codes", "--json", "--queries", "--tsne-iterations"));

    /** The arguments a command needs besides --json to parse. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "train", List.of("--out", "x"),
            "pca", List.of("--components", "2"),
            "evaluate", List.of("--model", "x"),
            "denoise", List.of("--model", "x", "--out", "y", "in.png"));

    private static CommandLine root() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Cli.commandLine(sink, sink);
    }

    private static CommandLine command(String path) {
        CommandLine c = root();
        for (String name : path.split(" ")) {
            c = c.getSubcommands().get(name);
        }
        return c;
    }

    private static String usage(String path) {
        return command(path).getUsageMessage().replaceAll("\\s+", " ");
    }

    /** The command at {@code path} after parsing {@code args} from the root, as {@code latentlab} does. */
    private static CommandSpec parsed(String path, List<String> args) {
        List<String> line = new ArrayList<>(List.of(path.split(" ")));
        line.addAll(args);
        ParseResult r = root().parseArgs(line.toArray(String[]::new));
        while (r.hasSubcommand()) {
            r = r.subcommand();
        }
        return r.commandSpec();
    }

    /** The mixin a parsed command holds under {@code name}. */
    private static <T> T mixin(CommandSpec c, String name, Class<T> type) {
        return type.cast(c.mixins().get(name).userObject());
    }

    private static OptionSpec option(String path, String name) {
        return command(path).getCommandSpec().findOption(name);
    }

    private static String description(String path, String name) {
        return String.join(" ", option(path, name).description());
    }

    @Test
    void eachCommandListsTheOptionsItHadAndNoOthers() {
        List<String> knobs = Knobs.ALL.stream().map(Knob::option).toList();
        OPTIONS.forEach((path, expected) -> {
            List<String> want = new ArrayList<>();
            expected.forEach(o -> {
                if (o.equals("knobs")) {
                    want.addAll(knobs);
                } else {
                    want.add(o);
                }
            });
            TreeSet<String> names = new TreeSet<>();
            command(path).getCommandSpec().options().forEach(o -> names.add(o.longestName()));
            names.removeAll(List.of("--help", "--version"));
            // --verbose is the root command's, inherited by every command.
            assertThat(names).as(path).contains("--verbose");
            names.remove("--verbose");
            assertThat(names).as(path).containsExactlyInAnyOrderElementsOf(want);
            String help = usage(path);
            want.forEach(o -> assertThat(help).as(path).contains(o));
        });
    }

    @Test
    void jsonIsReadByEveryCommand() {
        OPTIONS.keySet().forEach(path -> {
            for (boolean given : new boolean[] {true, false}) {
                List<String> args = new ArrayList<>(REQUIRED.getOrDefault(path, List.of()));
                if (given) {
                    args.add(0, "--json");
                }
                JsonOption json = mixin(parsed(path, args), "output", JsonOption.class);
                assertThat(json.requested()).as(path + " " + args).isEqualTo(given);
            }
            assertThat(description(path, "--json")).as(path).isEqualTo("Print one JSON object on stdout.");
        });
    }

    @Test
    void datasetAndSeedKeepEachCommandsDefaultsAndWording() {
        for (String path : List.of("train", "pca")) {
            CommandSpec c = parsed(path, REQUIRED.get(path));
            assertThat(mixin(c, "dataset", DatasetOption.class).id()).isEqualTo("mnist-10k");
            assertThat(mixin(c, "seed", SeedOption.class).value()).isEqualTo(7);

            List<String> args = new ArrayList<>(REQUIRED.get(path));
            args.addAll(List.of("--dataset", "fashion-10k", "--seed", "11"));
            c = parsed(path, args);
            assertThat(mixin(c, "dataset", DatasetOption.class).id()).isEqualTo("fashion-10k");
            assertThat(mixin(c, "seed", SeedOption.class).value()).isEqualTo(11);
        }
        assertThat(usage("train")).contains("--seed=<seed> Seed of the train/validation split, the weights and the batch order (default: 7).");
        assertThat(usage("pca")).contains("--seed=<seed> Seed of the train/validation split (default: 7, as train).");
        assertThat(usage("denoise")).contains("--seed=<seed> Seed of the noise (default: 1).");
    }

    @Test
    void theBenchmarksTakeAThreadCount() {
        for (String path : List.of("bench training", "bench variants")) {
            assertThat(usage(path)).as(path).contains("--threads=<threads> libtorch intra-op threads (default: cores − 1).");
            assertThat(parsed(path, List.of("--threads", "3")).findOption("--threads").<Integer>getValue()).as(path).isEqualTo(3);
        }
    }
}
