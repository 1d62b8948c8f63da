package org.latentlab.ml.loss;

/**
 * A weight that may change while a run goes on (β, a penalty's λ, the noise level): the person
 * moves a knob on the JavaFX thread, the training thread reads the new value at its next step.
 */
public final class Tunable {
    private volatile float value;

    public Tunable(double value) {
        this.value = (float) value;
    }

    public float get() {
        return value;
    }

    public void set(double v) {
        value = (float) v;
    }
}
