package org.latentlab.ml.device;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Configures DJL before its engine loads: offline (the CPU libtorch ships as a jar, so nothing is
 * ever downloaded) unless this is the {@code -Pcuda} build, which lets DJL fetch its CUDA libtorch
 * once; quiet logs; and the libtorch thread counts.
 */
public final class EngineSetup {
    private static volatile boolean done;

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
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        done = true;
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
