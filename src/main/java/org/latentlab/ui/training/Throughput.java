package org.latentlab.ui.training;

import java.util.ArrayDeque;

/**
 * Samples per second over the last two seconds. Steps reach the window in bursts (all the steps of
 * one frame at once), so the rate is taken over a window of wall time, not between two events.
 */
final class Throughput {
    private static final long WINDOW_NANOS = 2_000_000_000L;
    private final ArrayDeque<long[]> marks = new ArrayDeque<>();
    private long total;

    /** Counts samples that were just trained. */
    void add(int samples) {
        long now = System.nanoTime();
        total += samples;
        marks.addLast(new long[] {now, total});
        while (marks.size() > 2 && now - marks.peekFirst()[0] > WINDOW_NANOS) {
            marks.removeFirst();
        }
    }

    /** Samples per second over the window, or 0 until two marks half a second apart exist. */
    double perSecond() {
        if (marks.size() < 2) {
            return 0;
        }
        long[] first = marks.peekFirst();
        long[] last = marks.peekLast();
        long dt = last[0] - first[0];
        return dt < 500_000_000L ? 0 : (last[1] - first[1]) / (dt / 1e9);
    }

    /** Forgets the window, e.g. after a pause. */
    void reset() {
        marks.clear();
        total = 0;
    }
}
