package org.latentlab.ui.training;

import org.latentlab.ml.train.TrainingEvent;

/**
 * The status line and progress of a run's steps: epoch, step, loss, samples per second and the
 * time left, changed at most four times a second while the run goes (readable, and cheap to lay out).
 */
final class StepLine {
    private static final long INTERVAL_NANOS = 250_000_000L;

    /** A step's progress in [0,1] and its status line. */
    record Line(double progress, String status) {}

    private final Throughput throughput = new Throughput();
    private int stepsPerEpoch;
    private int totalEpochs;
    private long shownAt;

    /** A new run (or a model opened) of {@code epochs} epochs. */
    void start(int epochs) {
        totalEpochs = epochs;
        throughput.reset();
    }

    void setStepsPerEpoch(int steps) {
        stepsPerEpoch = steps;
    }

    /** The run paused or went on: the samples per second are measured afresh. */
    void resetThroughput() {
        throughput.reset();
    }

    /** The line for step {@code s}, or null while a running run's line is younger than a quarter of a second. */
    Line step(TrainingEvent.Step s, boolean running, int batchSize, String phase) {
        throughput.add(s.samples());
        long totalSteps = (long) stepsPerEpoch * totalEpochs;
        long now = System.nanoTime();
        if (running && now - shownAt < INTERVAL_NANOS) {
            return null;
        }
        shownAt = now;
        double progress = totalSteps == 0 ? 0 : (double) s.step() / totalSteps;
        if (!running) {
            return new Line(progress, String.format("Paused at step %,d · loss %.4f. Press Step for one more batch.", s.step(), s.total()));
        }
        double samplesPerSecond = throughput.perSecond();
        double stepsPerSecond = samplesPerSecond / Math.max(1, batchSize);
        long left = stepsPerSecond > 0 ? Math.round((totalSteps - s.step()) / stepsPerSecond) : -1;
        return new Line(progress, String.format("%sEpoch %d/%d · step %,d · loss %.4f · %,.0f samples/s%s", phase.isEmpty() ? "" : phase + " · ",
                s.epoch(), totalEpochs, s.step(), s.total(), samplesPerSecond, left >= 0 ? " · about " + duration(left) + " left" : ""));
    }

    private static String duration(long seconds) {
        return seconds < 90 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }
}
