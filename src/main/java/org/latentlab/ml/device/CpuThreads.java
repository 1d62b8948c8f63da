package org.latentlab.ml.device;

import ai.djl.pytorch.jni.JniUtils;

/**
 * libtorch's intra-op thread count. Its threads compete with the JavaFX thread, so the default
 * leaves one core to the rest of the app ({@code bench training --threads} compares counts).
 */
public final class CpuThreads {
    private CpuThreads() {}

    /** One thread below the core count, at least one. */
    public static int defaultIntraOpThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Sets libtorch's intra-op threads for everything that runs after this call. */
    public static void set(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        EngineSetup.configure();
        ai.djl.engine.Engine.getInstance(); // loads libtorch, whose thread pool this sets
        JniUtils.setNumThreads(threads);
    }

    /** libtorch's current intra-op thread count. */
    public static int get() {
        ai.djl.engine.Engine.getInstance();
        return JniUtils.getNumThreads();
    }
}
