package org.latentlab.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.device.CpuThreads;
import org.latentlab.ml.device.EngineSetup;
import org.latentlab.ml.device.ResidentMemory;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingEvent;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench training}: trains the course's 784-512-2-512-784 autoencoder on mnist-10k for a
 * number of steps and prints the median step time after warm-up, the epoch time and the resident
 * memory at two points, to show that memory levels off rather than grows.
 */
@Command(name = "training", mixinStandardHelpOptions = true,
        description = "Step time, epoch time and resident memory of the 784-512-2-512-784 autoencoder on mnist-10k.")
final class BenchTrainingCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--steps", defaultValue = "10000", description = "Steps to run (default: ${DEFAULT-VALUE}); memory is read at half and at the end.")
    int steps;

    @Option(names = "--warmup", defaultValue = "1000", description = "Steps before step times count (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--batch", defaultValue = "128", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        if (steps < 2 || warmup < 0 || warmup >= steps) {
            throw new IllegalArgumentException("--steps must be at least 2 and larger than --warmup.");
        }
        EngineSetup.configure();
        threads.apply();
        PrintWriter stdout = spec.commandLine().getOut();
        Dataset.Split split = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
        ModelSpec model = ModelSpec.undercomplete(2).withBatchSize(batch);
        int stepsPerEpoch = (split.train().size() + batch - 1) / batch;
        int epochs = (steps + stepsPerEpoch - 1) / stepsPerEpoch;
        long[] stepEnds = new long[steps + 1];
        List<Double> epochSeconds = new ArrayList<>();
        double[] rss = {Double.NaN, Double.NaN};
        int half = steps / 2;
        AtomicReference<TrainingService> service = new AtomicReference<>();
        double[] lastEpochSeconds = {0};
        service.set(new TrainingService(new TrainingPlan(split, model, epochs, 7, "cpu", 0), event -> {
            if (event instanceof TrainingEvent.Started) {
                stepEnds[0] = System.nanoTime();
            } else if (event instanceof TrainingEvent.Step s) {
                stepEnds[(int) s.step()] = System.nanoTime();
                if (s.step() == half) {
                    rss[0] = ResidentMemory.megabytes();
                } else if (s.step() == steps) {
                    rss[1] = ResidentMemory.megabytes();
                    service.get().stop();
                }
            } else if (event instanceof TrainingEvent.Epoch e) {
                epochSeconds.add(e.seconds() - lastEpochSeconds[0]);
                lastEpochSeconds[0] = e.seconds();
            }
        }));
        service.get().run().model().close();

        double[] times = new double[steps - warmup];
        for (int i = warmup + 1; i <= steps; i++) {
            times[i - warmup - 1] = (stepEnds[i] - stepEnds[i - 1]) / 1e6;
        }
        Arrays.sort(times);
        double median = times[times.length / 2];
        // Epochs after the first, when the JIT and the allocator are warm.
        double epoch = epochSeconds.size() > 1
                ? epochSeconds.subList(1, epochSeconds.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray()[(epochSeconds.size() - 1) / 2]
                : epochSeconds.isEmpty() ? Double.NaN : epochSeconds.get(0);
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.addProperty("train_step_ms", median);
            o.addProperty("epoch_seconds", epoch);
            o.addProperty("rss_mb_at_" + half, rss[0]);
            o.addProperty("rss_mb_at_" + steps, rss[1]);
            o.addProperty("steps", steps);
            o.addProperty("batch", batch);
            o.addProperty("threads", CpuThreads.get());
            Json.print(stdout, o);
        } else {
            stdout.printf("train step %.2f ms (median after %d warm-up steps, batch %d, %d threads)%n", median, warmup, batch, CpuThreads.get());
            stdout.printf("epoch %.2f s on mnist-10k (%d steps)%n", epoch, stepsPerEpoch);
            stdout.printf("resident memory %.0f MiB at step %d, %.0f MiB at step %d%n", rss[0], half, rss[1], steps);
        }
        return 0;
    }
}
