package org.latentlab.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

/**
 * Runs an action at most once per interval on the JavaFX thread, at both edges: a request after a
 * quiet spell runs at once, and requests that come during the interval run once more when it ends
 * (so the newest state is always acted on, and two requests far enough apart in meaning — a run's
 * first and last weights — are never folded into one).
 */
public final class Pace {
    private final PauseTransition interval;
    private final Runnable action;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(false);

    public Pace(Duration every, Runnable action) {
        this.action = action;
        this.interval = new PauseTransition(every);
        interval.setOnFinished(e -> {
            if (pending.get()) {
                pending.set(false);
                action.run();
                interval.playFromStart();
            } else {
                waiting.set(false);
            }
        });
    }

    /** Asks for the action: now, when none ran in the last interval; else once when the interval ends. */
    public void request() {
        if (waiting.get()) {
            pending.set(true);
            return;
        }
        waiting.set(true);
        action.run();
        interval.playFromStart();
    }

    /** Forgets a request not yet acted on. */
    public void cancel() {
        interval.stop();
        pending.set(false);
        waiting.set(false);
    }

    /** True while a requested action is still to run (the interval runs with a request in it). */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** True while the interval runs (a request now would wait for its end). */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
