package org.latentlab.ml.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.latentlab.data.Dataset;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.loss.MeanSquaredError;
import org.latentlab.ml.loss.Objective;
import org.latentlab.ml.model.AutoencoderBlock;
import org.latentlab.ml.model.Autoencoders;

/**
 * Runs one training run on its own thread (or the caller's, for the command line), following DJL's
 * {@code EasyTrain}: the data sits on the device as one array, each epoch is one shuffled copy, each
 * step slices one batch in its own {@link NDManager} that is closed when the step ends, so memory
 * stays flat. It reports {@link TrainingEvent}s; pause, resume, single steps, stop and a new learning
 * rate take effect at the next step. The loop minimises an {@link Objective} and never asks which
 * variant it runs.
 */
public final class TrainingService {
    private static final int EVAL_CHUNK = 1024;

    private final TrainingPlan plan;
    private final Consumer<TrainingEvent> listener;
    private final Object control = new Object();
    private final CompletableFuture<TrainingResult> result = new CompletableFuture<>();
    private boolean paused;
    private int stepPermits;
    private volatile boolean stopRequested;
    private volatile double learningRate;
    private volatile boolean started;

    public TrainingService(TrainingPlan plan, Consumer<TrainingEvent> listener) {
        this.plan = plan.validate();
        this.listener = listener == null ? e -> { } : listener;
        this.learningRate = plan.spec().learningRate();
    }

