package org.latentlab.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.HashMap;
import java.util.Map;

/**
 * Adam as DJL's {@link ai.djl.training.optimizer.Adam} computes it (bias-corrected step size, ε
 * added to the root of the second moment, no weight decay), updating the weights and both moments
 * in place. DJL's native update copies each gradient, adds a zero weight decay in a full pass and
 * makes four temporary arrays per parameter; this one makes two, and {@link #step(Block)} reads the
 * gradients where autograd left them instead of from the copies {@code Trainer.step} hands over.
 *
 * <p>The moments are kept divided by (1 − β1) and (1 − β2), so each takes the gradient as it is
 * (one multiply and one add in place); the step folds those factors back in.
 */
public final class InPlaceAdam extends Optimizer implements AutoCloseable {
    private final ParameterTracker learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    /** Per parameter id: the first and second moments, each divided by one minus its decay rate, on the weight's manager. */
    private final Map<String, NDArray[]> moments = new HashMap<>();
    /** β1, β2 and ε / √(1 − β2) as scalar arrays, made once so a step does not make and free them for every parameter. */
    private NDArray[] constants;

    private InPlaceAdam(Builder builder) {
        super(builder);
        this.learningRate = builder.learningRate;
        this.beta1 = builder.beta1;
        this.beta2 = builder.beta2;
        this.epsilon = builder.epsilon;
    }

    /** β1 0.9, β2 0.999, ε 1e-8 and a learning rate of 0.001, as DJL's Adam. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Updates every parameter of {@code block} that has a gradient from its gradient (which this
     * consumes: it is left at zero for the next step's backward pass).
     */
    public void step(Block block) {
        for (Parameter p : block.getParameters().values()) {
            NDArray weight = p.getArray();
            if (weight.hasGradient()) {
                try (NDArray gradient = weight.getGradient()) { // shares the gradient's storage
                    update(p.getId(), weight, gradient);
                }
            }
        }
    }

    /** Updates {@code weight} from {@code gradient}, which is overwritten and then, with the weight's own gradient, zeroed. */
    @Override
    public void update(String parameterId, NDArray weight, NDArray gradient) {
        if (getWeightDecay() != 0f || rescaleGrad != 1f || clipGrad >= 0f) {
            throw new IllegalStateException("InPlaceAdam takes no weight decay, gradient rescaling or clipping");
        }
        int t = updateCount(parameterId);
        float lr = learningRate.getNewValue(parameterId, t);
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        float stepSize = (float) (lr * Math.sqrt(correction2) / correction1);
        if (!Float.isFinite(stepSize)) {
            throw new IllegalArgumentException("learning rate is NaN or infinite");
        }
        NDArray[] m = moments.computeIfAbsent(parameterId, id -> new NDArray[] {weight.zerosLike(), weight.zerosLike()});
        NDArray scaledMean = m[0];
        NDArray scaledVariance = m[1];
        // m/(1 − β1) ← β1 m/(1 − β1) + g and v/(1 − β2) ← β2 v/(1 − β2) + g²: the gradient is used as it is.
        double rootB2 = Math.sqrt(1.0 - beta2);
        if (constants == null) {
            ai.djl.ndarray.NDManager manager = weight.getManager();
            constants = new NDArray[] {manager.create(beta1), manager.create(beta2), manager.create((float) (epsilon / rootB2))};
        }
        scaledMean.muli(constants[0]).addi(gradient);
        gradient.muli(gradient);
        scaledVariance.muli(constants[1]).addi(gradient);
        // w ← w − s m / (√v + ε) = w − s (1 − β1) / √(1 − β2) · (m/(1 − β1)) / (√(v/(1 − β2)) + ε / √(1 − β2))
        try (NDArray root = scaledVariance.sqrt()) {
            root.addi(constants[2]);
            try (NDArray delta = scaledMean.div(root)) {
                weight.subi(delta.muli((float) (stepSize * (1.0 - beta1) / rootB2)));
            }
        }
        JniUtils.zeroGrad((PtNDArray) weight);
    }

    /** Frees the moments (the model keeps its weights). */
    @Override
    public void close() {
        for (NDArray[] m : moments.values()) {
            m[0].close();
            m[1].close();
        }
        moments.clear();
        if (constants != null) {
            for (NDArray c : constants) {
                c.close();
            }
            constants = null;
        }
    }

    /** The learning rate (a tracker, so a live knob can change it between steps) and the moments' decay rates. */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private ParameterTracker learningRate = (id, n) -> 0.001f;
        private float beta1 = 0.9f;
        private float beta2 = 0.999f;
        private float epsilon = 1e-8f;

        public Builder optLearningRateTracker(ParameterTracker tracker) {
            this.learningRate = tracker;
            return this;
        }

        public Builder optBeta1(float b) {
            this.beta1 = b;
            return this;
        }

        public Builder optBeta2(float b) {
            this.beta2 = b;
            return this;
        }

        public Builder optEpsilon(float e) {
            this.epsilon = e;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        public InPlaceAdam build() {
            return new InPlaceAdam(this);
        }
    }
}
