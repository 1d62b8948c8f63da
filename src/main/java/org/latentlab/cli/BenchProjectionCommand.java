package org.latentlab.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import org.latentlab.analysis.projection.Codes;
import org.latentlab.analysis.projection.LayoutQuality;
import org.latentlab.analysis.projection.NearestNeighbours;
import org.latentlab.analysis.projection.ProjectionRun;
import org.latentlab.analysis.projection.TsneProjection;
import org.latentlab.analysis.projection.TsneSettings;
import org.latentlab.analysis.projection.UmapProjection;
import org.latentlab.analysis.projection.UmapSettings;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench projection}: seconds for (Barnes–Hut) t-SNE of 2,000 codes to 1,000 iterations (and
 * to its first layout), wall-clock and on the benchmark's own thread's CPU (a shared machine's wall
 * clock counts others' work too), UMAP of 10,000 codes, and one nearest-neighbour query among 10,000 and 70,000 codes
 * and pictures. The codes are a checkpoint's {@code codes.csv}, tiled with small jitter where it
 * has fewer rows than a figure needs.
 */
@Command(name = "projection", mixinStandardHelpOptions = true,
        description = "Seconds for t-SNE of 2,000 codes, UMAP of 10,000 and a nearest-neighbour query among 10k and 70k.")
final class BenchProjectionCommand implements Callable<Integer> {
    private static final double JITTER = 0.01;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--codes", defaultValue = "models/mnist-convolutional/codes.csv",
            description = "A checkpoint's codes.csv (default: ${DEFAULT-VALUE}).")
    Path codesFile;

    @Option(names = "--tsne-iterations", defaultValue = "1000", description = "t-SNE iterations (default: ${DEFAULT-VALUE}).")
    int tsneIterations;

    @Option(names = "--queries", defaultValue = "20", description = "Nearest-neighbour queries per figure; the mean counts (default: ${DEFAULT-VALUE}).")
    int queries;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Codes shipped = Codes.readCsv(codesFile);
        JsonObject o = new JsonObject();
        o.addProperty("codes_file", codesFile.toString());
        o.addProperty("codes_rows", shipped.n());
        o.addProperty("codes_dimensions", shipped.d());
        o.addProperty("cores", Runtime.getRuntime().availableProcessors());

        Codes tsneCodes = tile(shipped, 2000);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        double[] first = {-1};
        float[][] map = new TsneProjection(TsneSettings.defaults().withIterations(tsneIterations)).layout(tsneCodes,
                ProjectionRun.observed((i, l) -> {
                    if (first[0] < 0) {
                        first[0] = (System.nanoTime() - t0) / 1e9;
                    }
                }));
        o.addProperty("tsne_2000_iterations", tsneIterations);
        o.addProperty("tsne_2000_seconds", (System.nanoTime() - t0) / 1e9);
        o.addProperty("tsne_2000_cpu_seconds", (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        o.addProperty("tsne_2000_first_layout_seconds", first[0]);
        o.addProperty("tsne_2000_knn5_accuracy", LayoutQuality.knnAccuracy(map, tsneCodes.labels(), 5));

        Codes umapCodes = tile(shipped, 10_000);
        long c1 = cpu.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        float[][] umap = new UmapProjection(UmapSettings.defaults()).layout(umapCodes);
        o.addProperty("umap_10000_seconds", (System.nanoTime() - t1) / 1e9);
        o.addProperty("umap_10000_cpu_seconds", (cpu.getCurrentThreadCpuTime() - c1) / 1e9);
        o.addProperty("umap_10000_points", umap.length);

        o.addProperty("neighbours_codes_10000_ms", queryMillis(umapCodes.values(), 10_000, shipped.d()));
        Codes large = tile(shipped, 70_000);
        o.addProperty("neighbours_codes_70000_ms", queryMillis(large.values(), 70_000, shipped.d()));
        Dataset mnist = DatasetCatalog.load("mnist-10k");
        float[] pixels = mnist.values();
        int pixelsPerImage = mnist.sampleSize();
        o.addProperty("neighbours_pixels_10000_ms", queryMillis(pixels, mnist.size(), pixelsPerImage));
        float[] tiledPixels = new float[70_000 * pixelsPerImage];
        for (int i = 0; i < 70_000; i++) {
            System.arraycopy(pixels, (i % mnist.size()) * pixelsPerImage, tiledPixels, i * pixelsPerImage, pixelsPerImage);
        }
        o.addProperty("neighbours_pixels_70000_ms", queryMillis(tiledPixels, 70_000, pixelsPerImage));
        o.addProperty("note", shipped.n() >= 10_000 ? "codes used as they are"
                : "the " + shipped.n() + " codes are tiled with Gaussian jitter of " + JITTER
                + " to 10,000 and 70,000 rows; pictures are mnist-10k tiled to 70,000");
        if (output.requested()) {
            Json.print(stdout, o);
        } else {
            o.entrySet().forEach(e -> stdout.printf("%-32s %s%n", e.getKey(), e.getValue()));
        }
        return 0;
    }

    /** Mean milliseconds of a 10-nearest Euclidean query among {@code n} rows, after one warm-up. */
    private double queryMillis(float[] rows, int n, int d) {
        Random r = new Random(3);
        NearestNeighbours.of(rows, n, d, 0, 10, NearestNeighbours.Metric.EUCLIDEAN);
        long t0 = System.nanoTime();
        int count = Math.max(1, queries);
        for (int q = 0; q < count; q++) {
            NearestNeighbours.of(rows, n, d, r.nextInt(n), 10, NearestNeighbours.Metric.EUCLIDEAN);
        }
        return (System.nanoTime() - t0) / 1e6 / count;
    }

    /** The first {@code m} codes, or all of them repeated with small Gaussian jitter up to {@code m}. */
    private static Codes tile(Codes codes, int m) {
        if (codes.n() >= m) {
            return codes.head(m);
        }
        Random r = new Random(11);
        int d = codes.d();
        float[] v = new float[m * d];
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            int src = i % codes.n();
            labels[i] = codes.labels()[src];
            for (int j = 0; j < d; j++) {
                float base = codes.values()[src * d + j];
                v[i * d + j] = i < codes.n() ? base : (float) (base + JITTER * r.nextGaussian());
            }
        }
        return new Codes(v, m, d, labels);
    }
}
