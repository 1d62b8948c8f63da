package org.latentlab.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.latentlab.errors.Sentences;

/** Hands the result of background work to the JavaFX thread; a request replaced by a newer one is dropped quietly. */
public final class FxResults {
    private FxResults() {}

    /** Runs {@code onResult} (or {@code onError} with one sentence) on the JavaFX thread when {@code work} ends. */
    public static <T> void deliver(CompletableFuture<T> work, Consumer<T> onResult, Consumer<String> onError) {
        deliver(work, onResult, onError, null);
    }

    /**
     * As {@link #deliver(CompletableFuture, Consumer, Consumer)}, then runs {@code after} on the JavaFX
     * thread however the work ended (with a result, an error, or replaced by a newer request).
     */
    public static <T> void deliver(CompletableFuture<T> work, Consumer<T> onResult, Consumer<String> onError, Runnable after) {
        work.whenComplete((value, error) -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CancellationException) {
                if (after != null) {
                    Platform.runLater(after);
                }
                return;
            }
            Platform.runLater(() -> {
                try {
                    if (cause == null) {
                        onResult.accept(value);
                    } else if (onError != null) {
                        onError.accept(Sentences.of(cause));
                    }
                } finally {
                    if (after != null) {
                        after.run();
                    }
                }
            });
        });
    }
}
