package org.latentlab.lesson;

/**
 * Lesson 2: a network far larger than its few training images drives their error towards zero while
 * the validation error stays high; the figure is both errors of the run and the gap between them.
 */
public final class MemorisationFigure implements LessonFigure {
    /** The training error must be below this share of the validation error for the run to show memorisation. */
    public static final double SHOWN_BELOW = 0.2;

    @Override
    public String id() {
        return "memorisation";
    }

    @Override
    public boolean needsRun() {
        return true;
    }

    @Override
    public Measured measure(RunEvidence e) {
        if (!e.hasRun()) {
            return new Measured("Train the model to measure its training error against its validation error.", false);
        }
        double train = e.trainMse();
        double validation = e.validationMse();
        boolean shown = train < SHOWN_BELOW * validation;
        String figure = String.format("MSE on the training images %.4f, on the validation images %.4f: a gap of %.4f, %s.", train, validation,
                validation - train, shown
                        ? String.format("the validation error %.0f× the training error", validation / Math.max(train, 1e-12))
                        : "the training error is not yet far below the validation error: train more epochs");
        return new Measured(figure, shown);
    }
}
