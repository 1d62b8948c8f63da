package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss history of a run as growable primitive arrays: the total loss and each named part at
 * every training step, the validation loss and MSE at every epoch end, where each phase begins, and
 * PCA's validation MSE at the same code size as a baseline. Appended and read on the JavaFX thread;
 * {@link #version()} changes on every append so views redraw only when there is something new.
 */
public final class CurveData {
    /** (step, value) pairs in two growable float arrays. */
    public static final class Series {
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

        public int size() {
            return size;
        }

        public float step(int i) {
            return steps[i];
        }

        public float value(int i) {
            return values[i];
        }
    }

    private final Series training = new Series(1024);
    private final Series validation = new Series(64);
    private final Series validationMse = new Series(64);
    private final Map<String, Series> parts = new LinkedHashMap<>();
    private final List<Long> phaseSteps = new ArrayList<>();
    private final List<String> phaseNames = new ArrayList<>();
    private double baseline = Double.NaN;
    private String baselineLabel = "";
    private long version;

    /** Appends one training step's total loss. */
    public void addStep(long step, float loss) {
        training.add(step, loss);
        version++;
    }

    /** Appends one training step's total and its named parts (only kept when there are two or more). */
    public void addStep(long step, float loss, List<String> names, float[] values) {
        training.add(step, loss);
        if (names.size() > 1) {
            for (int i = 0; i < names.size() && i < values.length; i++) {
                parts.computeIfAbsent(names.get(i), n -> new Series(1024)).add(step, values[i]);
            }
        }
        version++;
    }

    /** Appends a validation loss measured at {@code step}. */
    public void addValidation(long step, float loss) {
        validation.add(step, loss);
        version++;
    }

    /** Appends a validation loss and the validation reconstruction MSE measured at {@code step}. */
    public void addValidation(long step, float loss, double mse) {
        validation.add(step, loss);
        validationMse.add(step, (float) mse);
        version++;
    }

    /** PCA's validation MSE at the run's code size, drawn as a dashed line; NaN for none. */
    public void setBaseline(double value, String label) {
        baseline = value;
        baselineLabel = label;
        version++;
    }

    public double baseline() {
        return baseline;
    }

    public String baselineLabel() {
        return baselineLabel;
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
        validationMse.size = 0;
        parts.clear();
        phaseSteps.clear();
        phaseNames.clear();
        baseline = Double.NaN;
        baselineLabel = "";
        version++;
    }

    /** The total loss per step. */
    public Series training() {
        return training;
    }

    /** The validation loss per epoch. */
    public Series validation() {
        return validation;
    }

    /** The validation reconstruction MSE per epoch. */
    public Series validationMse() {
        return validationMse;
    }

    /** Each loss part per step, by name (empty for an objective of one part). */
    public Map<String, Series> parts() {
        return parts;
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

    /** The curves as CSV: one row per training step with each part, validation values on the steps where they were measured. */
    public String toCsv() {
        StringBuilder out = new StringBuilder("step,total");
        for (String name : parts.keySet()) {
            out.append(',').append(name);
        }
        out.append(",validation_loss,validation_mse\n");
        int v = 0;
        for (int i = 0; i < training.size; i++) {
            out.append((long) training.steps[i]).append(',').append(training.values[i]);
            for (Series s : parts.values()) {
                out.append(',');
                int j = indexOf(s, training.steps[i]);
                if (j >= 0) {
                    out.append(s.values[j]);
                }
            }
            out.append(',');
            while (v < validation.size && validation.steps[v] < training.steps[i]) {
                v++;
            }
            if (v < validation.size && validation.steps[v] == training.steps[i]) {
                out.append(validation.values[v]).append(',');
                if (v < validationMse.size) {
                    out.append(validationMse.values[v]);
                }
            } else {
                out.append(',');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The history as a run's metrics: one record per validation point, with the mean training loss
     * of the steps since the previous one; the final MSEs are the last validation MSE (the training
     * set's is not measured in the window, so it is NaN).
     */
    public org.latentlab.ml.train.TrainingMetrics toMetrics() {
        List<org.latentlab.ml.train.TrainingMetrics.EpochRecord> history = new ArrayList<>();
        int t = 0;
        for (int v = 0; v < validation.size; v++) {
            double sum = 0;
            int n = 0;
            while (t < training.size && training.steps[t] <= validation.steps[v]) {
                sum += training.values[t++];
                n++;
            }
            history.add(new org.latentlab.ml.train.TrainingMetrics.EpochRecord(v + 1, (long) validation.steps[v],
                    n == 0 ? Double.NaN : sum / n, validation.values[v], v < validationMse.size ? validationMse.values[v] : Double.NaN));
        }
        double last = validationMse.size == 0 ? Double.NaN : validationMse.values[validationMse.size - 1];
        long steps = training.size == 0 ? 0 : (long) training.steps[training.size - 1];
        return new org.latentlab.ml.train.TrainingMetrics(Double.NaN, last, validation.size, steps, 0, history);
    }

    private static int indexOf(Series s, float step) {
        int i = Arrays.binarySearch(s.steps, 0, s.size, step);
        return i >= 0 ? i : -1;
    }
}
