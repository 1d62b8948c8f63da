package org.latentlab.data;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Where a {@link DatasetReader} reports how far it has read, and learns whether the caller has
 * cancelled (a window's progress bar and its Cancel, or nothing on the command line).
 */
public interface ReadProgress {
    /** Reports nothing and never cancels. */
    ReadProgress NONE = of(f -> { }, () -> false);

    /** The fraction of the read done, from 0 to 1. */
    void report(double fractionDone);

    /** True once the caller no longer wants the data set. */
    boolean isCancelled();

    /**
     * Told, in one sentence naming them, which files a reader left out as unusable (a damaged
     * picture in a picture folder); the read goes on. Ignored unless the caller shows it.
     */
    default void skipped(String sentence) {
    }

    /**
     * What a reader calls as it goes: raises {@link ReadCancelledException} (naming {@code what})
     * when the caller has cancelled, and otherwise reports {@code fractionDone}.
     */
    default void advance(double fractionDone, String what) {
        if (isCancelled()) {
            throw new ReadCancelledException(what);
        }
        report(Math.max(0, Math.min(1, fractionDone)));
    }

    /** The stretch {@code from}–{@code to} of this progress, for one step of a read that reports its own 0 to 1. */
    default ReadProgress part(double from, double to) {
        ReadProgress whole = this;
        return new ReadProgress() {
            @Override
            public void report(double fractionDone) {
                whole.report(from + (to - from) * fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }

            @Override
            public void skipped(String sentence) {
                whole.skipped(sentence);
            }
        };
    }

    /** This progress, which also tells {@code sink} which files were left out (a window's status line). */
    default ReadProgress tellingLeftOutTo(java.util.function.Consumer<String> sink) {
        ReadProgress whole = this;
        return new ReadProgress() {
            @Override
            public void report(double fractionDone) {
                whole.report(fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }

            @Override
            public void skipped(String sentence) {
                whole.skipped(sentence);
                sink.accept(sentence);
            }
        };
    }

    /** Reports no fraction and never cancels, but tells {@code sink} which files were left out (the command line's stderr). */
    static ReadProgress leftOutTo(java.util.function.Consumer<String> sink) {
        return new ReadProgress() {
            @Override
            public void report(double fractionDone) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void skipped(String sentence) {
                sink.accept(sentence);
            }
        };
    }

    /** A progress from a fraction sink and a cancel flag (e.g. a JavaFX Task's updateProgress and isCancelled). */
    static ReadProgress of(DoubleConsumer report, BooleanSupplier cancelled) {
        return new ReadProgress() {
            @Override
            public void report(double fractionDone) {
                report.accept(fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
