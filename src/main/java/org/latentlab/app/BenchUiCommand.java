package org.latentlab.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentlab.cli.JsonOption;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench ui}: the explorer's speed figures. The window's start-up time; redrawing the scatter
 * of 10,000 and 70,000 points; the longest gap between JavaFX pulses while a model trains (how long
 * the UI thread was ever blocked); and the round trip of decoding one latent point for the pointer.
 */
@Command(name = "ui", mixinStandardHelpOptions = true, description = "Measure the explorer's drawing, responsiveness and decoding speed.")
final class BenchUiCommand implements Callable<Integer> {
    /** A gap longer than two 60 Hz frames: the window skipped at least two frames. */
    private static final long THREE_PULSES_NANOS = 34_000_000L;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to train while measuring pulse gaps. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Mixin
    JsonOption output;

    @Option(names = "--variants", split = ",", paramLabel = "ID",
            description = "Only time the window's training: each of these variants' default network (or all) on mnist-10k, "
                    + "as `bench variants` does, for --seconds each from its 20th step, and the time a stop takes.")
    List<String> variants;

    @Option(names = "--projection", defaultValue = "none",
            description = "A map laid out beside the training run, following each epoch's codes: none, tsne or umap. Default: ${DEFAULT-VALUE}.")
    String projection;

    @Option(names = "--startup", description = "Only time the start: the first frame, the shipped model's scatter on screen and "
            + "the training engine ready (Train enabled), from the JVM's start; whether libtorch was unpacked first.")
    boolean startupOnly;

    @Option(names = "--throughput",
            description = "With --variants: alternate, in this one process, each variant's bare training run (as `bench variants` "
                    + "runs it, no views) and the same run driven through the window with its views live, --rounds times each, "
                    + "--seconds each from the 20th step, and print both samples per second and their ratio.")
    boolean throughput;

