package org.latentlab.ml.train;

import java.util.List;
import org.latentlab.ml.infer.Weights;

/**
 * What a training run reports, as plain Java values (the UI never sees DJL types). Events are
 * delivered on the training thread; listeners keep the newest and draw once per frame.
 */
public sealed interface TrainingEvent {

    /** The run has its model and data on the device and is about to take its first step. */
    record Started(String device, String deviceWarning, long parameterCount, int stepsPerEpoch, int epochs,
                   List<String> partNames, int validationSize) implements TrainingEvent {}

    /**
     * A phase begins: most runs have one; the stacked variant has one per greedy layer and a
     * fine-tuning phase, so the curves can show each as its own segment.
     */
    record PhaseStarted(int index, int phases, String name, long step, int epochs, List<String> partNames) implements TrainingEvent {}

    /** One optimisation step: the total loss and each named part, in the current phase's {@link PhaseStarted#partNames()} order. */
    record Step(long step, int epoch, float total, float[] parts, int samples) implements TrainingEvent {}

    /** The end of an epoch: mean training loss over its steps and the validation loss and parts. */
    record Epoch(int epoch, long step, float trainLoss, float validationLoss, float[] validationParts,
                 double validationMse, double seconds) implements TrainingEvent {}

    /**
     * The validation set's latent codes ({@code validationSize × latentSize}, row-major) and labels,
     * with the weights that made them (at most a few times a second and at every epoch end; null in
     * between), so a view can decode at the same moment of the run.
     * {@code spreads} holds the encoder's σ for each code value, laid out like {@code codes}, when the
     * encoder has one (a VAE's), else null. {@code epochEnd} marks the snapshot taken after an epoch's
     * validation pass (the replay keeps those).
     */
    record Codes(long step, int epoch, int latentSize, float[] codes, float[] spreads, int[] labels, Weights weights,
                 boolean epochEnd) implements TrainingEvent {}

    /**
     * The first validation images and their reconstructions ({@code count × inputSize} each), at
     * every epoch end, so views can show what the model makes of them as it learns.
     */
    record Reconstructions(long step, int epoch, int count, float[] inputs, float[] reconstructions) implements TrainingEvent {}

    /** The run paused or resumed. */
    record StateChanged(boolean paused) implements TrainingEvent {}

    /** The run ended: completed, stopped by the person, or diverged (with one sentence). */
    record Finished(TrainingResult.Outcome outcome, String message, TrainingMetrics metrics) implements TrainingEvent {}

    /** The run could not go on; one sentence says why. Nothing the person had is lost. */
    record Failed(String message) implements TrainingEvent {}
}
