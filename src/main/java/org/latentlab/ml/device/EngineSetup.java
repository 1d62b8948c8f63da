package org.latentlab.ml.device;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Configures DJL before its engine loads: offline (the CPU libtorch ships as a jar, so nothing is
 * ever downloaded) unless this is the {@code -Pcuda} build, which lets DJL fetch its CUDA libtorch
 * once; and the libtorch thread counts. It also words the failure of that fetch.
 */
public final class EngineSetup {
    /** What a person reads when the {@code -Pcuda} build could not fetch its libtorch. */
    public static final String FETCH_FAILED = "The CUDA build could not download libtorch (it needs the internet once):"
            + " connect and start again, or point PYTORCH_LIBRARY_PATH at a libtorch on this machine as the README's CUDA section says.";
    /** DJL's own messages when it needs libtorch from the internet and cannot get it (the index first, then the library). */
    private static final java.util.List<String> FETCH_MESSAGES = java.util.List.of(
            "Failed to save pytorch index file", "Failed to download PyTorch native library", "Cannot download jni files");
    private static volatile boolean done;
    private static volatile Optional<String> repaired = Optional.empty();
    private static final java.util.function.Function<Throwable, Optional<String>> FETCH_READER = EngineSetup::fetchFailure;

    private EngineSetup() {}

    /** Idempotent; call before the first DJL call (Main and every ml entry point do). */
    public static synchronized void configure() {
        if (done) {
            return;
        }
        boolean download = Boolean.parseBoolean(buildProperties().getProperty("engine.download", "false"));
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", Boolean.toString(!download));
        }
        if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(CpuThreads.defaultIntraOpThreads()));
        }
        // DJL's graph-executor notice and engine banner are not for our users.
        System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        // Wherever the failed download surfaces (opening a model, a run, the command line), it reads as this sentence.
        org.latentlab.errors.Sentences.recognise(FETCH_READER);
        repaired = EngineCache.repairIfDamaged();
        done = true;
    }

    /** The sentence saying a damaged unpacked libtorch was removed to be unpacked again, when {@link #configure} found one. */
    public static Optional<String> repaired() {
        return repaired;
    }

    /** {@link #FETCH_FAILED} when {@code e} is DJL failing to download its libtorch, else empty. */
    public static Optional<String> fetchFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && FETCH_MESSAGES.stream().anyMatch(m::contains)) {
                return Optional.of(FETCH_FAILED);
            }
        }
        return Optional.empty();
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = EngineSetup.class.getResourceAsStream("/latentlab-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // Missing build properties mean the default build: offline.
        }
        return p;
    }
}
