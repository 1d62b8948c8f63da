package org.latentlab.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.latentlab.persistence.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench fuzz}: a longer run of the reader fuzz, with counts per reader and the inputs any reader failed on. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Feed each file reader mutated copies of a valid file and count what it read, refused and failed on.")
final class BenchFuzzCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--inputs", defaultValue = "5000", description = "Mutated copies per reader (default: ${DEFAULT-VALUE}).")
    int inputs;

    @Option(names = "--seed", defaultValue = "19", description = "Seed of the mutations (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reader", split = ",", description = "Only these readers (default: all of idx, csv, image-folder, checkpoint, session, preset).")
    List<String> readers;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> chosen = readers == null ? ReaderFuzz.readers() : readers;
        for (String r : chosen) {
            if (!ReaderFuzz.readers().contains(r)) {
                throw new IllegalArgumentException("There is no reader '" + r + "': choose from " + String.join(", ", ReaderFuzz.readers()) + ".");
            }
        }
        if (inputs < 1) {
            throw new IllegalArgumentException("--inputs must be at least 1, got " + inputs + ".");
        }
        Path work = Files.createTempDirectory("latentlab-fuzz-");
        JsonArray all = new JsonArray();
        int failed = 0;
        try {
            for (String r : chosen) {
                long start = System.nanoTime();
                ReaderFuzz.Outcome o = ReaderFuzz.run(r, inputs, seed, work);
                double seconds = (System.nanoTime() - start) / 1e9;
                failed += o.failed();
                if (json) {
                    JsonObject j = new JsonObject();
                    j.addProperty("reader", r);
                    j.addProperty("inputs", o.inputs());
                    j.addProperty("read", o.read());
                    j.addProperty("refused", o.refused());
                    j.addProperty("failed", o.failed());
                    j.addProperty("seconds", seconds);
                    JsonArray f = new JsonArray();
                    o.failures().forEach(f::add);
                    j.add("failures", f);
                    all.add(j);
                } else {
                    stdout.printf("%-13s %6d inputs  %6d read  %6d refused with a sentence  %4d failed  %.1f s%n", r, o.inputs(),
                            o.read(), o.refused(), o.failed(), seconds);
                    o.failures().forEach(f -> stdout.println("    " + f));
                    stdout.flush();
                }
            }
        } finally {
            AtomicFiles.deleteTree(work);
        }
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("seed", seed);
            o.add("readers", all);
            Json.print(stdout, o);
        }
        return failed == 0 ? 0 : 1;
    }
}
