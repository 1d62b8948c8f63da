package org.latentlab.ui.help;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.latentlab.errors.Sentences;

/**
 * What the crash dialog shows of a throwable no code caught: one sentence, the log that holds it
 * (null when no log file could be written), and the details Copy details puts on the clipboard.
 */
public record CrashReport(String sentence, Path logFile, String details) {

    /** The report of {@code e} on {@code thread}: its sentence, and the versions and stack trace as details. */
    public static CrashReport of(Throwable e, String thread, Path logFile, AppVersions versions) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String details = versions.lines() + System.lineSeparator()
                + "Log " + (logFile == null ? "(none: the log folder cannot be written)" : logFile) + System.lineSeparator()
                + "When " + Instant.now() + System.lineSeparator()
                + "Thread " + thread + System.lineSeparator() + System.lineSeparator() + trace;
        return new CrashReport(Sentences.of(e, "Something went wrong inside Latent Lab"), logFile, details);
    }

    /** Where the details are, in words: the log file's path, or that there is none. */
    public String whereDetailsAre() {
        return logFile == null
                ? "No log file could be written, so Copy details is the only record of what happened."
                : "The details are in the log, " + logFile + ".";
    }
}
