package org.latentlab.concurrent;

import java.util.concurrent.Executor;

/**
 * Where the application's background work runs: made once by the application, handed to every
 * service and view model, and closed with the window, which stops every thread it made. Work that
 * must not overlap (one model, one file) goes through a {@link #lane}; a service whose library
 * needs one thread for its whole life (DJL's Trainer) gets one from {@link #newThread}.
 */
public interface Background extends AutoCloseable {
    /** Prefix of the name of every thread made here. */
    String THREAD_PREFIX = "latentlab-";

    /** An executor that runs its tasks one at a time, in the order given; {@code name} names the work in thread dumps. */
    Executor lane(String name);

    /** A thread, not yet started, that runs {@code work} and is named {@code latentlab-<name>}. */
    Thread newThread(String name, Runnable work);

    /** False once {@link #close} has been called. */
    boolean open();

    /** Stops every thread made here (waiting a few seconds for running work); later work is refused. */
    @Override
    void close();

    /** Background threads at a lower CPU priority than the window's. */
    static Background threaded() {
        return new ThreadedBackground();
    }

    /** Everything on the caller's thread, at once: for tests, where order must be exact. */
    static Background synchronous() {
        return new SynchronousBackground();
    }
}
