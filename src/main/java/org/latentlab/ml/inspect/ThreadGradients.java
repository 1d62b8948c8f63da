package org.latentlab.ml.inspect;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import java.util.function.Supplier;
import org.latentlab.ml.device.GradMode;

/**
 * Gradients of a scalar with respect to some parameters, recorded on the calling thread only.
 * DJL's {@code GradientCollector} is one per process (a second throws while a training step holds
 * one) and zeroes every array's gradient in the engine; libtorch's grad mode is per thread, so this
 * records here, touches only {@code parameters}, and never disturbs a run training on another thread.
 */
final class ThreadGradients {
    private ThreadGradients() {}

    /** Zeroes the parameters' gradients, records {@code loss} and back-propagates it into them. */
    static void backward(List<Parameter> parameters, Supplier<NDArray> loss) {
        GradMode.disableOnThisThread();
        for (Parameter p : parameters) {
            PtNDArray a = (PtNDArray) p.getArray();
            if (!JniUtils.requiresGrad(a)) {
                JniUtils.attachGradient(a, true);
            }
            JniUtils.zeroGrad(a);
        }
        JniUtils.setGradMode(true);
        try {
            NDArray total = loss.get();
            try (NDArray ones = total.onesLike()) {
                JniUtils.backward((PtNDArray) total, (PtNDArray) ones, false, false);
            }
        } finally {
            JniUtils.setGradMode(false);
        }
    }
}
