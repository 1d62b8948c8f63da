package org.latentlab.lesson;

/** The measurement that shows a lesson's effect happened, on this run and this data. */
public interface LessonFigure {
    /** The name a lesson file gives in its {@code figure} key. */
    String id();

    /** Whether it needs the window's run to have ended (else it measures the data alone). */
    boolean needsRun();

    /** The figure; call off the JavaFX thread. */
    Measured measure(RunEvidence evidence);
}
