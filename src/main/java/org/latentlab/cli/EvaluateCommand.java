package org.latentlab.cli;

import ai.djl.Device;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentlab.analysis.KnnClassifier;
import org.latentlab.analysis.LinearProbe;
import org.latentlab.analysis.Pca;
import org.latentlab.analysis.PcaComparison;
import org.latentlab.ml.infer.DecoderSubspace;
import org.latentlab.ml.model.Variant;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.ReadProgress;
import org.latentlab.persistence.Checkpoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: a saved checkpoint's reconstruction error on its own split, and how well its codes separate the classes. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Validation reconstruction MSE of a saved checkpoint, on the split it was trained with, and how well its codes separate the classes (5-NN and linear-probe accuracy).")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "The checkpoint folder.")
    Path model;

    @Option(names = "--compare-pca", description = "Also compare with PCA at the same code size on the same split.")
    boolean comparePca;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        var cp = Checkpoints.read(model);
        Dataset.Split split = (cp.table() ? DatasetCatalog.load(cp.dataset(), org.latentlab.data.DatasetReaders.tables(), ReadProgress.leftOutTo(spec.commandLine().getErr()::println)) : DatasetCatalog.load(cp.dataset(), cp.preparation(), ReadProgress.leftOutTo(spec.commandLine().getErr()::println))).split(DatasetCatalog.VALIDATION_FRACTION, cp.seed());
        Dataset val = split.validation();
        Dataset train = split.train();
        double mse;
        double trainMse;
        double knn;
        double probe;
        int dim = cp.spec().codeSize();
        PcaComparison comparison = null;
        try (var loaded = Checkpoints.load(model, Device.cpu()).model()) {
            float[] reconstructions = loaded.reconstruct(val.values(), val.size());
            mse = meanSquaredError(reconstructions, val.values());
            trainMse = loaded.reconstructionError(train.values(), train.size());
            float[] trainCodes = loaded.encode(train.values(), train.size());
            float[] valCodes = loaded.encode(val.values(), val.size());
            knn = KnnClassifier.accuracy(trainCodes, train.labels(), valCodes, val.labels(), dim, 5);
            probe = LinearProbe.accuracy(trainCodes, train.labels(), valCodes, val.labels(), dim);
            if (comparePca) {
                int d = train.sampleSize();
                Pca pca = Pca.fit(train.values(), train.size(), d,
                        Pca.Options.defaults().withComponents(Math.min(d, Math.max(dim, PcaComparison.MAX_K))));
                double[][] subspace = cp.spec().variant() == Variant.LINEAR ? DecoderSubspace.of(loaded) : null;
                comparison = PcaComparison.of(pca, train.values(), new PcaComparison.ModelOutputs(trainCodes, train.labels(),
                        val.values(), valCodes, val.labels(), reconstructions, dim, subspace));
            }
        }
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.addProperty("train_mse", trainMse);
            o.addProperty("val_mse", mse);
            o.addProperty("knn_accuracy", knn);
            o.addProperty("linear_probe_accuracy", probe);
            o.addProperty("dataset", cp.dataset());
            o.addProperty("variant", cp.spec().variant().id());
            o.addProperty("latent_size", dim);
            if (comparison != null) {
                o.addProperty("pca_val_mse", comparison.pcaValMse());
                o.addProperty("pca_knn_accuracy", comparison.pcaKnnAccuracy());
                o.addProperty("pca_linear_probe_accuracy", comparison.pcaLinearProbeAccuracy());
                o.add("pca_error_by_k", Json.array(comparison.pcaErrorByK()));
                if (comparison.principalAnglesDeg() != null) {
                    o.add("principal_angles_deg", Json.array(comparison.principalAnglesDeg()));
                }
            }
            Json.print(stdout, o);
        } else {
            stdout.printf("%s on %s: training MSE %.6f, validation MSE %.6f, 5-NN accuracy %.3f, linear probe accuracy %.3f%n",
                    cp.spec().variant().id(), cp.dataset(), trainMse, mse, knn, probe);
            if (comparison != null) {
                stdout.printf("PCA with %d components: validation MSE %.6f, 5-NN accuracy %.3f, linear probe accuracy %.3f%n",
                        comparison.k(), comparison.pcaValMse(), comparison.pcaKnnAccuracy(), comparison.pcaLinearProbeAccuracy());
                if (comparison.principalAnglesDeg() != null) {
                    stdout.printf("principal angles to PCA's subspace: %s degrees%n", java.util.Arrays.toString(comparison.principalAnglesDeg()));
                }
            }
        }
        return 0;
    }

    private static double meanSquaredError(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double e = a[i] - b[i];
            s += e * e;
        }
        return s / a.length;
    }
}
