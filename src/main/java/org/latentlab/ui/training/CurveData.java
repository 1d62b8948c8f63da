package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The loss history of a run as growable primitive arrays: the total loss at every training step and
 * the validation loss at every epoch end, plus where each phase begins. Appended and read on the
 * JavaFX thread; {@link #version()} changes on every append so views redraw only when there is
 * something new.
 */
public final class CurveData {
    /** (step, value) pairs in two growable float arrays. */
    private static final class Series {
        private float[] steps;
        private float[] values;
        private int size;

        Series(int capacity) {
            steps = new float[capacity];
            values = new float[capacity];
        }

        void add(long step, float value) {
            if (size == steps.length) {
                steps = Arrays.copyOf(steps, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            steps[size] = step;
            values[size] = value;
            size++;
        }
    }

    private final Series training = new Series(1024);
    private final Series validation = new Series(64);
    private final List<Long> phaseSteps = new ArrayList<>();
    private final List<String> phaseNames = new ArrayList<>();
    private long version;

    /** Appends one training step's total loss. */
    public void addStep(long step, float loss) {
        training.add(step, loss);
        version++;
    }

    /** Appends a validation loss measured at {@code step}. */
    public void addValidation(long step, float loss) {
        validation.add(step, loss);
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
    public List<Long> phaseSteps() {
        return phaseSteps;
    }

    public List<String> phaseNames() {
        return phaseNames;
    }

    public void clear() {
        training.size = 0;
        validation.size = 0;
        phaseSteps.clear();
        phaseNames.clear();
        version++;
    }

    public int size() {
        return training.size;
    }

    public int validationSize() {
        return validation.size;
    }

    public float step(int i) {
        return training.steps[i];
    }

    public float loss(int i) {
        return training.values[i];
    }

    public float validationStep(int i) {
        return validation.steps[i];
    }

    public float validationLoss(int i) {
        return validation.values[i];
    }

    public long version() {
        return version;
    }
}
