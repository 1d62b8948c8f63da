package org.latentlab.ui.training;

import java.util.Arrays;

/**
 * The loss history of a run as growable primitive arrays: the total loss at every training step and
 * the validation loss at every epoch end. Appended and read on the JavaFX thread; {@link #version()}
 * changes on every append so views redraw only when there is something new.
 */
public final class CurveData {
    private float[] steps = new float[1024];
    private float[] losses = new float[1024];
    private int size;
    private float[] validationSteps = new float[64];
    private float[] validationLosses = new float[64];
    private int validationSize;
    private long version;

    /** Appends one training step's total loss. */
    public void addStep(long step, float loss) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            losses = Arrays.copyOf(losses, size * 2);
        }
        steps[size] = step;
        losses[size] = loss;
        size++;
        version++;
    }

    /** Appends a validation loss measured at {@code step}. */
    public void addValidation(long step, float loss) {
        if (validationSize == validationSteps.length) {
            validationSteps = Arrays.copyOf(validationSteps, validationSize * 2);
            validationLosses = Arrays.copyOf(validationLosses, validationSize * 2);
        }
        validationSteps[validationSize] = step;
        validationLosses[validationSize] = loss;
        validationSize++;
        version++;
    }

    public void clear() {
        size = 0;
        validationSize = 0;
        version++;
    }

    public int size() {
        return size;
    }

    public int validationSize() {
        return validationSize;
    }

    public float step(int i) {
        return steps[i];
    }

    public float loss(int i) {
        return losses[i];
    }

    public float validationStep(int i) {
        return validationSteps[i];
    }

    public float validationLoss(int i) {
        return validationLosses[i];
    }

    public long version() {
        return version;
    }
}
