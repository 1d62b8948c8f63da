package org.latentlab.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.latentlab.analysis.Pca;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.IdxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench pca}: seconds to fit PCA on 10k×784 (mnist-10k) and 60k×784 (Fashion-MNIST's
 * training set from Debian's {@code dataset-fashion-mnist} when installed, else synthetic), by
 * route: the randomized first k components and the full decomposition.
 */
@Command(name = "pca", mixinStandardHelpOptions = true, description = "Seconds to fit PCA on 10k×784 and 60k×784, by route.")
final class BenchPcaCommand implements Callable<Integer> {
    private static final Path FASHION_TRAIN = Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--components", defaultValue = "16", description = "k for the randomized route (default: ${DEFAULT-VALUE}).")
    int components;

    @Option(names = "--repeats", defaultValue = "3", description = "Fits per figure; the fastest counts (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Dataset mnist = DatasetCatalog.load("mnist-10k");
        float[] small = mnist.values();
        String largeSource;
        float[] large;
        if (Files.isRegularFile(FASHION_TRAIN)) {
            byte[] px = IdxReader.readImages(FASHION_TRAIN).pixels();
            large = new float[px.length];
            for (int i = 0; i < px.length; i++) {
                large[i] = (px[i] & 0xff) / 255f;
            }
            largeSource = "fashion-mnist train (Debian dataset-fashion-mnist)";
        } else {
            java.util.Random r = new java.util.Random(1);
            large = new float[60_000 * 784];
            for (int i = 0; i < large.length; i++) {
                large[i] = r.nextFloat() < 0.8f ? 0f : r.nextFloat();
            }
            largeSource = "synthetic 60000×784 (80% zeros)";
        }
        int nLarge = large.length / 784;
        Pca.Options randomized = Pca.Options.defaults().withComponents(components).withRoute(Pca.Route.RANDOMIZED);
        Pca.Options full = Pca.Options.defaults().withRoute(Pca.Route.FULL);
        JsonObject o = new JsonObject();
        o.addProperty("fit_10k_randomized_seconds", best(() -> Pca.fit(small, 10_000, 784, randomized)));
        o.addProperty("fit_10k_full_seconds", best(() -> Pca.fit(small, 10_000, 784, full)));
        o.addProperty("fit_60k_randomized_seconds", best(() -> Pca.fit(large, nLarge, 784, randomized)));
        o.addProperty("fit_60k_full_seconds", best(() -> Pca.fit(large, nLarge, 784, full)));
        o.addProperty("components", components);
        o.addProperty("large_source", largeSource);
        if (output.requested()) {
            Json.print(stdout, o);
        } else {
            o.entrySet().forEach(e -> stdout.printf("%-28s %s%n", e.getKey(), e.getValue()));
        }
        return 0;
    }

    private double best(Supplier<Pca> fit) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, repeats); i++) {
            long t0 = System.nanoTime();
            fit.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }
}
