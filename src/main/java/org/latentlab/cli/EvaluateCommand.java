package org.latentlab.cli;

import ai.djl.Device;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.train.Checkpoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: the validation reconstruction error of a saved checkpoint. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Validation reconstruction MSE of a saved checkpoint, on the split it was trained with.")
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
        double mse;
        try (var loaded = Checkpoints.load(model, Device.cpu()).model()) {
            mse = loaded.reconstructionError(val.values(), val.size());
        }
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("val_mse", mse);
            o.addProperty("dataset", cp.dataset());
            o.addProperty("variant", cp.spec().variant().id());
            o.addProperty("latent_size", cp.spec().latentSize());
            Json.print(stdout, o);
        } else {
            stdout.printf("%s on %s: validation MSE %.6f%n", cp.spec().variant().id(), cp.dataset(), mse);
        }
        return 0;
    }
}
