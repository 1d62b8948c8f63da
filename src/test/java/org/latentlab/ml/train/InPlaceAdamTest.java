package org.latentlab.ml.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.latentlab.ml.device.EngineSetup;

/** The in-place Adam lands on the same weights as DJL's Adam. */
class InPlaceAdamTest {
    private static final int STEPS = 60;

    private static SequentialBlock autoencoder() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(32).build()).add(Activation::relu)
                .add(Linear.builder().setUnits(3).build())
                .add(Linear.builder().setUnits(32).build()).add(Activation::relu)
                .add(Linear.builder().setUnits(64).build()).add(Activation::sigmoid);
    }

    /** Trains a small autoencoder {@link #STEPS} steps from fixed weights; returns every weight afterwards. */
    private static List<float[]> train(boolean inPlace, float learningRate, List<float[]> start) {
        Model model = Model.newInstance("adam-" + inPlace);
        model.setBlock(autoencoder());
        // A learning rate that changes between steps, as the live knob may.
        InPlaceAdam ours = InPlaceAdam.builder().optLearningRateTracker((id, n) -> learningRate * (n % 2 == 0 ? 1f : 0.5f)).build();
        Optimizer theirs = Optimizer.adam().optLearningRateTracker((id, n) -> learningRate * (n % 2 == 0 ? 1f : 0.5f)).build();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(inPlace ? ours : theirs);
        try (Trainer trainer = model.newTrainer(config); NDManager data = model.getNDManager().newSubManager()) {
            trainer.initialize(new Shape(16, 64));
            List<Parameter> params = new ArrayList<>(model.getBlock().getParameters().values());
            for (int i = 0; i < params.size(); i++) {
                NDArray w = params.get(i).getArray();
                w.set(start == null ? random(w.size(), i) : start.get(i));
            }
            SplittableRandom rnd = new SplittableRandom(3);
            for (int s = 0; s < STEPS; s++) {
                float[] x = new float[16 * 64];
                for (int j = 0; j < x.length; j++) {
                    x[j] = (float) rnd.nextDouble();
                }
                try (NDManager step = data.newSubManager()) {
                    NDArray batch = step.create(x, new Shape(16, 64));
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray out = trainer.forward(new NDList(batch)).singletonOrThrow();
                        collector.backward(out.sub(batch).square().mean());
                    }
                    if (inPlace) {
                        ours.step(model.getBlock());
                    } else {
                        trainer.step();
                    }
                }
            }
            List<float[]> weights = new ArrayList<>();
            for (Parameter p : params) {
                weights.add(p.getArray().toFloatArray());
            }
            return weights;
        } finally {
            ours.close();
            model.close();
        }
    }

    private static float[] random(long n, int seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] w = new float[(int) n];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rnd.nextGaussian(0, 0.2);
        }
        return w;
    }

    @Test
    void inPlaceAdamEndsOnDjlsAdamsWeightsAfterSixtySteps() {
        EngineSetup.configure();
        List<float[]> djl = train(false, 0.01f, null);
        List<float[]> start = new ArrayList<>();
        for (int i = 0; i < djl.size(); i++) {
            start.add(random(djl.get(i).length, i));
        }
        List<float[]> ours = train(true, 0.01f, start);
        double largest = 0;
        double moved = 0;
        for (int i = 0; i < djl.size(); i++) {
            for (int j = 0; j < djl.get(i).length; j++) {
                largest = Math.max(largest, Math.abs(djl.get(i)[j] - ours.get(i)[j]));
                moved = Math.max(moved, Math.abs(djl.get(i)[j] - start.get(i)[j]));
            }
        }
        assertThat(moved).as("the weights moved").isGreaterThan(0.05);
        assertThat(largest).as("largest difference from DJL's Adam").isLessThan(1e-5);
    }
}
