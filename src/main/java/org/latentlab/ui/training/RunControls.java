package org.latentlab.ui.training;

import javafx.beans.property.ReadOnlyObjectProperty;

/** What the Train, Pause, Step, Stop and Reset buttons, the Run menu and the shortcuts do to a run. */
public interface RunControls {
    ReadOnlyObjectProperty<RunState> stateProperty();

    /** Loads the data off the JavaFX thread, then starts a run with the form's knobs; ignored unless idle. */
    void train();

    /** Pauses a running run or resumes a paused one. */
    void togglePause();

    /** Runs one batch and pauses. */
    void step();

    /** Ends the run after its current step, keeping the model as it is. */
    void stop();

    /** Stops any run and clears the curves, the codes and the views, keeping the knobs. */
    void reset();

    /** Whether no run is loading, running or paused. */
    default boolean idle() {
        return stateProperty().get() == RunState.IDLE;
    }

    /** Space: train when idle, else pause or resume. */
    default void trainOrPause() {
        if (idle()) {
            train();
        } else {
            togglePause();
        }
    }
}