    /** Starts the run on a new thread; the future completes with the result, or the one-sentence failure. */
    public CompletableFuture<TrainingResult> start() {
        markStarted();
        Thread t = new Thread(() -> {
            try {
                result.complete(loop());
            } catch (Throwable e) {
                String message = sentence(e);
                emit(new TrainingEvent.Failed(message));
                result.completeExceptionally(new TrainingException(message, e));
            }
        }, "latentlab-training");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Runs on the calling thread and returns when the run ends. */
    public TrainingResult run() {
        markStarted();
        try {
            TrainingResult r = loop();
            result.complete(r);
            return r;
        } catch (RuntimeException e) {
            String message = sentence(e);
            emit(new TrainingEvent.Failed(message));
            result.completeExceptionally(e);
            throw new TrainingException(message, e);
        }
    }

    /** The result of the run, once it ends. */
    public CompletableFuture<TrainingResult> result() {
        return result;
    }

    /** Holds the run before its next step. */
    public void pause() {
        synchronized (control) {
            if (!paused) {
                paused = true;
                emit(new TrainingEvent.StateChanged(true));
            }
        }
    }

    /** Lets a paused run go on. */
    public void resume() {
        synchronized (control) {
            if (paused) {
                paused = false;
                stepPermits = 0;
                emit(new TrainingEvent.StateChanged(false));
                control.notifyAll();
            }
        }
    }

    /** Runs exactly one more batch while paused. */
    public void step() {
        synchronized (control) {
            if (!paused) {
                pause();
            }
            stepPermits++;
            control.notifyAll();
        }
    }

    /** Ends the run after the current step; the model keeps the weights it has. */
    public void stop() {
        stopRequested = true;
        synchronized (control) {
            control.notifyAll();
        }
    }

    public boolean isPaused() {
        synchronized (control) {
            return paused;
        }
    }

    /** Changes Adam's learning rate from the next step on. */
    public void setLearningRate(double lr) {
        if (!(lr > 0 && lr <= 1)) {
            throw new IllegalArgumentException("The learning rate must be in (0, 1], got " + lr + ".");
        }
        learningRate = lr;
    }

    private void markStarted() {
        synchronized (control) {
            if (started) {
                throw new IllegalStateException("a training run starts once");
            }
            started = true;
        }
    }

    private TrainingResult loop() {
        Devices.Resolution device = Devices.resolve(plan.device());
        Dataset train = plan.data().train();
        Dataset validation = plan.data().validation();
        int d = train.sampleSize();
        int nTrain = train.size();
        int batch = Math.min(plan.spec().batchSize(), nTrain);
        int stepsPerEpoch = (nTrain + batch - 1) / batch;

        Autoencoder model = Autoencoder.create(plan.spec(), device.device(), plan.seed());
        Objective objective = Autoencoders.objective(plan.spec());
        ParameterTracker lr = (parameterId, numUpdate) -> (float) learningRate;
        DefaultTrainingConfig config = new DefaultTrainingConfig(objective)
                .optOptimizer(Optimizer.adam().optLearningRateTracker(lr).build())
                .optDevices(new Device[] {device.device()});
        List<String> partNames = objective.partNames();
        SplittableRandom shuffle = new SplittableRandom(plan.seed());
        List<TrainingMetrics.EpochRecord> history = new ArrayList<>();
        long step = 0;
        int epochsDone = 0;
        TrainingResult.Outcome outcome = TrainingResult.Outcome.COMPLETED;
        String message = "";
        float[][] lastGoodWeights = model.copyWeights();
        int lastGoodEpoch = 0;
        Evaluation lastEval = null;
        long activeNanos = 0;

        try (Trainer trainer = model.model().newTrainer(config);
             NDManager data = model.model().getNDManager().newSubManager()) {
            NDArray trainX = data.create(train.values(), new Shape(nTrain, d));
            NDArray valX = data.create(validation.values(), new Shape(validation.size(), d));
            emit(new TrainingEvent.Started(device.id(), device.warning().orElse(null), model.parameterCount(),
                    stepsPerEpoch, plan.epochs(), partNames, validation.size()));
            long lastCodes = System.nanoTime();

            epochs:
            for (int epoch = 1; epoch <= plan.epochs(); epoch++) {
                double lossSum = 0;
                int lossSteps = 0;
                try (NDManager epochScope = data.newSubManager()) {
                    NDArray order = epochScope.create(permutation(nTrain, shuffle));
                    NDArray shuffled = trainX.get(order);
                    shuffled.attach(epochScope);
                    for (int b = 0; b < stepsPerEpoch; b++) {
                        long waitStart = System.nanoTime();
                        if (!awaitPermission()) {
                            outcome = TrainingResult.Outcome.STOPPED;
                            message = "Stopped at step " + step + ".";
                            break epochs;
                        }
                        long t0 = System.nanoTime();
                        int from = b * batch;
                        int to = Math.min(nTrain, from + batch);
                        float[] values;
                        try (NDManager stepScope = epochScope.newSubManager()) {
                            NDArray x = shuffled.get(new NDIndex("{}:{}", from, to));
                            x.attach(stepScope);
                            NDList input = new NDList(x);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDList output = trainer.forward(input);
                                Map<String, NDArray> parts = objective.parts(input, output);
                                NDList stacked = new NDList(parts.size() + 1);
                                NDArray total = null;
                                for (NDArray part : parts.values()) {
                                    total = total == null ? part : total.add(part);
                                }
                                stacked.add(total);
                                stacked.addAll(parts.values());
                                collector.backward(total);
                                values = NDArrays.stack(stacked).toFloatArray();
                            }
                            if (!Float.isFinite(values[0])) {
                                model.restoreWeights(lastGoodWeights);
                                outcome = TrainingResult.Outcome.DIVERGED;
                                message = String.format("Training diverged at step %d: the loss became %s, so the learning rate "
                                        + "(%.3g) is probably too high; the weights from %s were kept.", step + 1,
                                        Float.isNaN(values[0]) ? "NaN" : "infinite", learningRate,
                                        lastGoodEpoch == 0 ? "the start" : "the end of epoch " + lastGoodEpoch);
                                break epochs;
                            }
                            trainer.step();
                        }
                        step++;
                        lossSum += values[0];
                        lossSteps++;
                        float[] partValues = new float[values.length - 1];
                        System.arraycopy(values, 1, partValues, 0, partValues.length);
                        emit(new TrainingEvent.Step(step, epoch, values[0], partValues, to - from));
                        long now = System.nanoTime();
                        activeNanos += now - t0 + (t0 - waitStart > 1_000_000 ? 0 : t0 - waitStart);
                        if (plan.codesIntervalMillis() > 0 && (now - lastCodes) / 1_000_000 >= plan.codesIntervalMillis()) {
                            float[] codes = encode(model, valX);
                            emit(new TrainingEvent.Codes(step, epoch, plan.spec().latentSize(), codes, validation.labels()));
                            lastCodes = System.nanoTime();
                        }
                    }
                }
                lastEval = evaluate(model, objective, valX, true);
                float trainLoss = (float) (lossSum / Math.max(1, lossSteps));
                history.add(new TrainingMetrics.EpochRecord(epoch, step, trainLoss, lastEval.total, lastEval.mse));
                emit(new TrainingEvent.Epoch(epoch, step, trainLoss, (float) lastEval.total, lastEval.parts,
                        lastEval.mse, activeNanos / 1e9));
                emit(new TrainingEvent.Codes(step, epoch, plan.spec().latentSize(), lastEval.codes, validation.labels()));
                epochsDone = epoch;
                if (Float.isFinite(trainLoss) && Double.isFinite(lastEval.total)) {
                    lastGoodWeights = model.copyWeights();
                    lastGoodEpoch = epoch;
                }
            }
            if (lastEval == null || outcome != TrainingResult.Outcome.COMPLETED) {
                lastEval = evaluate(model, objective, valX, true);
            }
            double trainMse = evaluate(model, objective, trainX, false).mse;
            TrainingMetrics metrics = new TrainingMetrics(trainMse, lastEval.mse, epochsDone, step, activeNanos / 1e9, history);
            if (outcome == TrainingResult.Outcome.COMPLETED) {
                message = String.format("Trained %d epochs: validation MSE %.5f.", epochsDone, lastEval.mse);
            }
            emit(new TrainingEvent.Finished(outcome, message, metrics));
            return new TrainingResult(model, metrics, outcome, message, lastEval.codes, validation.labels());
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    /** Waits while paused; false when the run should stop. */
    private boolean awaitPermission() {
        synchronized (control) {
            while (paused && stepPermits == 0 && !stopRequested) {
                try {
                    control.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            if (stopRequested) {
                return false;
            }
            if (paused) {
                stepPermits--;
            }
            return true;
        }
    }

    /** The objective's parts, the reconstruction MSE and (optionally) the codes over a whole set. */
    private record Evaluation(double total, float[] parts, double mse, float[] codes) {}

    private Evaluation evaluate(Autoencoder model, Objective objective, NDArray x, boolean withCodes) {
        long n = x.getShape().get(0);
        int latent = plan.spec().latentSize();
        int partsCount = objective.partNames().size();
        double[] sums = new double[partsCount];
        double mseSum = 0;
        float[] codes = withCodes ? new float[(int) n * latent] : null;
        for (long from = 0; from < n; from += EVAL_CHUNK) {
            long to = Math.min(n, from + EVAL_CHUNK);
            try (NDManager scope = x.getManager().newSubManager()) {
                NDArray chunk = x.get(new NDIndex("{}:{}", from, to));
                chunk.attach(scope);
                NDList input = new NDList(chunk);
                NDList output = model.block().forward(new ai.djl.training.ParameterStore(scope, false), input, false);
                Map<String, NDArray> parts = objective.parts(input, output);
                NDList stacked = new NDList(parts.values());
                NDArray mse = parts.containsKey(MeanSquaredError.NAME)
                        ? parts.get(MeanSquaredError.NAME)
                        : new MeanSquaredError().evaluate(input, output);
                stacked.add(mse);
                float[] v = NDArrays.stack(stacked).toFloatArray();
                double rows = to - from;
                for (int i = 0; i < partsCount; i++) {
                    sums[i] += v[i] * rows;
                }
                mseSum += v[partsCount] * rows;
                if (withCodes) {
                    float[] c = output.get(AutoencoderBlock.CODE).toFloatArray();
                    System.arraycopy(c, 0, codes, (int) from * latent, c.length);
                }
            }
        }
        float[] parts = new float[partsCount];
        double total = 0;
        for (int i = 0; i < partsCount; i++) {
            parts[i] = (float) (sums[i] / n);
            total += sums[i] / n;
        }
        return new Evaluation(total, parts, mseSum / n, codes);
    }

    private float[] encode(Autoencoder model, NDArray x) {
        long n = x.getShape().get(0);
        int latent = plan.spec().latentSize();
        float[] codes = new float[(int) n * latent];
        for (long from = 0; from < n; from += EVAL_CHUNK) {
            long to = Math.min(n, from + EVAL_CHUNK);
            try (NDManager scope = x.getManager().newSubManager()) {
                NDArray chunk = x.get(new NDIndex("{}:{}", from, to));
                chunk.attach(scope);
                NDList code = model.block().encoder().forward(
                        new ai.djl.training.ParameterStore(scope, false), new NDList(chunk), false);
                float[] c = code.head().toFloatArray();
                System.arraycopy(c, 0, codes, (int) from * latent, c.length);
            }
        }
        return codes;
    }

    private static long[] permutation(int n, SplittableRandom rnd) {
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            long t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private void emit(TrainingEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            // A listener's bug must not end the run; the run's own errors are reported as Failed.
            System.err.println("A training listener failed: " + e);
        }
    }

    private static String sentence(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "Training failed: " + e.getClass().getSimpleName() + ".";
        }
        return m.endsWith(".") ? m : m + ".";
    }
}
