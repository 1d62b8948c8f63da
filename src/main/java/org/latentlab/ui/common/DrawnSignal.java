package org.latentlab.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A view's "drawn" signal: false while the view holds data it has not painted or waits on work whose
 * result it will paint, true once what it shows (its data, or its empty-state line) is on screen.
 * Figures and the lab report take a view's picture when it turns true, instead of after a guessed pause.
 * Used on the JavaFX thread only.
 */
public final class DrawnSignal {
    private final ReadOnlyBooleanWrapper drawn = new ReadOnlyBooleanWrapper(true);
    private boolean stale;
    private int inFlight;

    /** True when the view's current data is painted and no work it started is running. */
    public ReadOnlyBooleanProperty property() {
        return drawn.getReadOnlyProperty();
    }

    /** The view has something new to show: not drawn until {@link #painted()}. */
    public void stale() {
        stale = true;
        drawn.set(false);
    }

    /** The view has painted what it holds: drawn, unless work it started is still running. */
    public void painted() {
        stale = false;
        update();
    }

    /**
     * Hands {@code work}'s result to the view on the JavaFX thread, as {@link FxResults#deliver} does;
     * the view counts as not drawn until that result (or the error, or a newer request replacing it) is handled.
     */
    public <T> void deliver(CompletableFuture<T> work, Consumer<T> onResult, Consumer<String> onError) {
        inFlight++;
        drawn.set(false);
        FxResults.deliver(work, onResult, onError, () -> {
            inFlight--;
            update();
        });
    }

    private void update() {
        drawn.set(!stale && inFlight == 0);
    }
}
