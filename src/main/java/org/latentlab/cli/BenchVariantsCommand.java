package org.latentlab.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.device.CpuThreads;
import org.latentlab.ml.device.EngineSetup;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.ml.train.TrainingEvent;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench variants}: seconds per epoch of every variant's default network on mnist-10k (the
 * second epoch, once the JIT and allocator are warm), and the contractive penalty's cost against
 * the same model with λ = 0.
 */
@Command(name = "variants", mixinStandardHelpOptions = true,
        description = "Seconds per epoch of each variant on mnist-10k.")
final class BenchVariantsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ThreadsOption threads;

    @Mixin
    JsonOption output;

    @Option(names = "--variants", split = ",", paramLabel = "ID", description = "Only these variants (default: all).")
    java.util.List<String> only;

    @Override
    public Integer call() {
        EngineSetup.configure();
        threads.apply();
        PrintWriter stdout = spec.commandLine().getOut();
        Dataset.Split split = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
        JsonObject seconds = new JsonObject();
        JsonObject samples = new JsonObject();
        java.util.List<Variant> chosen = only == null ? java.util.List.of(Variant.values()) : only.stream().map(Variant::fromId).toList();
        for (Variant v : chosen) {
            ModelSpec s = ModelSpec.defaults(v);
            if (v == Variant.STACKED) {
                s = s.toBuilder().epochsPerLayer(1).build();
            }
            double epoch = secondEpoch(split, s);
            seconds.addProperty(v.id(), epoch);
            samples.addProperty(v.id(), Math.round(split.train().size() / epoch));
        }
        boolean penalty = chosen.contains(Variant.CONTRACTIVE);
        double withPenalty = penalty ? seconds.get("contractive").getAsDouble() : Double.NaN;
        double without = penalty ? secondEpoch(split, ModelSpec.defaults(Variant.CONTRACTIVE).toBuilder().contractiveWeight(0).build()) : Double.NaN;
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.add("epoch_seconds", seconds);
            o.add("samples_per_second", samples);
            if (penalty) {
                o.addProperty("contractive_slowdown", withPenalty / without);
            }
            o.addProperty("threads", CpuThreads.get());
            Json.print(stdout, o);
        } else {
            seconds.entrySet().forEach(e -> stdout.printf("%-14s %6.2f s per epoch%n", e.getKey(), e.getValue().getAsDouble()));
            if (penalty) {
                stdout.printf("the contractive penalty makes an epoch %.2f× as long as λ = 0%n", withPenalty / without);
            }
        }
        return 0;
    }

    /** Seconds of the second epoch (of the last phase for the stacked variant). */
    private static double secondEpoch(Dataset.Split split, ModelSpec spec) {
        double[] times = new double[2];
        TrainingService service = new TrainingService(new TrainingPlan(split, spec, 2, 7, "cpu", 0), e -> {
            if (e instanceof TrainingEvent.Epoch epoch) {
                times[0] = times[1];
                times[1] = epoch.seconds();
            }
        });
        service.run().model().close();
        return times[1] - times[0];
    }
}
