package org.latentlab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * {@code bench ui}'s trace ({@code -Dlatentlab.bench.trace=true}): what the window was doing when a
 * pulse came late. While a pulse is more than 40 ms late it prints the JavaFX thread's and the
 * renderer's stacks; after a gap of three pulses or more it prints, for each of the process's threads
 * that ran or waited for a CPU during the gap, how long it ran and how long it was ready but waiting
 * for a core (Linux's {@code /proc/self/task/N/schedstat}). All printing is done on its own thread.
 */
final class PulseTrace {
    private static final long SAMPLE_NANOS = 5_000_000L;

    private record Sample(long nanos, Map<String, long[]> threads) {}

    private final Thread fx;
    private final long[] lastPulse;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<long[]> gaps = new ConcurrentLinkedQueue<>();

    private PulseTrace(Thread fx, long[] lastPulse) {
        this.fx = fx;
        this.lastPulse = lastPulse;
    }

    /** Starts watching; {@code lastPulse[0]} is the newest pulse's {@link System#nanoTime()}. */
    static PulseTrace start(Thread fx, long[] lastPulse) {
        PulseTrace trace = new PulseTrace(fx, lastPulse);
        Thread watch = new Thread(trace::watch, "bench-watch");
        watch.setDaemon(true);
        watch.start();
        return trace;
    }

    /** Called on the JavaFX thread for a gap of three pulses or more. */
    void gap(long fromNanos, long toNanos) {
        gaps.add(new long[] {fromNanos, toNanos});
    }

    private void watch() {
        long reported = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(SAMPLE_NANOS / 1_000_000L);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            samples.addLast(new Sample(now, schedStats()));
            while (samples.size() > 2 && now - samples.peekFirst().nanos() > 1_000_000_000L) {
                samples.removeFirst();
            }
            long last = lastPulse[0];
            if (last != 0 && now - last > 40_000_000L && last != reported) {
                reported = last;
                System.err.print("UI thread " + (now - last) / 1_000_000 + " ms into a pulse gap, state " + fx.getState() + ":\n"
                        + stack(fx, 24) + renderer());
            }
            for (long[] gap; (gap = gaps.poll()) != null; ) {
                System.err.print(whoRan(gap[0], gap[1]));
            }
        }
    }

    private static String renderer() {
        StringBuilder b = new StringBuilder();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                b.append("  renderer, state ").append(t.getState()).append(":\n").append(stack(t, 12));
            }
        }
        return b.toString();
    }

    private static String stack(Thread t, int depth) {
        StringBuilder b = new StringBuilder();
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(depth, stack.length); i++) {
            b.append("    ").append(stack[i]).append('\n');
        }
        return b.toString();
    }

    private String whoRan(long from, long to) {
        Sample before = null;
        Sample after = null;
        for (Sample s : samples) {
            if (s.nanos() <= from) {
                before = s;
            }
            if (after == null && s.nanos() >= to) {
                after = s;
            }
        }
        if (after == null) {
            after = samples.peekLast();
        }
        StringBuilder b = new StringBuilder(String.format("gap %.1f ms at %.1f s; threads' ms running / waiting for a core:", (to - from) / 1e6,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
        if (before == null || after == null) {
            return b.append(" (no samples)\n").toString();
        }
        for (Map.Entry<String, long[]> e : after.threads().entrySet()) {
            long[] a = e.getValue();
            long[] s = before.threads().getOrDefault(e.getKey(), new long[2]);
            double run = (a[0] - s[0]) / 1e6;
            double wait = (a[1] - s[1]) / 1e6;
            if (run >= 1 || wait >= 1) {
                b.append(String.format(" [%s %.0f / %.0f]", e.getKey(), run, wait));
            }
        }
        return b.append('\n').toString();
    }

    /** Each thread's name with its nanoseconds on a CPU and waiting on a run queue. */
    private Map<String, long[]> schedStats() {
        if (tasks.isEmpty() || ++sampled % 200 == 0) {
            listTasks();
        }
        Map<String, long[]> stats = new HashMap<>();
        for (Map.Entry<Path, String> task : tasks.entrySet()) {
            try {
                String[] f = Files.readString(task.getKey()).strip().split(" ");
                stats.put(task.getValue(), new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
            } catch (IOException | RuntimeException e) {
                // the thread ended
            }
        }
        return stats;
    }

    private final Map<Path, String> tasks = new HashMap<>();
    private long sampled;

    /** The process's threads' schedstat files, with their names. */
    private void listTasks() {
        tasks.clear();
        try (Stream<Path> list = Files.list(Path.of("/proc/self/task"))) {
            list.forEach(task -> {
                try {
                    tasks.put(task.resolve("schedstat"), Files.readString(task.resolve("comm")).strip() + "#" + task.getFileName());
                } catch (IOException e) {
                    // the thread ended
                }
            });
        } catch (IOException e) {
            // not Linux: no figures
        }
    }
}
