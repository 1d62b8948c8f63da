package org.latentlab.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.ReadProgress;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.persistence.Checkpoint;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.ml.train.TrainingEvent;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ml.train.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: trains an autoencoder and saves its checkpoint. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an autoencoder on a data set and save the checkpoint in a folder.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Mixin
    SpecOptions knobs;

    @Option(names = "--epochs", defaultValue = "5", description = "Passes over the training set (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Mixin
    SeedOption seed;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu, gpu or gpu:N (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--out", required = true, description = "Folder for the checkpoint: new, empty, or an older checkpoint to replace.")
    Path out;

    @Mixin
    JsonOption output;

    /** Runs a plan to its end (tests put a run that diverges in its place). */
    interface Trainer {
        TrainingResult train(TrainingPlan plan, Consumer<TrainingEvent> listener);
    }

    Trainer trainer = (plan, listener) -> new TrainingService(plan, listener).run();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ModelSpec model = knobs.spec();
        Checkpoints.checkWritable(out);
        boolean replacing = Checkpoints.isCheckpoint(out);
        Devices.Resolution resolution = Devices.resolve(device);
        resolution.warning().ifPresent(stderr::println);

        Dataset data = dataset.load(ReadProgress.leftOutTo(stderr::println));
        model = model.withInputShape(data.channels(), data.height(), data.width()).validate();
        Dataset.Split split = data.split(DatasetCatalog.VALIDATION_FRACTION, seed.value());
        TrainingPlan plan = new TrainingPlan(split, model, epochs, seed.value(), resolution.id(), 0).validate();
        int[] totalEpochs = {epochs};
        TrainingResult result = trainer.train(plan, event -> {
            if (event instanceof TrainingEvent.Started s) {
                totalEpochs[0] = s.epochs();
            } else if (event instanceof TrainingEvent.PhaseStarted p && p.phases() > 1) {
                stderr.printf("phase %d/%d: %s%n", p.index() + 1, p.phases(), p.name());
            } else if (event instanceof TrainingEvent.Epoch e) {
                stderr.printf("epoch %d/%d  train loss %.5f  validation MSE %.5f  %.1f s%n",
                        e.epoch(), totalEpochs[0], e.trainLoss(), e.validationMse(), e.seconds());
                stderr.flush();
            }
        });
        boolean diverged = result.outcome() == TrainingResult.Outcome.DIVERGED;
        try (var trained = result.model()) {
            if (diverged && replacing) {
                stderr.println(result.message() + " The checkpoint already in " + out + " was left as it was.");
                return 1;
            }
            Checkpoint cp = new Checkpoint(model, dataset.id(), seed.value(), result.metrics(), model.codeSize(),
                    result.validationCodes(), result.validationLabels(), dataset.preparation(), data.standardisation());
            Checkpoints.save(out, cp, trained);
        }
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.addProperty("train_mse", result.metrics().trainMse());
            o.addProperty("val_mse", result.metrics().valMse());
            o.addProperty("seconds", result.metrics().seconds());
            o.addProperty("epochs", result.metrics().epochs());
            o.addProperty("device", resolution.id());
            o.addProperty("out", out.toString());
            o.addProperty("outcome", result.outcome().name().toLowerCase());
            Json.print(stdout, o);
        } else {
            stdout.printf("train MSE %.6f  validation MSE %.6f  %.1f s  saved to %s%n",
                    result.metrics().trainMse(), result.metrics().valMse(), result.metrics().seconds(), out);
        }
        if (diverged) {
            stderr.println(result.message() + " They were saved to " + out + ".");
            return 1;
        }
        return 0;
    }

}