    @Option(names = "--rounds", defaultValue = "2", description = "With --throughput: pairs of runs per variant. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (seconds < 5 || seconds > 3600) {
            throw new IllegalArgumentException("--seconds must be between 5 and 3600, got " + seconds + ".");
        }
        org.latentlab.ui.projection.ProjectionKind besideTraining = switch (projection.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> null;
            case "tsne", "t-sne" -> org.latentlab.ui.projection.ProjectionKind.TSNE;
            case "umap" -> org.latentlab.ui.projection.ProjectionKind.UMAP;
            default -> throw new IllegalArgumentException("--projection is none, tsne or umap, got '" + projection + "'.");
        };
        FxHarness.start();
        // Start-up: from the JVM's start to the first frame of the window, and to the frame that shows
        // the shipped model's latent scatter (what a person waits for).
        long[] firstPulse = {0};
        long[] modelShown = {0};
        org.latentlab.ui.shell.MainWindow[] windowShown = {null};
        boolean shipped = org.latentlab.persistence.ShippedModels.find(org.latentlab.persistence.ShippedModels.DEFAULT).isPresent();
        boolean firstStart = !org.latentlab.ml.device.EngineCache.unpacked();
        long[] engineReady = {0};
        // The view models and the window in one JavaFX event, as ExplorerApp.start makes them.
        org.latentlab.ui.shell.ViewModels models = FxHarness.onFx(() -> {
            org.latentlab.ui.shell.ViewModels m = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
            TrainingViewModel model = m.training();
            Runnable ready = () -> {
                if (model.form().engineReadyProperty().get() && engineReady[0] == 0) {
                    engineReady[0] = System.currentTimeMillis();
                }
            };
            model.form().engineReadyProperty().addListener((obs, was, now) -> ready.run());
            ready.run();
            Stage stage = new Stage();
            Scene scene = ExplorerApp.createScene(m);
            org.latentlab.ui.shell.MainWindow window = (org.latentlab.ui.shell.MainWindow) ((javafx.scene.layout.BorderPane) scene.getRoot()).getCenter();
            windowShown[0] = window;
            stage.setScene(scene);
            stage.setWidth(1280);
            stage.setHeight(820);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (firstPulse[0] == 0) {
                        firstPulse[0] = System.currentTimeMillis();
                    }
                    if (!shipped || window.latentView().drawnPointCount() > 0) {
                        modelShown[0] = System.currentTimeMillis();
                        stop();
                    }
                }
            }.start();
            return m;
        });
        TrainingViewModel model = models.training();
        FxHarness.waitUntil(() -> modelShown[0] > 0, startupOnly ? 600 : 60, "the window with its model");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        double firstFrame = (firstPulse[0] - jvmStart) / 1000.0;
        double startup = (modelShown[0] - jvmStart) / 1000.0;
        if (startupOnly) {
            FxHarness.waitUntil(() -> engineReady[0] > 0, 600, "the training engine");
            double engine = (engineReady[0] - jvmStart) / 1000.0;
            FxHarness.run(models::close);
            FxHarness.exit();
            if (output.requested()) {
                JsonObject o = new JsonObject();
                o.addProperty("first_start", firstStart);
                o.addProperty("first_frame_seconds", round(firstFrame));
                o.addProperty("startup_seconds", round(startup));
                o.addProperty("engine_ready_seconds", round(engine));
                System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
            } else {
                System.out.printf("start-up%s: first frame %.2f s, shipped model's scatter on screen %.2f s, Train enabled %.2f s%n",
                        firstStart ? " (first start: libtorch unpacked)" : "", firstFrame, startup, engine);
            }
            return 0;
        }

        if (throughput && variants == null) {
            throw new IllegalArgumentException("--throughput needs --variants (a list of variant ids, or all).");
        }
        if (variants != null && throughput) {
            compareThroughput(models, variants.contains("all") ? List.of(org.latentlab.ml.model.Variant.values())
                    : variants.stream().map(org.latentlab.ml.model.Variant::fromId).toList());
            FxHarness.run(models::close);
            FxHarness.exit();
            return 0;
        }
        if (variants != null) {
            trainEach(model, variants.contains("all") ? List.of(org.latentlab.ml.model.Variant.values())
                    : variants.stream().map(org.latentlab.ml.model.Variant::fromId).toList());
            FxHarness.run(models::close);
            FxHarness.exit();
            return 0;
        }

        double scatter10k = scatterMillis(10_000);
        double scatter70k = scatterMillis(70_000);

        // Pulse gaps while training.
        long[] last = {0};
        long[] maxGap = {0};
        long[] pulses = {0};
        long[] over50 = {0};
        long[] over3Pulses = {0};
        java.util.List<Long> gapList = new java.util.ArrayList<>();
        java.util.List<String> slowFrames = new java.util.ArrayList<>();
        java.lang.management.RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        PulseTrace[] trace = {null};
        AnimationTimer gaps = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    long gap = now - last[0];
                    maxGap[0] = Math.max(maxGap[0], gap);
                    if (gap > 50_000_000L) {
                        over50[0]++;
                    }
                    if (gap > THREE_PULSES_NANOS) {
                        over3Pulses[0]++;
                        slowFrames.add(String.format(java.util.Locale.ROOT, "%.1f ms at %.2f s", gap / 1e6, runtime.getUptime() / 1000.0));
                        if (trace[0] != null) {
                            trace[0].gap(last[0], now);
                        }
                    }
                    gapList.add(gap);
                }
                last[0] = now;
                pulses[0]++;
            }
        };
        FxHarness.run(() -> {
            model.form().epochsProperty().set(1000);
            model.train();
        });
        FxHarness.waitUntil(() -> model.stateProperty().get() == RunState.RUNNING && model.shown().latent().frameCountProperty().get() >= 1, 120,
                "the first epoch");
        if (Boolean.getBoolean("latentlab.bench.trace")) {
            trace[0] = PulseTrace.start(FxHarness.onFx(Thread::currentThread), last);
        }
        org.latentlab.ui.projection.ProjectionViewModel map = FxHarness.onFx(
                () -> windowShown[0].part(org.latentlab.ui.projection.ProjectionViewModel.class));
        if (besideTraining != null) {
            FxHarness.run(() -> map.kindProperty().set(besideTraining));
        }
        int layoutsBefore = FxHarness.onFx(() -> map.layoutsShownProperty().get());
        FxHarness.run(gaps::start);
        Thread.sleep(seconds * 1000L);
        int layoutsDuring = FxHarness.onFx(() -> map.layoutsShownProperty().get()) - layoutsBefore;
        FxHarness.run(gaps::stop);
        long steps = FxHarness.onFx(() -> (long) model.shown().curves().size());
        FxHarness.run(model::stop);
        FxHarness.waitUntil(() -> model.stateProperty().get() == RunState.IDLE, 60, "the run to stop");

        // Decoding one point, as the pointer does: request to result.
        float[] code = new float[model.shown().spec().codeSize()];
        double[] times = new double[400];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            model.shown().decoder().decode("bench", code, 1).get(30, TimeUnit.SECONDS);
        }
        for (int i = 0; i < times.length; i++) {
            code[0] = (float) random.nextDouble(-5, 5);
            long t0 = System.nanoTime();
            model.shown().decoder().decode("bench", code, 1).get(30, TimeUnit.SECONDS);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        double p95 = times[(int) Math.ceil(times.length * 0.95) - 1];

        // Drawing: from a stroke's new pixels to the reconstruction, the code on the scatter and the neighbours.
        org.latentlab.ui.denoise.DenoiseViewModel denoise = FxHarness.onFx(
                () -> new org.latentlab.ui.denoise.DenoiseViewModel(models.background(), model.shown().decoder(), model.shown().latent(), null));
        double[] draw = new double[60];
        for (int i = 0; i < draw.length; i++) {
            float[] drawing = new float[784];
            for (int y = 4; y < 4 + 10 + i % 12; y++) {
                drawing[y * 28 + 14] = 1f;
            }
            java.util.concurrent.CompletableFuture<Long> updated = new java.util.concurrent.CompletableFuture<>();
            long[] t0 = {0};
            FxHarness.run(() -> {
                javafx.beans.value.ChangeListener<Object> once = new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<?> obs, Object old, Object now) {
                        updated.complete(System.nanoTime());
                        denoise.landingProperty().removeListener(this);
                    }
                };
                denoise.landingProperty().addListener(once);
                t0[0] = System.nanoTime();
                denoise.analyse(drawing);
            });
            draw[i] = (updated.get(10, TimeUnit.SECONDS) - t0[0]) / 1e6;
        }
        Arrays.sort(draw);
        double drawP95 = draw[(int) Math.ceil(draw.length * 0.95) - 1];
        FxHarness.run(models::close);
        FxHarness.exit();

        double maxStall = maxGap[0] / 1e6;
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.addProperty("scatter_10k_ms", round(scatter10k));
            o.addProperty("scatter_70k_ms", round(scatter70k));
            o.addProperty("max_ui_stall_ms", round(maxStall));
            o.addProperty("decode_p95_ms", round(p95));
            o.addProperty("startup_seconds", round(startup));
            o.addProperty("first_frame_seconds", round(firstFrame));
            o.addProperty("draw_update_p95_ms", round(drawP95));
            o.addProperty("training_seconds", seconds);
            o.addProperty("pulses", pulses[0]);
            o.addProperty("gaps_over_50ms", over50[0]);
            o.addProperty("gaps_of_three_pulses_or_more", over3Pulses[0]);
            o.addProperty("gap_p99_ms", round(p99(gapList) / 1e6));
            // When each such gap ended, in seconds since the JVM started: the clock of -Xlog:gc's uptime.
            com.google.gson.JsonArray slow = new com.google.gson.JsonArray();
            slowFrames.forEach(slow::add);
            o.add("gaps_of_three_pulses_at", slow);
            o.addProperty("training_steps_seen", steps);
            o.addProperty("projection_beside_training", projection);
            o.addProperty("projection_layouts_shown", layoutsDuring);
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
        } else {
            System.out.printf("scatter redraw: 10k points %.2f ms, 70k points %.2f ms%n", scatter10k, scatter70k);
            System.out.printf("longest UI stall while training %d s: %.1f ms over %d pulses%n", seconds, maxStall, pulses[0]);
            System.out.printf("decode one point: p95 %.2f ms%n", p95);
            System.out.printf("start-up: first frame %.2f s, shipped model's scatter on screen %.2f s%n", firstFrame, startup);
            System.out.printf("stroke to updated reconstruction and scatter mark: p95 %.1f ms%n", drawP95);
        }
        return 0;
    }

    /**
     * Trains each variant's default network in the window on mnist-10k (as {@code bench variants}
     * does) and prints its samples per second over {@code seconds} from its 20th step on, epoch ends
     * included; then how long a stop took to show and to end the run, and the steps run after it.
     */
    private void trainEach(TrainingViewModel model, List<org.latentlab.ml.model.Variant> chosen) throws Exception {
        JsonObject perSecond = new JsonObject();
        JsonObject stopShown = new JsonObject();
        JsonObject stopEnded = new JsonObject();
        JsonObject stepsAfterStop = new JsonObject();
        for (org.latentlab.ml.model.Variant v : chosen) {
            WindowRun r = trainInWindow(model, v);
            perSecond.addProperty(v.id(), Math.round(r.samplesPerSecond()));
            stopEnded.addProperty(v.id(), r.stopToIdleMillis());
            stopShown.addProperty(v.id(), r.stopShownMillis());
            stepsAfterStop.addProperty(v.id(), r.stepsAfterStop());
        }
        JsonObject o = new JsonObject();
        o.add("window_samples_per_second", perSecond);
        o.add("stop_shown_ms", stopShown);
        o.add("stop_to_idle_ms", stopEnded);
        o.add("steps_seen_after_stop", stepsAfterStop);
        o.addProperty("threads", org.latentlab.ml.device.CpuThreads.get());
        o.addProperty("seconds_each", seconds);
        System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
    }

    /** One window run of a variant: samples per second from its 20th step, and how its stop went. */
    private record WindowRun(double samplesPerSecond, long stopShownMillis, long stopToIdleMillis, long stepsAfterStop, JsonObject cpu) {}

    /**
     * Trains {@code v}'s default network on mnist-10k through the window's view model, with the views
     * live, for {@code seconds} from its 20th step; then stops it and times the stop.
     */
    private WindowRun trainInWindow(TrainingViewModel model, org.latentlab.ml.model.Variant v) throws Exception {
        FxHarness.run(() -> {
            model.form().selectDataset("mnist-10k");
            model.form().variantProperty().set(v);
            model.form().epochsProperty().set(1000);
            model.train();
        });
        FxHarness.waitUntil(() -> model.stateProperty().get() == RunState.RUNNING && model.shown().curves().size() >= 20, 300,
                "the first 20 steps of " + v.id());
        long before = FxHarness.onFx(() -> (long) model.shown().curves().size());
        long t0 = System.nanoTime();
        JsonObject cpu = sleepCountingCpu(seconds * 1000L);
        long after = FxHarness.onFx(() -> (long) model.shown().curves().size());
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double perSecond = (after - before) * (double) model.form().batchSizeProperty().get() / elapsed;
        long asked = System.nanoTime();
        long[] shown = {0};
        long[] stepAtStop = {0};
        FxHarness.run(() -> {
            model.stop();
            stepAtStop[0] = model.shown().curves().size();
            if (model.statusProperty().get().startsWith("Stopping")) {
                shown[0] = System.nanoTime();
            }
        });
        FxHarness.waitUntil(() -> model.stateProperty().get() == RunState.IDLE, 120, "the run of " + v.id() + " to stop");
        long ended = Math.round((System.nanoTime() - asked) / 1e6);
        long afterStop = FxHarness.onFx(() -> (long) model.shown().curves().size()) - stepAtStop[0];
        return new WindowRun(perSecond, shown[0] == 0 ? -1 : Math.round((shown[0] - asked) / 1e6), ended, afterStop, cpu);
    }

    /**
     * For each variant, {@code rounds} pairs of runs in turn: the bare service on the window's own
     * background threads with no listener work and no codes between epochs (as {@code bench variants}
     * runs it), then the same network trained through the window. Prints the median samples per
     * second of each and the window's share of the bare figure.
     */
    private void compareThroughput(org.latentlab.ui.shell.ViewModels models, List<org.latentlab.ml.model.Variant> chosen)
            throws Exception {
        if (rounds < 1 || rounds > 20) {
            throw new IllegalArgumentException("--rounds must be between 1 and 20, got " + rounds + ".");
        }
        TrainingViewModel model = models.training();
        JsonObject perVariant = new JsonObject();
        for (org.latentlab.ml.model.Variant v : chosen) {
            double[] bare = new double[rounds];
            double[] window = new double[rounds];
            JsonObject stops = new JsonObject();
            com.google.gson.JsonArray cpuBare = new com.google.gson.JsonArray();
            com.google.gson.JsonArray cpuWindow = new com.google.gson.JsonArray();
            for (int r = 0; r < rounds; r++) {
                bare[r] = trainBare(models, model, v);
                WindowRun w = trainInWindow(model, v);
                window[r] = w.samplesPerSecond();
                stops.addProperty("stop_shown_ms", w.stopShownMillis());
                stops.addProperty("stop_to_idle_ms", w.stopToIdleMillis());
                stops.addProperty("steps_seen_after_stop", w.stepsAfterStop());
                cpuBare.add(bareCpu);
                cpuWindow.add(w.cpu());
                System.err.printf(java.util.Locale.ROOT, "%s round %d: bare %.0f, window %.0f samples/s%n", v.id(), r + 1, bare[r], window[r]);
            }
            JsonObject o = new JsonObject();
            o.add("bare_samples_per_second", rounded(bare));
            o.add("window_samples_per_second", rounded(window));
            o.addProperty("window_over_bare", round(median(window) / median(bare)));
            o.add("last_stop", stops);
            o.add("bare_cpu_seconds_by_thread", cpuBare);
            o.add("window_cpu_seconds_by_thread", cpuWindow);
            perVariant.add(v.id(), o);
        }
        JsonObject out = new JsonObject();
        out.add("variants", perVariant);
        out.addProperty("threads", org.latentlab.ml.device.CpuThreads.get());
        out.addProperty("seconds_each", seconds);
        out.addProperty("rounds", rounds);
        if (output.requested()) {
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(out));
        } else {
            perVariant.entrySet().forEach(e -> {
                JsonObject o = e.getValue().getAsJsonObject();
                System.out.printf(java.util.Locale.ROOT, "%-14s bare %s  window %s samples/s  window/bare %.2f%n", e.getKey(),
                        o.get("bare_samples_per_second"), o.get("window_samples_per_second"), o.get("window_over_bare").getAsDouble());
            });
        }
    }

    /**
     * Samples per second of {@code v}'s default network trained by a bare {@link org.latentlab.ml.train.TrainingService}
     * on the window's background, on the same split the window trains on, from its 20th step for {@code seconds}.
     */
    /** The CPU seconds by thread of the last bare run's measured interval. */
    private JsonObject bareCpu = new JsonObject();

    private double trainBare(org.latentlab.ui.shell.ViewModels models, TrainingViewModel model, org.latentlab.ml.model.Variant v)
            throws Exception {
        org.latentlab.ml.model.ModelSpec[] spec = {null};
        org.latentlab.data.Dataset.Split[] split = {null};
        FxHarness.run(() -> {
            model.form().selectDataset("mnist-10k");
            model.form().variantProperty().set(v);
            spec[0] = model.form().spec();
        });
        int seed = FxHarness.onFx(() -> model.form().seedProperty().get());
        split[0] = model.data().split(model.data().dataset("mnist-10k"), seed);
        org.latentlab.data.Dataset train = split[0].train();
        org.latentlab.ml.model.ModelSpec shaped = spec[0].withInputShape(train.channels(), train.height(), train.width());
        java.util.concurrent.atomic.AtomicLong steps = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong samples = new java.util.concurrent.atomic.AtomicLong();
        org.latentlab.ml.train.TrainingService service = new org.latentlab.ml.train.TrainingService(
                new org.latentlab.ml.train.TrainingPlan(split[0], shaped, 1000, seed, "cpu", 0), e -> {
                    if (e instanceof org.latentlab.ml.train.TrainingEvent.Step s) {
                        samples.addAndGet(s.samples());
                        steps.incrementAndGet();
                    }
                });
        var result = service.start(models.background());
        FxHarness.waitUntil(() -> steps.get() >= 20 || result.isDone(), 300, "the first 20 bare steps of " + v.id());
        long before = samples.get();
        long t0 = System.nanoTime();
        bareCpu = sleepCountingCpu(seconds * 1000L);
        long after = samples.get();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        service.stop();
        result.get(120, TimeUnit.SECONDS).model().close();
        return (after - before) / elapsed;
    }


    /** Each of this process's kernel tasks: its name now (a lane renames its pool thread while it runs) and its CPU seconds so far. */
    private static java.util.Map<String, Object[]> tasks() {
        java.util.Map<String, Object[]> byTid = new java.util.HashMap<>();
        java.nio.file.Path dir = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return byTid;
        }
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) list::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#-]+$", "");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks
                    byTid.put(task.getFileName().toString(), new Object[] {name, cpu});
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        } catch (java.io.IOException e) {
            return byTid;
        }
        return byTid;
    }

    /**
     * Sleeps {@code millis} while reading the threads' CPU time four times a second, and returns the
     * CPU seconds used in that time by thread name (the name a thread had while it used them), the six largest.
     */
    private static JsonObject sleepCountingCpu(long millis) throws InterruptedException {
        java.util.Map<String, Double> used = new java.util.HashMap<>();
        java.util.Map<String, Object[]> last = tasks();
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.max(1, Math.min(250, (end - System.nanoTime()) / 1_000_000L)));
            java.util.Map<String, Object[]> now = tasks();
            for (var e : now.entrySet()) {
                Object[] before = last.get(e.getKey());
                double delta = (double) e.getValue()[1] - (before == null ? 0.0 : (double) before[1]);
                if (before != null && delta > 0) {
                    used.merge((String) e.getValue()[0], delta, Double::sum);
                }
            }
            last = now;
        }
        JsonObject o = new JsonObject();
        used.entrySet().stream().filter(e -> e.getValue() > 0.005)
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(6)
                .forEach(e -> o.addProperty(e.getKey(), round(e.getValue())));
        return o;
    }

    private static com.google.gson.JsonArray rounded(double[] values) {
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        for (double x : values) {
            a.add(Math.round(x));
        }
        return a;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Median time of a full scatter redraw (axes, points, image update) of {@code n} clustered points at 800×600. */
    private static double scatterMillis(int n) {
        return FxHarness.onFx(() -> {
            LatentScatterView view = new LatentScatterView(new org.latentlab.ui.latent.LatentViewModel(org.latentlab.concurrent.Background.synchronous()));
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 900, 640));
            stage.show();
            SplittableRandom random = new SplittableRandom(1);
            float[] codes = new float[2 * n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(10);
                codes[2 * i] = (float) (labels[i] * 2 + random.nextGaussian());
                codes[2 * i + 1] = (float) (Math.sin(labels[i]) * 5 + random.nextGaussian());
            }
            view.show(new LatentSnapshot(codes, 2, labels, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), "bench"));
            view.applyCss();
            view.layout();
            double[] t = new double[40];
            for (int i = 0; i < 10; i++) {
                view.redrawNow();
            }
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                view.redrawNow();
                t[i] = (System.nanoTime() - t0) / 1e6;
            }
            stage.close();
            Arrays.sort(t);
            return t[t.length / 2];
        });
    }

    private static double p99(java.util.List<Long> gaps) {
        if (gaps.isEmpty()) {
            return 0;
        }
        long[] g = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        return g[(int) Math.ceil(g.length * 0.99) - 1];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
