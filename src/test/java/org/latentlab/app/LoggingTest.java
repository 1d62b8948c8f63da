package org.latentlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The log goes to a file in the log folder, and to stderr only with --verbose (or warnings in the window). */
class LoggingTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(Logging.FOLDER_PROPERTY);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.addHandler(new ConsoleHandler());
    }

    @Test
    void slf4jRecordsReachTheLogFileInTheFolder() throws Exception {
        System.setProperty(Logging.FOLDER_PROPERTY, dir.resolve("logs").toString());
        Logging.configure(false, false);
        LoggerFactory.getLogger(LoggingTest.class).info("a line for the log file");
        flush();
        assertThat(Logging.folder()).isEqualTo(dir.resolve("logs"));
        assertThat(Files.readString(Logging.file(), StandardCharsets.UTF_8)).contains("INFO org.latentlab.app.LoggingTest: a line for the log file");
    }

    @Test
    void theCommandLineWritesToStderrOnlyWhenVerbose() {
        System.setProperty(Logging.FOLDER_PROPERTY, dir.toString());
        Logging.configure(false, false);
        assertThat(consoleLevels()).isEmpty();
        Logging.configure(true, false);
        assertThat(consoleLevels()).containsExactly(Level.INFO);
        Logging.configure(false, true);
        assertThat(consoleLevels()).containsExactly(Level.WARNING);
    }

    @Test
    void verboseIsFoundAfterTheCommandToo() {
        assertThat(Main.verbose(Main.commandLine().parseArgs("info", "--verbose"))).isTrue();
        assertThat(Main.verbose(Main.commandLine().parseArgs("--verbose", "info"))).isTrue();
        assertThat(Main.verbose(Main.commandLine().parseArgs("info", "--json"))).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void linuxFolderFollowsXdgStateHomeElseLocalState() {
        String state = System.getenv("XDG_STATE_HOME");
        Path expected = state == null || state.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "state", "latentlab")
                : Path.of(state, "latentlab");
        assertThat(Logging.folder()).isEqualTo(expected);
    }

    @Test
    void aSecondWindowLogsToAFileOfItsOwnBesideTheFirstOnesFile() throws Exception {
        Path logs = dir.resolve("logs");
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + Logging.FOLDER_PROPERTY + "=" + logs,
                OtherWindow.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            Path firstFile = Path.of(said.readLine());
            assertThat(firstFile).isEqualTo(logs.resolve("latentlab-0.log"));

            System.setProperty(Logging.FOLDER_PROPERTY, logs.toString());
            Logging.configure(false, false);
            LoggerFactory.getLogger(LoggingTest.class).info("a line from the second window");
            flush();
            assertThat(Logging.file()).isEqualTo(logs.resolve("latentlab-2-0.log")).isEqualTo(Logging.writing().orElseThrow());
            assertThat(Files.readString(Logging.file(), StandardCharsets.UTF_8)).contains("a line from the second window")
                    .doesNotContain("a line from the first window");
            assertThat(Files.readString(firstFile, StandardCharsets.UTF_8)).contains("a line from the first window")
                    .doesNotContain("a line from the second window");
        } finally {
            first.getOutputStream().close();
            assertThat(first.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        // Configured again (as each command does), this window keeps its own files.
        Logging.configure(false, false);
        assertThat(Logging.file()).isEqualTo(logs.resolve("latentlab-2-0.log"));
    }

    /** The first window's process: configures the log, writes a line, says which file it writes, and runs until its stdin closes. */
    static final class OtherWindow {
        public static void main(String[] args) throws Exception {
            Logging.configure(false, false);
            LoggerFactory.getLogger(OtherWindow.class).info("a line from the first window");
            flush();
            System.out.println(Logging.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until the test closes the pipe.
            }
        }
    }

    private static void flush() {
        Arrays.stream(LogManager.getLogManager().getLogger("").getHandlers()).filter(FileHandler.class::isInstance).forEach(Handler::flush);
    }

    private static java.util.List<Level> consoleLevels() {
        return Arrays.stream(LogManager.getLogManager().getLogger("").getHandlers())
                .filter(ConsoleHandler.class::isInstance).map(Handler::getLevel).toList();
    }
}
