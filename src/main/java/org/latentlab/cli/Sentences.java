package org.latentlab.cli;

/** Turns an exception into the one sentence a person sees. */
final class Sentences {
    private Sentences() {}

    static String of(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return "Failed: " + t.getClass().getSimpleName() + ".";
        }
        m = m.strip();
        return m.endsWith(".") || m.endsWith("?") ? m : m + ".";
    }
}
