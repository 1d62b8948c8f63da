package org.latentlab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.latentlab.errors.Sentences;

/**
 * Where the log goes: a rotating file in the user's application-data folder (SLF4J writes to
 * java.util.logging through slf4j-jdk14), and stderr for warnings in the window or everything with
 * the command line's {@code --verbose}.
 */
public final class Logging {
    /** Bytes one log file may reach before the next one starts. */
    static final int FILE_LIMIT = 2 * 1024 * 1024;
    /** Log files kept: {@code latentlab-0.log} (the newest) to {@code latentlab-2.log}. */
    static final int FILE_COUNT = 3;
    /** Overrides {@link #folder()} (tests, or a person who wants the log elsewhere). */
    static final String FOLDER_PROPERTY = "latentlab.log.dir";
    /** DJL's CUDA probe, held here because java.util.logging keeps only weak references to a logger's level. */
    private static final Logger CUDA_PROBE = Logger.getLogger("ai.djl.util.cuda");
    /** Instances that may log side by side, each in files of its own. */
    private static final int INSTANCES = 20;
    /** This process's instance lock, held until it exits: a second window logs to files of its own. */
    private static FileLock instance;
    private static int instanceNumber;
    private static Path instanceFolder;
    /** The file this process writes, or null before {@link #configure} or when the folder cannot be written. */
    private static volatile Path writing;
    /** Whether the last {@link #configure} found no file it could write. */
    private static volatile boolean noFile;

    private Logging() {}

    /**
     * The folder holding the log: Linux {@code $XDG_STATE_HOME/latentlab} (else
     * {@code ~/.local/state/latentlab}), macOS {@code ~/Library/Logs/LatentLab}, Windows
     * {@code %LOCALAPPDATA%\LatentLab\logs}.
     */
    public static Path folder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("LatentLab").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("LatentLab");
        }
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state == null || state.isBlank() ? home.resolve(".local").resolve("state") : Path.of(state);
        return base.resolve("latentlab");
    }

    /** The newest log file of this process (a second instance running beside the first has its own). */
    public static Path file() {
        Path w = writing;
        return w != null ? w : folder().resolve(fileName(0, 0));
    }

    /** The file this process logs to, empty when the log folder could not be written (then stderr has the log). */
    public static Optional<Path> writing() {
        return noFile ? Optional.empty() : Optional.of(file());
    }

    /** {@code latentlab-0.log} for the first instance's newest file, {@code latentlab-2-1.log} for the second's previous one. */
    static String fileName(int instanceNumber, int generation) {
        return instanceNumber == 0 ? "latentlab-" + generation + ".log" : "latentlab-" + (instanceNumber + 1) + "-" + generation + ".log";
    }

    /**
     * Sends the log to the file and to stderr: everything from INFO up when {@code verbose}, else
     * only warnings when {@code warningsToStderr} (the window), else nothing (the command line).
     * When the folder cannot be written, stderr says so in one sentence and gets the warnings.
     */
    public static synchronized void configure(boolean verbose, boolean warningsToStderr) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.setLevel(Level.INFO);
        // DJL's CUDA probe reports a missing GPU library as a warning; on a CPU build that is expected.
        CUDA_PROBE.setLevel(Level.SEVERE);
        Formatter format = new LineFormat();
        boolean fileOk = false;
        writing = null;
        noFile = false;
        try {
            Files.createDirectories(folder());
            int n = instanceNumber(folder());
            String pattern = n == 0 ? "latentlab-%g.log" : "latentlab-" + (n + 1) + "-%g.log";
            FileHandler file = new FileHandler(folder().resolve(pattern).toString(), FILE_LIMIT, FILE_COUNT, true);
            file.setEncoding("UTF-8");
            file.setFormatter(format);
            file.setLevel(Level.INFO);
            root.addHandler(file);
            writing = folder().resolve(fileName(n, 0));
            fileOk = true;
        } catch (IOException | RuntimeException e) {
            noFile = true;
            System.err.println(Sentences.after("Latent Lab cannot write its log in " + folder() + " (it goes to the terminal instead)", e));
        }
        if (verbose || warningsToStderr || !fileOk) {
            ConsoleHandler console = new ConsoleHandler();
            console.setFormatter(format);
            console.setLevel(verbose ? Level.INFO : Level.WARNING);
            try {
                console.setEncoding("UTF-8");
            } catch (IOException ignored) {
                // The platform's default encoding stays.
            }
            root.addHandler(console);
        }
        Logger.getLogger(Logging.class.getName()).info(() -> "Latent Lab " + System.getProperty("jpackage.app-version", "(from the jar)")
                + " on Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /**
     * Which instance this process is in {@code folder}: the first whose lock file no other process
     * holds. The lock is kept until the process exits, so two windows never write the same file.
     */
    private static synchronized int instanceNumber(Path folder) throws IOException {
        if (instance != null) {
            if (folder.equals(instanceFolder) && instance.isValid()) {
                return instanceNumber;
            }
            instance.channel().close();
            instance = null;
        }
        for (int n = 0; n < INSTANCES; n++) {
            FileChannel ch = FileChannel.open(folder.resolve("instance-" + n + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                instance = lock;
                instanceNumber = n;
                instanceFolder = folder;
                return n;
            }
            ch.close();
        }
        throw new IOException("more than " + INSTANCES + " windows of Latent Lab are open");
    }

    /** One line per record (time, level, logger, message), then the stack trace if there is one. */
    private static final class LineFormat extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
