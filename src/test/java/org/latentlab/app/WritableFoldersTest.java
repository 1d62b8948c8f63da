package org.latentlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home folder nothing can be written in is one sentence naming what the window cannot keep; a writable one says nothing. */
class WritableFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aHomeThatCannotBeWrittenIsOneSentenceNamingWhatIsNotKept() throws Exception {
        // A folder below a plain file can never be made, whoever runs the test (root ignores permissions).
        Path home = Files.writeString(dir.resolve("home"), "not a folder");
        Path prefs = home.resolve(".java").resolve(".userPrefs");
        assertThat(WritableFolders.canWrite(prefs)).isFalse();
        assertThat(WritableFolders.sentence(home, false, prefs)).contains("Latent Lab cannot write in your home folder (" + home
                + "), so this time it keeps no log file and will not remember its settings; everything else works.");
        assertThat(WritableFolders.sentence(home, true, prefs)).hasValueSatisfying(s -> assertThat(s)
                .contains("it will not remember its settings;").doesNotContain("log"));
    }

    @Test
    void aWritableHomeSaysNothing() {
        Path prefs = dir.resolve(".java").resolve(".userPrefs");
        assertThat(WritableFolders.sentence(dir, true, prefs)).isEmpty();
        assertThat(prefs).isDirectory().isEmptyDirectory();
    }

    @Test
    void aLogFolderThatCannotBeMadeLeavesTheLogOnStderrAndNoFileNamed() throws Exception {
        Path blocked = Files.writeString(dir.resolve("state"), "not a folder").resolve("latentlab");
        System.setProperty(Logging.FOLDER_PROPERTY, blocked.toString());
        try {
            Logging.configure(false, true);
            assertThat(Logging.writing()).isEmpty();
        } finally {
            System.clearProperty(Logging.FOLDER_PROPERTY);
            Logging.configure(false, false);
        }
    }
}
