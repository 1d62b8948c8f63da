package org.latentlab.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.latentlab.analysis.KnnClassifier;
import org.latentlab.analysis.LinearProbe;
import org.latentlab.analysis.Pca;
import org.latentlab.data.Dataset;
import org.latentlab.data.ReadProgress;
import org.latentlab.data.DatasetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pca}: PCA on the same seeded training split {@code train} uses, and its validation error. */
@Command(name = "pca", mixinStandardHelpOptions = true,
        description = "Fit PCA on the training split and report the validation reconstruction MSE at K components.")
final class PcaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--components", required = true, description = "Number of principal components K.")
    int components;

    @Mixin
    SeedOption seed;

    @Option(names = "--standardise", description = "Scale every column to unit variance first (the course's StandardScaler step).")
    boolean standardise;

    @Option(names = "--whiten", description = "Scale the codes to unit variance.")
    boolean whiten;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (components < 1) {
            throw new IllegalArgumentException("The number of components must be at least 1, got " + components + ".");
        }
        Dataset data = dataset.load(ReadProgress.NONE);
        if (components > data.sampleSize()) {
            throw new IllegalArgumentException("The number of components must be at most the input size "
                    + data.sampleSize() + ", got " + components + ".");
        }
        long t0 = System.nanoTime();
        Dataset.Split split = data.split(DatasetCatalog.VALIDATION_FRACTION, seed.value());
        Pca pca = Pca.fit(split.train().values(), split.train().size(), data.sampleSize(),
                Pca.Options.defaults().withComponents(components).withStandardise(standardise).withWhiten(whiten));
        pca.warnings().forEach(spec.commandLine().getErr()::println);
        double mse = pca.reconstructionError(split.validation().values(), split.validation().size(), components);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Dataset train = split.train();
        Dataset val = split.validation();
        float[] trainCodes = pca.transform(train.values(), train.size(), components);
        float[] valCodes = pca.transform(val.values(), val.size(), components);
        double knn = KnnClassifier.accuracy(trainCodes, train.labels(), valCodes, val.labels(), components, 5);
        double probe = LinearProbe.accuracy(trainCodes, train.labels(), valCodes, val.labels(), components);
        double[] ratio = pca.explainedVarianceRatio(components);
        double total = 0;
        JsonArray r = new JsonArray();
        for (double v : ratio) {
            r.add(v);
            total += v;
        }
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.addProperty("components", components);
            o.add("explained_variance_ratio", r);
            o.addProperty("explained_variance_total", total);
            o.addProperty("val_mse", mse);
            o.addProperty("seconds", seconds);
            o.addProperty("knn_accuracy", knn);
            o.addProperty("linear_probe_accuracy", probe);
            Json.print(stdout, o);
        } else {
            stdout.printf("PCA with %d components on %s: explains %.1f%% of the variance, validation MSE %.6f (%.2f s)%n",
                    components, dataset.id(), 100 * total, mse, seconds);
        }
        return 0;
    }
}
