package org.latentlab.ml.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Gives the calling thread a lower CPU priority than the window's threads, so on a small CPU a
 * training run takes the cycles the window leaves and the window stays smooth. Java's own thread
 * priorities do nothing on Linux without a JVM flag, so on Linux this renices the thread's kernel
 * task (any user may lower their own threads' priority); elsewhere it does nothing. On this 2-core
 * machine it changed the run's steps per second by nothing measurable and halved the window's long
 * pauses (see {@code bench ui}).
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
            String task = Files.readSymbolicLink(self).getFileName().toString();
            Long.parseLong(task);
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", task)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false; // no renice here: the run keeps normal priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
