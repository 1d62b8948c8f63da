package org.latentlab.ml.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.latentlab.analysis.Pca;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.model.ModelSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainingServiceTest {
    private static Dataset.Split mnist;

    @BeforeAll
    static void load() {
        mnist = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
    }

    private static TrainingResult train(int epochs, List<TrainingEvent> events) {
        TrainingPlan plan = new TrainingPlan(mnist, ModelSpec.undercomplete(2), epochs, 7, "cpu", 0);
        return new TrainingService(plan, events == null ? null : events::add).run();
    }

    /** The course's claim: at the same code size a non-linear encoder beats PCA. */
    @Test
    void twoDimensionalAutoencoderBeatsPcaWithTwoComponents() {
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        TrainingResult result = train(10, events);
        result.model().close();
        Dataset train = mnist.train();
        Pca pca = Pca.fit(train.values(), train.size(), 784);
        double pcaMse = pca.reconstructionError(mnist.validation().values(), mnist.validation().size(), 2);

        assertThat(pcaMse).isBetween(0.05, 0.06);
        assertThat(result.metrics().valMse()).isLessThan(0.95 * pcaMse);
        assertThat(result.outcome()).isEqualTo(TrainingResult.Outcome.COMPLETED);

        // The run reported what the curves and scatter need, with the loss falling.
        List<TrainingEvent.Epoch> epochs = events.stream().filter(TrainingEvent.Epoch.class::isInstance)
                .map(TrainingEvent.Epoch.class::cast).toList();
        assertThat(epochs).hasSize(10);
        assertThat(epochs.get(9).validationLoss()).isLessThan(epochs.get(0).validationLoss());
        assertThat(events.stream().filter(TrainingEvent.Step.class::isInstance).count()).isEqualTo(10 * 63);
        TrainingEvent.Codes codes = events.stream().filter(TrainingEvent.Codes.class::isInstance)
                .map(TrainingEvent.Codes.class::cast).reduce((a, b) -> b).orElseThrow();
        assertThat(codes.codes()).hasSize(2000 * 2);
        assertThat(codes.labels()).hasSize(2000);
    }

    /** Training images 64: the run steps through those 64 only, and its training MSE is theirs, not the whole split's. */
    @Test
    void aRunLimitedTo64TrainingImagesTrainsOnThoseAndMeasuresItsTrainingErrorOnThem() {
        ModelSpec spec = ModelSpec.undercomplete(2).toBuilder().batchSize(16).set(org.latentlab.ml.model.Knobs.TRAIN_IMAGES, 64).build();
        TrainingPlan plan = new TrainingPlan(mnist, spec, 2, 7, "cpu", 0);
        assertThat(plan.trainingSet().size()).isEqualTo(64);
        assertThat(plan.trainingSet().values()).containsExactly(java.util.Arrays.copyOf(mnist.train().values(), 64 * 784));
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        TrainingResult result = new TrainingService(plan, events::add).run();
        try {
            TrainingEvent.Started started = events.stream().filter(TrainingEvent.Started.class::isInstance)
                    .map(TrainingEvent.Started.class::cast).findFirst().orElseThrow();
            assertThat(started.stepsPerEpoch()).isEqualTo(4);
            assertThat(events.stream().filter(TrainingEvent.Step.class::isInstance).count()).isEqualTo(2 * 4);
            Dataset first64 = mnist.train().subset("first", java.util.stream.IntStream.range(0, 64).toArray());
            double onThem = result.model().reconstructionError(first64.values(), 64);
            assertThat(result.metrics().trainMse()).isCloseTo(onThem, org.assertj.core.data.Offset.offset(1e-5));
        } finally {
            result.model().close();
        }
    }

    /** A VAE's codes come with the encoder's σ for each (the scatter draws them as ellipses); an autoencoder's with none. */
    @Test
    void aVaesCodesComeWithTheirSpreadAndAnAutoencodersWithout() {
        ModelSpec vae = ModelSpec.defaults(org.latentlab.ml.model.Variant.VAE).toBuilder().inputShape(1, 28, 28).build();
        TrainingPlan plan = new TrainingPlan(mnist, vae, 1, 7, "cpu", 200);
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        new TrainingService(plan, events::add).run().model().close();
        List<TrainingEvent.Codes> codes = events.stream().filter(TrainingEvent.Codes.class::isInstance)
                .map(TrainingEvent.Codes.class::cast).toList();
        assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c.spreads()).hasSize(2000 * 2));
        for (float sigma : codes.get(codes.size() - 1).spreads()) {
            assertThat(sigma).isGreaterThan(0f).isLessThan(10f);
        }

        List<TrainingEvent> plain = new CopyOnWriteArrayList<>();
        train(1, plain).model().close();
        assertThat(plain.stream().filter(TrainingEvent.Codes.class::isInstance).map(TrainingEvent.Codes.class::cast))
                .isNotEmpty().allSatisfy(c -> assertThat(c.spreads()).isNull());
    }

    /** β moved mid-run takes effect at the next step: with β = 0 the KL part of every later step is 0. */
    @Test
    void betaChangedDuringARunTakesEffectAtTheNextStep() throws Exception {
        ModelSpec vae = ModelSpec.defaults(org.latentlab.ml.model.Variant.VAE).toBuilder().inputShape(1, 28, 28).build();
        List<TrainingEvent.Step> steps = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicReference<TrainingService> service = new java.util.concurrent.atomic.AtomicReference<>();
        TrainingPlan plan = new TrainingPlan(mnist, vae, 1, 7, "cpu", 0);
        service.set(new TrainingService(plan, e -> {
            if (e instanceof TrainingEvent.Step s) {
                steps.add(s);
                if (s.step() == 20) {
                    service.get().setTunables(vae.toBuilder().beta(0).build());
                }
            }
        }));
        service.get().run().model().close();
        assertThat(steps.get(10).parts()[1]).isGreaterThan(0.1f);
        // Step 21 may already be under way when the knob moves; from step 22 on the KL weight is 0.
        assertThat(steps.subList(22, steps.size())).allSatisfy(s -> assertThat(s.parts()[1]).isEqualTo(0f));
    }

    @Test
    void sameSeedGivesTheSameValidationErrorToSixDigits() {
        TrainingResult a = train(2, null);
        TrainingResult b = train(2, null);
        a.model().close();
        b.model().close();
        assertThat(String.format("%.6f", a.metrics().valMse())).isEqualTo(String.format("%.6f", b.metrics().valMse()));
    }

    /** The window trains its own model and side-by-side panels at once; DJL lets one step collect gradients at a time. */
    @Test
    void twoRunsTrainingAtOnceBothComplete() throws Exception {
        ModelSpec small = ModelSpec.undercomplete(2).toBuilder().hiddenSizes(List.of(16)).build();
        org.latentlab.concurrent.Background background = org.latentlab.concurrent.Background.threaded();
        try {
            TrainingService first = new TrainingService(new TrainingPlan(mnist, small, 3, 7, "cpu", 0), null);
            TrainingService second = new TrainingService(new TrainingPlan(mnist, small, 3, 8, "cpu", 0), null);
            first.start(background);
            second.start(background);
            TrainingResult a = first.result().get(120, TimeUnit.SECONDS);
            TrainingResult b = second.result().get(120, TimeUnit.SECONDS);
            a.model().close();
            b.model().close();

            assertThat(a.outcome()).as(a.message()).isEqualTo(TrainingResult.Outcome.COMPLETED);
            assertThat(b.outcome()).as(b.message()).isEqualTo(TrainingResult.Outcome.COMPLETED);
        } finally {
            background.close();
        }
    }

    @Test
    void pauseHoldsTheRunStepAdvancesOneBatchAndStopEndsIt() throws Exception {
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        TrainingPlan plan = new TrainingPlan(mnist, ModelSpec.undercomplete(2), 50, 7, "cpu", 0);
        TrainingService service = new TrainingService(plan, events::add);
        org.latentlab.concurrent.Background background = org.latentlab.concurrent.Background.threaded();
        service.start(background);
        waitFor(() -> steps(events) >= 5);
        service.pause();
        Thread.sleep(300);
        long held = steps(events);
        Thread.sleep(500);
        assertThat(steps(events)).isEqualTo(held);

        service.step();
        waitFor(() -> steps(events) == held + 1);
        Thread.sleep(300);
        assertThat(steps(events)).isEqualTo(held + 1);

        service.resume();
        waitFor(() -> steps(events) > held + 10);
        service.stop();
        TrainingResult result = service.result().get(30, TimeUnit.SECONDS);
        result.model().close();
        assertThat(result.outcome()).isEqualTo(TrainingResult.Outcome.STOPPED);
        assertThat(result.metrics().steps()).isLessThan(50L * 63);
        assertThat(events).anyMatch(e -> e instanceof TrainingEvent.Finished f && f.outcome() == TrainingResult.Outcome.STOPPED);
        background.close();
    }

    /** A stop asked for during a convolutional run (mid-epoch codes on) ends it before a second step starts. */
    @Test
    void stopEndsAConvolutionalRunWithinOneStep() throws Exception {
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        ModelSpec conv = ModelSpec.defaults(org.latentlab.ml.model.Variant.CONVOLUTIONAL).toBuilder().inputShape(1, 28, 28).build();
        TrainingService service = new TrainingService(new TrainingPlan(mnist, conv, 30, 7, "cpu", 150), events::add);
        org.latentlab.concurrent.Background background = org.latentlab.concurrent.Background.threaded();
        service.start(background);
        waitFor(() -> events.stream().anyMatch(TrainingEvent.Codes.class::isInstance));
        service.stop();
        long atStop = steps(events);
        TrainingResult result = service.result().get(120, TimeUnit.SECONDS);
        result.model().close();
        background.close();
        assertThat(result.outcome()).isEqualTo(TrainingResult.Outcome.STOPPED);
        assertThat(result.metrics().steps()).isBetween(atStop, atStop + 1);
        assertThat(steps(events)).isEqualTo(result.metrics().steps());
        assertThat(result.metrics().trainMse()).isBetween(0.0, 1.0);
    }

    /** Mid-epoch codes wait for the interval after a quick pass, and for twenty passes' time after a slow one. */
    @Test
    void midEpochCodesTakeAtMostTheirShareOfTheTrainingThread() {
        long ms = 1_000_000L;
        assertThat(TrainingService.nextCodesAt(0, 2 * ms, 150 * ms)).isEqualTo(152 * ms);
        assertThat(TrainingService.nextCodesAt(0, 100 * ms, 150 * ms)).isCloseTo(2_100 * ms, org.assertj.core.api.Assertions.within(1L));
    }

    private static long steps(List<TrainingEvent> events) {
        return events.stream().filter(TrainingEvent.Step.class::isInstance).count();
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(5);
        }
    }
}
