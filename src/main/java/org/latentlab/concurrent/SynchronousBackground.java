package org.latentlab.concurrent;

import java.util.concurrent.Executor;

/** Runs every task, and every "thread", on the caller's thread before returning. */
final class SynchronousBackground implements Background {
    @Override
    public Executor lane(String name) {
        return Runnable::run;
    }

    @Override
    public Thread newThread(String name, Runnable work) {
        return new Thread(work, THREAD_PREFIX + name) {
            @Override
            public synchronized void start() {
                run();
            }
        };
    }

    private boolean closed;

    @Override
    public boolean open() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true; // nothing runs after its caller returns
    }
}
