package org.latentlab.analysis.projection;

/**
 * One run of an iterative projection, shared between the thread that computes it and the one
 * that watches it: where it starts (a warm-start layout), who sees its layouts as it iterates,
 * and the pause, resume and cancel flags it checks between iterations.
 */
public final class ProjectionRun {
    /** Told of the layout every few iterations; the array is a copy the listener may keep. */
    @FunctionalInterface
    public interface Listener {
        void layout(int iteration, float[][] layout);
    }

    private final Listener listener;
    private final float[][] warmStart;
    private final Object lock = new Object();
    private boolean paused;
    private volatile boolean cancelled;

    private ProjectionRun(Listener listener, float[][] warmStart) {
        this.listener = listener;
        this.warmStart = warmStart;
    }

    /** A run nobody watches, from a fresh start. */
    public static ProjectionRun unobserved() {
        return new ProjectionRun((i, l) -> { }, null);
    }

    /** A run whose layouts go to {@code listener}, from a fresh start. */
    public static ProjectionRun observed(Listener listener) {
        return new ProjectionRun(listener, null);
    }

    /** The same listener, starting from {@code layout} (one row per code) instead of at random. */
    public ProjectionRun warmStartedFrom(float[][] layout) {
        return new ProjectionRun(listener, layout);
    }

    /** The layout to start from, or null for a fresh start. */
    public float[][] warmStart() {
        return warmStart;
    }

    /** Holds the run at its next check until {@link #resume()} or {@link #cancel()}. */
    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    /** Lets a paused run go on. */
    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    /** Stops the run at its next check; it returns the layout it had reached. */
    public void cancel() {
        cancelled = true;
        resume();
    }

    /** Whether the run was told to stop. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the run is held. */
    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    /** Hands a layout to the listener. */
    void report(int iteration, float[][] layout) {
        listener.layout(iteration, layout);
    }

    /**
     * Called between iterations: waits while paused and says whether to go on (false once
     * cancelled or interrupted).
     */
    boolean proceed() {
        synchronized (lock) {
            while (paused && !cancelled) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            cancelled = true;
        }
        return !cancelled;
    }
}
