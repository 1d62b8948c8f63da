package org.latentlab.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.latentlab.ui.common.Theme;

/**
 * The JavaFX toolkit for commands that draw without the explorer window ({@code figure},
 * {@code bench ui}): on a machine without a display it runs headless through Monocle with software
 * rendering, as the UI tests do.
 */
final class FxHarness {
    private static boolean started;
    /** Whether this harness started the toolkit (and so may end it); not when a test's toolkit was already running. */
    private static boolean owned;

    private FxHarness() {}

    /** Starts the toolkit once, headless when there is no display. */
    static synchronized void start() {
        if (started) {
            return;
        }
        String display = System.getenv("DISPLAY");
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (linux && (display == null || display.isBlank()) || Boolean.getBoolean("latentlab.headless")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", "3840x2160-32");
            System.setProperty("java.awt.headless", "true");
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
            ready.join();
            owned = true;
        } catch (IllegalStateException alreadyRunning) {
            owned = false;
        }
        Platform.setImplicitExit(false);
        // The Primer stylesheet of the theme on show (light unless a caller chose otherwise).
        run(() -> Theme.apply(Theme.current()));
        started = true;
    }

    /** Runs {@code work} on the JavaFX thread and returns its result. */
    static <T> T onFx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer", e);
        }
    }

    static void run(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until {@code condition} (checked on the JavaFX thread) holds, or fails after {@code seconds}. */
    static void waitUntil(BooleanSupplier condition, double seconds, String what) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Timed out waiting for " + what + ".");
            }
            sleep(50);
        }
    }

    /** Waits for {@code work} (started on the JavaFX thread) and returns its result; its failure is named with {@code what}. */
    static <T> T await(CompletableFuture<T> work, String what) {
        try {
            return work.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(org.latentlab.errors.Sentences.after("Could not render " + what, cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + what + ".", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the toolkit when this harness started it. */
    static synchronized void exit() {
        if (owned) {
            Platform.exit();
            owned = false;
        }
    }
}
