package org.latentlab.ml.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.training.ParameterStore;
import org.latentlab.ml.model.Phase;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.latentlab.concurrent.Background;
import org.latentlab.data.Dataset;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.device.GradMode;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.loss.MeanSquaredError;
import org.latentlab.ml.loss.Objective;
import org.latentlab.ml.model.AutoencoderBlock;
import org.latentlab.ml.model.Autoencoders;
import org.latentlab.ml.model.ModelSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one training run on a thread of its own (or the caller's, for the command line), following DJL's
 * {@code EasyTrain}: the data sits on the device as one array, each epoch is one shuffled copy, each
 * step slices one batch in its own {@link NDManager} that is closed when the step ends, so memory
 * stays flat. It reports {@link TrainingEvent}s; pause, resume, single steps, stop and a new learning
 * rate take effect at the next step. The loop minimises an {@link Objective} and never asks which
 * variant it runs.
 */
public final class TrainingService {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);
    private static final int EVAL_CHUNK = 1024;
    /** Validation images whose reconstructions are sent at every epoch end. */
    public static final int SHOWN_RECONSTRUCTIONS = 10;
    /** The least time between two copies of the weights sent with the codes (each is a few MB). */
    private static final long WEIGHTS_INTERVAL_NANOS = 400_000_000L;
    /**
     * The most of the training thread's time that encoding the validation set for the views between
     * epoch ends may take: after a pass of d seconds the next waits at least d / share.
     */
    static final double CODES_SHARE = 0.05;
    /** Steps in a row whose gradients may be unusable before a run stops. */
    private static final int MAX_UNUSABLE_STEPS = 20;

    private final TrainingPlan plan;
    private final Consumer<TrainingEvent> listener;
    private final Object control = new Object();
    private final CompletableFuture<TrainingResult> result = new CompletableFuture<>();
    private boolean paused;
    private int stepPermits;
    private volatile boolean stopRequested;
    private volatile boolean started;
    private final org.latentlab.ml.model.Tunables tunables;

    public TrainingService(TrainingPlan plan, Consumer<TrainingEvent> listener) {
        this.plan = plan.validate();
        this.tunables = org.latentlab.ml.model.Tunables.of(plan.spec());
        this.listener = listener == null ? e -> { } : listener;
    }

    /**
     * Starts the run on a thread of its own from {@code background} (DJL's Trainer stays on one
     * thread); the future completes with the result, or the one-sentence failure.
     */
    public CompletableFuture<TrainingResult> start(Background background) {
        markStarted();
        Thread t = background.newThread("training", () -> {
            try {
                result.complete(loop());
            } catch (Throwable e) {
                String message = Sentences.of(e, "Training failed.");
                emit(new TrainingEvent.Failed(message));
                result.completeExceptionally(new TrainingException(message, e));
            }
        });
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
            String message = Sentences.of(e, "Training failed.");
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

    /**
     * Takes every live knob of {@code spec} (β, the penalties' weights, the noise level, the learning
     * rate) from the next step on; throws IllegalArgumentException with one sentence for a value out of range.
     */
    public void setTunables(ModelSpec spec) {
        tunables.update(spec);
    }

    /** Takes one live knob's new value from the next step on, or throws one sentence for a value out of range. */
    public <T> void setLive(org.latentlab.ml.model.Knob<T> knob, T value) {
        tunables.set(knob, value);
    }

    /** Sets the learning rate used from the next step on. */
    public void setLearningRate(double lr) {
        setLive(org.latentlab.ml.model.Knobs.LEARNING_RATE, lr);
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
        GradMode.disableOnThisThread();
        org.latentlab.ml.device.BackgroundPriority.lowerCurrentThread();
        org.latentlab.ml.device.BackgroundPriority.lowerJvmBackgroundThreads();
        Devices.Resolution device = Devices.resolve(plan.device());
        Dataset train = plan.trainingSet();
        Dataset validation = plan.data().validation();
        int d = train.sampleSize();
        int nTrain = train.size();
        int batch = Math.min(plan.spec().batchSize(), nTrain);
        int stepsPerEpoch = (nTrain + batch - 1) / batch;

        Autoencoder model = Autoencoder.create(plan.spec(), device.device(), plan.seed());
        try {
            List<Phase> phases = Autoencoders.phases(plan.spec(), model.block(), plan.epochs(), tunables);
            Objective whole = phases.get(phases.size() - 1).objective();
            int totalEpochs = phases.stream().mapToInt(Phase::epochs).sum();
            Run run = new Run(model, new SplittableRandom(plan.seed()), stepsPerEpoch, batch, model.weights());
            try (NDManager data = model.model().getNDManager().newSubManager()) {
                NDArray trainX = data.create(train.values(), new Shape(nTrain, d));
                NDArray valX = data.create(validation.values(), new Shape(validation.size(), d));
                emit(new TrainingEvent.Started(device.id(), device.warning().orElse(null), model.parameterCount(),
                        stepsPerEpoch, totalEpochs, whole.partNames(), validation.size()));
                for (int p = 0; p < phases.size() && run.outcome == TrainingResult.Outcome.COMPLETED; p++) {
                    Phase phase = phases.get(p);
                    emit(new TrainingEvent.PhaseStarted(p, phases.size(), phase.name(), run.step, phase.epochs(),
                            phase.objective().partNames()));
                    runPhase(run, phase, device, trainX, valX, validation.labels());
                }
                Evaluation val = evaluate(model.block(), whole, valX, true);
                // A stopped run's training MSE is taken over as many training images as the validation set holds, so a
                // stop ends the run in the time of two validation passes rather than a pass over the whole training set.
                NDArray measured = run.outcome == TrainingResult.Outcome.STOPPED && nTrain > validation.size()
                        ? trainX.get(new NDIndex("0:{}", validation.size())) : trainX;
                double trainMse = evaluate(model.block(), whole, measured, false).mse;
                TrainingMetrics metrics = new TrainingMetrics(trainMse, val.mse, run.epoch, run.step, run.activeNanos / 1e9, run.history);
                String message = run.message;
                if (run.outcome == TrainingResult.Outcome.COMPLETED) {
                    message = String.format("Trained %d epochs: validation MSE %.5f.", run.epoch, val.mse);
                }
                emit(new TrainingEvent.Finished(run.outcome, message, metrics));
                return new TrainingResult(model, metrics, run.outcome, message, val.codes, validation.labels());
            }
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    /** The sum of every trainable parameter's gradient, as a scalar in {@code scope}: NaN or infinite when any is. */
    private static NDArray gradientSum(ai.djl.nn.Block block, NDManager scope) {
        NDArray sum = scope.zeros(new Shape());
        for (var p : block.getParameters().values()) {
            NDArray w = p.getArray();
            if (w.hasGradient()) {
                NDArray gradient = w.getGradient(); // a new handle each call, so it lives in the step's scope
                gradient.attach(scope);
                sum = sum.add(gradient.sum());
            }
        }
        return sum;
    }

    /** Sets every gradient to zero, NaN ones included (the optimiser clears them only when it steps). */
    private static void clearGradients(ai.djl.nn.Block block) {
        for (var p : block.getParameters().values()) {
            NDArray w = p.getArray();
            if (w.hasGradient()) {
                try (NDArray gradient = w.getGradient()) {
                    // Filled in place: set(float[]) would swap in a buffer this handle frees when it closes.
                    gradient.set(new NDIndex("..."), 0f);
                }
            }
        }
    }

    /** The state of a run across its phases. */
    private static final class Run {
        final Autoencoder model;
        final SplittableRandom shuffle;
        final int stepsPerEpoch;
        final int batch;
        final List<TrainingMetrics.EpochRecord> history = new ArrayList<>();
        Weights lastGoodWeights;
        int lastGoodEpoch;
        /** Steps in a row whose gradients were not finite (and were not applied). */
        int unusableInARow;
        long step;
        int epoch;
        long activeNanos;
        /** When the views may next get the codes mid-epoch (System.nanoTime). */
        long nextCodes;
        long lastWeights;
        TrainingResult.Outcome outcome = TrainingResult.Outcome.COMPLETED;
        String message = "";

        Run(Autoencoder model, SplittableRandom shuffle, int stepsPerEpoch, int batch, Weights weights) {
            this.model = model;
            this.shuffle = shuffle;
            this.stepsPerEpoch = stepsPerEpoch;
            this.batch = batch;
            this.lastGoodWeights = weights;
        }

        /** Ends the run as diverged with the last good weights put back: {@code reason}, then which weights were kept. */
        void diverge(String reason) {
            model.restoreWeights(lastGoodWeights);
            outcome = TrainingResult.Outcome.DIVERGED;
            message = reason + "; the weights from " + (lastGoodEpoch == 0 ? "the start" : "the end of epoch " + lastGoodEpoch)
                    + " were kept.";
        }
    }

    /** Trains one phase: its block and objective, on its input (the raw data through its frozen prefix). */
    private void runPhase(Run run, Phase phase, Devices.Resolution device, NDArray trainX, NDArray valX, int[] valLabels) {
        Autoencoder model = run.model;
        boolean whole = phase.block() == model.block();
        org.latentlab.ml.loss.Tunable learningRate = tunables.get(org.latentlab.ml.model.Knobs.LEARNING_RATE);
        ParameterTracker lr = (parameterId, numUpdate) -> learningRate.get();
        InPlaceAdam adam = InPlaceAdam.builder().optLearningRateTracker(lr).build();
        DefaultTrainingConfig config = new DefaultTrainingConfig(phase.objective())
                .optOptimizer(adam)
                .optDevices(new Device[] {device.device()});
        Model phaseModel = whole ? model.model() : Model.newInstance("phase", device.device());
        if (!whole) {
            phaseModel.setBlock(phase.block());
        }
        Objective objective = phase.objective();
        int nTrain = (int) trainX.getShape().get(0);
        int latent = plan.spec().codeSize();
        try (adam; Trainer trainer = phaseModel.newTrainer(config);
             NDManager phaseData = trainX.getManager().newSubManager()) {
            NDArray x = throughPrefix(phase, trainX, phaseData);
            NDArray v = throughPrefix(phase, valX, phaseData);
            for (int e = 0; e < phase.epochs(); e++) {
                int epoch = run.epoch + 1;
                double lossSum = 0;
                int lossSteps = 0;
                try (NDManager epochScope = phaseData.newSubManager()) {
                    NDArray order = epochScope.create(permutation(nTrain, run.shuffle));
                    NDArray shuffled = x.get(order);
                    shuffled.attach(epochScope);
                    for (int b = 0; b < run.stepsPerEpoch; b++) {
                        long waitStart = System.nanoTime();
                        if (!awaitPermission()) {
                            run.outcome = TrainingResult.Outcome.STOPPED;
                            run.message = "Stopped at step " + run.step + ".";
                            return;
                        }
                        long t0 = System.nanoTime();
                        int from = b * run.batch;
                        int to = Math.min(nTrain, from + run.batch);
                        float[] values;
                        try (NDManager stepScope = epochScope.newSubManager()) {
                            NDArray batchX = shuffled.get(new NDIndex("{}:{}", from, to));
                            batchX.attach(stepScope);
                            NDList input = new NDList(batchX);
                            try (GradientCollector collector = OneCollectorAtATime.open(trainer)) {
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
                                stacked.add(gradientSum(phase.block(), stepScope));
                                values = NDArrays.stack(stacked).toFloatArray();
                            }
                            float gradients = values[values.length - 1];
                            values = java.util.Arrays.copyOf(values, values.length - 1);
                            if (!Float.isFinite(values[0])) {
                                run.diverge(String.format("Training diverged at step %d: the loss became %s, so the learning rate "
                                        + "(%.3g) is probably too high", run.step + 1, Float.isNaN(values[0]) ? "NaN" : "infinite",
                                        learningRate.get()));
                                return;
                            }
                            if (Float.isFinite(gradients)) {
                                run.unusableInARow = 0;
                                adam.step(phase.block());
                            } else if (++run.unusableInARow < MAX_UNUSABLE_STEPS) {
                                // A finite loss with gradients that are not is a CPU kernel's fault (oneDNN's AVX-512
                                // kernels behind a one-channel convolutional output), not a divergence: as PyTorch's
                                // GradScaler does, the step is not applied.
                                clearGradients(phase.block());
                            } else {
                                run.diverge(String.format("Training stopped at step %d: the gradients were not finite in %d steps "
                                        + "in a row although the loss was", run.step + 1, MAX_UNUSABLE_STEPS));
                                return;
                            }
                        }
                        run.step++;
                        lossSum += values[0];
                        lossSteps++;
                        float[] partValues = new float[values.length - 1];
                        System.arraycopy(values, 1, partValues, 0, partValues.length);
                        emit(new TrainingEvent.Step(run.step, epoch, values[0], partValues, to - from));
                        long now = System.nanoTime();
                        run.activeNanos += now - t0 + (t0 - waitStart > 1_000_000 ? 0 : t0 - waitStart);
                        long interval = plan.codesIntervalMillis() * 1_000_000L;
                        if (interval > 0 && run.nextCodes == 0) {
                            run.nextCodes = now + interval;
                        } else if (interval > 0 && now >= run.nextCodes && !stopRequested) {
                            // Weights are copied at most every WEIGHTS_INTERVAL: the views decode with the newest they have.
                            Weights weights = now - run.lastWeights >= WEIGHTS_INTERVAL_NANOS ? model.weights() : null;
                            if (weights != null) {
                                run.lastWeights = now;
                            }
                            Encoded codes = encode(model, valX, true);
                            if (codes != null) {
                                emit(new TrainingEvent.Codes(run.step, epoch, latent, codes.codes, codes.spreads, valLabels, weights, false));
                            }
                            run.nextCodes = nextCodesAt(now, System.nanoTime(), interval);
                        }
                    }
                }
                // The whole model's pass over the validation set gives its codes too; a phase's block needs an encoder pass.
                Evaluation eval = evaluate(phase.block(), objective, v, whole);
                float trainLoss = (float) (lossSum / Math.max(1, lossSteps));
                run.epoch = epoch;
                run.history.add(new TrainingMetrics.EpochRecord(epoch, run.step, trainLoss, eval.total, eval.mse));
                emit(new TrainingEvent.Epoch(epoch, run.step, trainLoss, (float) eval.total, eval.parts, eval.mse, run.activeNanos / 1e9));
                Encoded codes = whole ? new Encoded(eval.codes, eval.spreads) : encode(model, valX, false);
                Weights epochWeights = model.weights();
                emit(new TrainingEvent.Codes(run.step, epoch, latent, codes.codes, codes.spreads, valLabels, epochWeights, true));
                if (whole) {
                    int shown = eval.firstReconstructions.length / plan.spec().inputSize();
                    float[] inputs = java.util.Arrays.copyOf(plan.data().validation().values(), shown * plan.spec().inputSize());
                    emit(new TrainingEvent.Reconstructions(run.step, epoch, shown, inputs, eval.firstReconstructions));
                }
                if (Float.isFinite(trainLoss) && Double.isFinite(eval.total)) {
                    run.lastGoodWeights = epochWeights; // read-only everywhere, so one copy serves both
                    run.lastGoodEpoch = epoch;
                }
            }
        } finally {
            if (!whole) {
                phaseModel.close();
            }
        }
    }

    /**
     * When the views may next get mid-epoch codes, after a pass from {@code passStart} to
     * {@code passEnd}: at least {@code interval} later, and late enough that passes take at most
     * {@link #CODES_SHARE} of the training thread's time.
     */
    static long nextCodesAt(long passStart, long passEnd, long interval) {
        return passEnd + Math.max(interval, (long) ((passEnd - passStart) / CODES_SHARE));
    }

    /** A phase's input: the data itself, or its codes through the frozen layers below the phase. */
    private NDArray throughPrefix(Phase phase, NDArray x, NDManager scope) {
        if (phase.frozenPrefix() == null) {
            return x;
        }
        NDList chunks = new NDList();
        forEachChunk(x, (from, chunk, chunkScope) -> {
            NDArray h = phase.frozenPrefix().forward(new ParameterStore(chunkScope, false), new NDList(chunk), false).head();
            h.attach(scope);
            chunks.add(h);
        }, false);
        NDArray all = NDArrays.concat(chunks);
        all.attach(scope);
        chunks.close();
        return all;
    }

    /** Work on one chunk of rows starting at row {@code from}, in a scope closed after it. */
    @FunctionalInterface
    private interface ChunkAction {
        void accept(long from, NDArray chunk, NDManager scope);
    }

    /**
     * Runs {@code action} over {@code x} in chunks of rows, each in its own manager, so memory stays
     * bounded; when {@code stoppable}, a stop asked for ends it before the next chunk.
     */
    private void forEachChunk(NDArray x, ChunkAction action, boolean stoppable) {
        long n = x.getShape().get(0);
        for (long from = 0; from < n && !(stoppable && stopRequested); from += EVAL_CHUNK) {
            long to = Math.min(n, from + EVAL_CHUNK);
            try (NDManager scope = x.getManager().newSubManager()) {
                NDArray chunk = x.get(new NDIndex("{}:{}", from, to));
                chunk.attach(scope);
                action.accept(from, chunk, scope);
            }
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
    private record Evaluation(double total, float[] parts, double mse, float[] codes, float[] spreads, float[] firstReconstructions) {}

    private Evaluation evaluate(ai.djl.nn.Block block, Objective objective, NDArray x, boolean withCodes) {
        long n = x.getShape().get(0);
        int latent = plan.spec().codeSize();
        int partsCount = objective.partNames().size();
        double[] sums = new double[partsCount + 1];
        float[] codes = withCodes ? new float[(int) n * latent] : null;
        float[][] first = new float[1][];
        float[][] spreads = {null};
        forEachChunk(x, (from, chunk, scope) -> {
            NDList input = new NDList(chunk);
            NDList output = block.forward(new ParameterStore(scope, false), input, false);
            NDList stacked = new NDList(objective.parts(input, output).values());
            // The reconstruction part may be cross-entropy; the MSE figure is always per-pixel squared error.
            stacked.add(new MeanSquaredError().evaluate(input, output));
            float[] v = NDArrays.stack(stacked).toFloatArray();
            double rows = chunk.getShape().get(0);
            for (int i = 0; i <= partsCount; i++) {
                sums[i] += v[i] * rows;
            }
            if (from == 0) {
                long shown = Math.min(SHOWN_RECONSTRUCTIONS, (long) rows);
                first[0] = output.get(AutoencoderBlock.RECONSTRUCTION).get(new NDIndex("0:{}", shown)).toFloatArray();
            }
            if (withCodes) {
                float[] c = output.get(AutoencoderBlock.CODE).toFloatArray();
                System.arraycopy(c, 0, codes, (int) from * latent, c.length);
                NDArray spread = block instanceof AutoencoderBlock ae ? ae.codeSpread(encoderOutput(output)) : null;
                if (spread != null) {
                    if (spreads[0] == null) {
                        spreads[0] = new float[(int) n * latent];
                    }
                    float[] s = spread.toFloatArray();
                    System.arraycopy(s, 0, spreads[0], (int) from * latent, s.length);
                }
            }
        }, false);
        float[] parts = new float[partsCount];
        double total = 0;
        for (int i = 0; i < partsCount; i++) {
            parts[i] = (float) (sums[i] / n);
            total += sums[i] / n;
        }
        return new Evaluation(total, parts, sums[partsCount] / n, codes, spreads[0], first[0]);
    }

    /** What the encoder returned, out of the whole model's forward output: the code, then its extra arrays. */
    private static NDList encoderOutput(NDList output) {
        NDList encoded = new NDList(output.get(AutoencoderBlock.CODE));
        for (int i = AutoencoderBlock.PRE_ACTIVATION + 1; i < output.size(); i++) {
            encoded.add(output.get(i));
        }
        return encoded;
    }

    /** The validation codes and, when the encoder has them, their spreads σ (else null). */
    private record Encoded(float[] codes, float[] spreads) {}

    /** The codes of {@code x}; null when {@code stoppable} and a stop was asked for before the pass ended. */
    private Encoded encode(Autoencoder model, NDArray x, boolean stoppable) {
        int latent = plan.spec().codeSize();
        int n = (int) x.getShape().get(0);
        float[] codes = new float[n * latent];
        float[][] spreads = {null};
        forEachChunk(x, (from, chunk, scope) -> {
            NDList encoded = model.block().encoder().forward(new ParameterStore(scope, false), new NDList(chunk), false);
            float[] c = encoded.head().toFloatArray();
            System.arraycopy(c, 0, codes, (int) from * latent, c.length);
            NDArray spread = model.block().codeSpread(encoded);
            if (spread != null) {
                if (spreads[0] == null) {
                    spreads[0] = new float[n * latent];
                }
                float[] s = spread.toFloatArray();
                System.arraycopy(s, 0, spreads[0], (int) from * latent, s.length);
            }
        }, stoppable);
        return stoppable && stopRequested ? null : new Encoded(codes, spreads[0]);
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
            LOG.error("A training listener failed", e);
        }
    }
}
