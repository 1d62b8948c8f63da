package org.latentlab.ui.training;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What the window tells the person: the error line, the status bar's line and progress, the notice and the hint. */
public interface Messages {
    /** The last error a person caused, as one sentence; empty when there is none. */
    ReadOnlyStringProperty errorProperty();

    /** One line on what is happening: epoch, step, samples per second, time left. */
    ReadOnlyStringProperty statusProperty();

    /** Progress of the run in [0,1], or −1 while loading. */
    ReadOnlyDoubleProperty progressProperty();

    /** The last knob changed during the run, and from which step it counts; empty when none. */
    ReadOnlyStringProperty noticeProperty();

    /**
     * The newest hint from the run: a known pattern (over-fitting, posterior collapse, dead units,
     * divergence) in one sentence with what to do; empty when the run has shown none.
     */
    ReadOnlyStringProperty hintProperty();

    /** Shows why something the person asked for was refused or failed; an empty sentence clears it. */
    void refuse(String sentence);

    /** Puts one line in the status bar (what a longer action outside the run is doing). */
    void announce(String line);
}
