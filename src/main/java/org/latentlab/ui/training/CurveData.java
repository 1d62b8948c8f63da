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
    private final java.util.List<Long> phaseSteps = new java.util.ArrayList<>();
    private final java.util.List<String> phaseNames = new java.util.ArrayList<>();

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

    /** Marks the step where a phase begins, with its name (null for a run of one phase). */
    public void addPhase(long step, String name) {
        if (name != null) {
            phaseSteps.add(step);
            phaseNames.add(name);
            version++;
        }
    }

    /** Steps where phases begin, and their names. */
    public java.util.List<Long> phaseSteps() {
        return phaseSteps;
    }

    public java.util.List<String> phaseNames() {
        return phaseNames;
    }

    public void clear() {
        size = 0;
        validationSize = 0;
        phaseSteps.clear();
        phaseNames.clear();
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
