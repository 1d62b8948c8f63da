package org.latentlab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window cannot keep when the user's folders cannot be written (a read-only or full home
 * folder): the log file, the remembered settings. Said in one sentence at start; the window opens
 * on everything else (DJL unpacks its engine into the temporary folder then).
 */
final class WritableFolders {
    /** java.util.prefs, held so its level sticks: unwritable settings are said once here, not every 30 s in the log. */
    private static final Logger PREFS = Logger.getLogger("java.util.prefs");

    private WritableFolders() {}

    /** Where java.util.prefs keeps this user's settings. */
    static Path prefsFolder() {
        return Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"))).resolve(".java").resolve(".userPrefs");
    }

    /** The sentence for this process (its log and its settings folder), empty when both can be written. */
    static Optional<String> check() {
        Optional<String> s = sentence(Path.of(System.getProperty("user.home")), Logging.writing().isPresent(), prefsFolder());
        s.ifPresent(x -> PREFS.setLevel(Level.SEVERE));
        return s;
    }

    static Optional<String> sentence(Path home, boolean logFile, Path prefs) {
        List<String> lost = new ArrayList<>();
        if (!logFile) {
            lost.add("keeps no log file");
        }
        if (!canWrite(prefs)) {
            lost.add("will not remember its settings");
        }
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Latent Lab cannot write in your home folder (" + home + "), so this time it " + String.join(" and ", lost)
                + "; everything else works.");
    }

    /** Whether a file can be made in {@code folder} (made first if need be): tried, since permissions alone do not say so for every user. */
    static boolean canWrite(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".latentlab-probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
