package org.latentlab.cli;

import ai.djl.Device;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentlab.analysis.KnnClassifier;
import org.latentlab.analysis.LinearProbe;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.train.Checkpoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: the validation reconstruction error of a saved checkpoint. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Validation reconstruction MSE of a saved checkpoint, on the split it was trained with, and how well its codes separate the classes (5-NN and linear-probe accuracy).")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "The checkpoint folder.")
    Path model;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        var cp = Checkpoints.read(model);
        Dataset.Split split = DatasetCatalog.load(cp.dataset()).split(DatasetCatalog.VALIDATION_FRACTION, cp.seed());
        Dataset val = split.validation();
        Dataset train = split.train();
        double mse;
        double knn;
        double probe;
        int dim = cp.spec().codeSize();
        try (var loaded = Checkpoints.load(model, Device.cpu()).model()) {
            mse = loaded.reconstructionError(val.values(), val.size());
            float[] trainCodes = loaded.encode(train.values(), train.size());
            float[] valCodes = loaded.encode(val.values(), val.size());
            knn = KnnClassifier.accuracy(trainCodes, train.labels(), valCodes, val.labels(), dim, 5);
            probe = LinearProbe.accuracy(trainCodes, train.labels(), valCodes, val.labels(), dim);
        }
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("val_mse", mse);
            o.addProperty("knn_accuracy", knn);
            o.addProperty("linear_probe_accuracy", probe);
            o.addProperty("dataset", cp.dataset());
            o.addProperty("variant", cp.spec().variant().id());
            o.addProperty("latent_size", dim);
            Json.print(stdout, o);
        } else {
            stdout.printf("%s on %s: validation MSE %.6f, 5-NN accuracy %.3f, linear probe accuracy %.3f%n",
                    cp.spec().variant().id(), cp.dataset(), mse, knn, probe);
        }
        return 0;
    }
}
