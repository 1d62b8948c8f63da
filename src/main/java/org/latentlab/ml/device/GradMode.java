package org.latentlab.ml.device;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * libtorch records autograd graphs per thread, and a new thread starts with recording on (DJL turns
 * it off only on the thread that loads the engine). A {@code GradientCollector} turns it on for a
 * step and restores the previous mode, so a thread that switches it off once records graphs only
 * inside training steps: evaluation, code snapshots and inference stay graph-free.
 */
public final class GradMode {
    private GradMode() {}

    /** Stops the calling thread from recording autograd graphs outside gradient collectors. */
    public static void disableOnThisThread() {
        EngineSetup.configure();
        Engine.getInstance();
        JniUtils.setGradMode(false);
    }
}
