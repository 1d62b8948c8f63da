package org.latentlab.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * DJL's PyTorch engine lets one {@link GradientCollector} collect at a time in a process (a second
 * throws "A PtGradientCollector is already collecting"), while the window may train several
 * models at once (its own run and side-by-side panels, or two windows' worth of tests). Each
 * training step takes its turn: the collector is opened under a process-wide lock that its
 * {@code close} releases, on the same thread.
 */
final class OneCollectorAtATime {
    private static final ReentrantLock TURN = new ReentrantLock(true);

    private OneCollectorAtATime() {}

    /** A collector for one step of {@code trainer}, opened once no other step is collecting. */
    static GradientCollector open(Trainer trainer) {
        TURN.lock();
        GradientCollector inner;
        try {
            inner = trainer.newGradientCollector();
        } catch (RuntimeException | Error e) {
            TURN.unlock();
            throw e;
        }
        return new GradientCollector() {
            private boolean closed;

            @Override
            public void backward(NDArray target) {
                inner.backward(target);
            }

            @Override
            public void zeroGradients() {
                inner.zeroGradients();
            }

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    inner.close();
                } finally {
                    TURN.unlock();
                }
            }
        };
    }
}
