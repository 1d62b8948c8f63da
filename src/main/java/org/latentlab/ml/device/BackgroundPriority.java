package org.latentlab.ml.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Gives the calling thread a lower CPU priority than the window's threads, so on a small CPU a
 * training run takes the cycles the window leaves and the window stays smooth. Java's own thread
 * priorities do nothing on Linux without a JVM flag, so on Linux this renices the thread's kernel
 * task (any user may lower their own threads' priority); elsewhere it does nothing.
 */
public final class BackgroundPriority {
    /** The nice value a training thread runs at (0 is normal, 19 the lowest). */
    public static final int NICE = 10;

    private BackgroundPriority() {}

    /** A daemon thread for background work (decoding, PCA) that lowers its own priority as it starts. */
    public static Thread newThread(Runnable work, String name) {
        Thread t = new Thread(() -> {
            lowerCurrentThread();
            work.run();
        }, name);
        t.setDaemon(true);
        return t;
    }

    /** Lowers the calling thread's priority; true when it did. Never throws. */
    public static boolean lowerCurrentThread() {
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) {
            return false;
        }
        try {
            return renice(List.of(Files.readSymbolicLink(self).getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return false; // no renice here: the run keeps normal priority
        }
    }

    /**
     * Lowers the priority of the JVM's own background threads to a training run's: the just-in-time
     * compilers and the collector's concurrent threads (marking, refinement), so their work waits for
     * the window instead of the window for it on a CPU with few cores. The collector's pauses keep their
     * priority: the window waits for those whatever it does. True when it lowered any.
     */
    public static boolean lowerJvmBackgroundThreads() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return false;
        }
        List<String> helpers = new ArrayList<>();
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) list::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")
                            || name.startsWith("G1 Conc#") || name.equals("G1 Main Marker") || name.startsWith("G1 Refine#")) {
                        helpers.add(task.getFileName().toString());
                    }
                } catch (IOException e) {
                    // the thread ended
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return !helpers.isEmpty() && renice(helpers);
    }

    /** Runs {@code renice} on the given kernel tasks of this process; true when it succeeded. */
    private static boolean renice(List<String> tids) {
        try {
            List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(NICE), "-p"));
            for (String tid : tids) {
                Long.parseLong(tid);
                command.add(tid);
            }
            Process renice = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
