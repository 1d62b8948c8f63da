package org.latentlab.concurrent;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.latentlab.ml.device.BackgroundPriority;

/**
 * One pool of daemon threads at lowered priority, grown on demand and shrunk when idle, behind
 * every lane; dedicated threads are counted too, so {@link #close} can wait for them.
 */
final class ThreadedBackground implements Background {
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final AtomicInteger workers = new AtomicInteger();
    private final Set<Thread> dedicated = ConcurrentHashMap.newKeySet();
    private final Set<Thread> poolThreads = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = BackgroundPriority.newThread(r, THREAD_PREFIX + "worker-" + workers.incrementAndGet());
                poolThreads.removeIf(old -> old.getState() == Thread.State.TERMINATED);
                poolThreads.add(t);
                return t;
            });
    private volatile boolean closed;

    @Override
    public boolean open() {
        return !closed;
    }

    @Override
    public Executor lane(String name) {
        return new Lane(name);
    }

    @Override
    public Thread newThread(String name, Runnable work) {
        if (closed) {
            throw new RejectedExecutionException("the application is closing");
        }
        Thread t = new Thread(() -> {
            try {
                work.run();
            } finally {
                dedicated.remove(Thread.currentThread());
            }
        }, THREAD_PREFIX + name);
        t.setDaemon(true);
        dedicated.add(t);
        return t;
    }

    /**
     * Refuses new work, lets the lanes finish what they were given (a model's own clean-up is often
     * the last task), then interrupts whatever is still running after a few seconds.
     */
    @Override
    public void close() {
        closed = true;
        pool.shutdown();
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
        try {
            for (Thread t : Set.copyOf(dedicated)) {
                t.join(Math.max(1, deadline - System.currentTimeMillis()));
            }
            if (!pool.awaitTermination(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(1, TimeUnit.SECONDS);
            }
            for (Thread t : Set.copyOf(dedicated)) {
                t.interrupt();
                t.join(1_000);
            }
            // A terminated pool's workers may still be on their way out.
            for (Thread t : Set.copyOf(poolThreads)) {
                t.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs its tasks one after another on the pool, as Executor's documentation's SerialExecutor does. */
    private final class Lane implements Executor {
        private final String name;
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean active;

        Lane(String name) {
            this.name = THREAD_PREFIX + name;
        }

        @Override
        public synchronized void execute(Runnable task) {
            if (closed) {
                throw new RejectedExecutionException("the application is closing");
            }
            tasks.add(task);
            if (!active) {
                active = true;
                pool.execute(this::drain);
            }
        }

        private void drain() {
            Thread self = Thread.currentThread();
            String worker = self.getName();
            self.setName(name);
            try {
                while (true) {
                    Runnable next;
                    synchronized (this) {
                        next = tasks.poll();
                        if (next == null) {
                            active = false;
                            return;
                        }
                    }
                    try {
                        next.run();
                    } catch (Throwable e) {
                        // Reported as an uncaught failure would be; the lane goes on with its next task.
                        self.getUncaughtExceptionHandler().uncaughtException(self, e);
                    }
                }
            } finally {
                self.setName(worker);
            }
        }
    }
}
