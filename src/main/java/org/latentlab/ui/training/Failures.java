package org.latentlab.ui.training;

import java.util.concurrent.CompletionException;

/** The sentence a person sees for a failed load or run. */
final class Failures {
    private Failures() {}

    /** The message of the first cause that has one, ending with a full stop. */
    static String sentence(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof CompletionException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.endsWith(".") ? m : m + ".";
    }
}
