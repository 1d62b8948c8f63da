package org.latentlab.ml.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's resident memory (Java heap plus DJL's native arrays), read from
 * {@code /proc/self/status}; how {@code bench training} shows that memory levels off.
 */
public final class ResidentMemory {
    private ResidentMemory() {}

    /** Resident set size in MiB, or NaN where the operating system does not expose it. */
    public static double megabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kb) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** True where {@link #megabytes()} gives a figure. */
    public static boolean available() {
        return !Double.isNaN(megabytes());
    }
}
