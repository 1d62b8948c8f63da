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
        return of(f -> whole.report(from + (to - from) * f), whole::isCancelled);
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
