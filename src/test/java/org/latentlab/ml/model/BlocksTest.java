package org.latentlab.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.Random;
import org.latentlab.ml.device.EngineSetup;
import org.latentlab.ml.loss.BinaryCrossEntropy;
import org.latentlab.ml.loss.KlDivergence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blocks and loss parts DJL's engine lacks, checked against values computed by hand. */
class BlocksTest {
    private NDManager manager;

    @BeforeEach
    void open() {
        EngineSetup.configure();
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void nearestUpsamplingRepeatsEveryValueInA2x2Block() {
        NDArray x = manager.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
        float[] up = Upsampling2d.nearest(x).toFloatArray();
        assertThat(up).containsExactly(1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
    }

    @Test
    void transposedConvolutionMatchesTheDefinitionComputedByHand() {
        int cin = 3;
        int cout = 2;
        int h = 3;
        int w = 2;
        Random r = new Random(5);
        float[] in = new float[cin * h * w];
        float[] weight = new float[cin * cout * 9];
        float[] bias = {0.5f, -0.25f};
        for (int i = 0; i < in.length; i++) {
            in[i] = r.nextFloat() * 2 - 1;
        }
        for (int i = 0; i < weight.length; i++) {
            weight[i] = r.nextFloat() * 2 - 1;
        }
        TransposedConv2d block = new TransposedConv2d(cout);
        block.setInitializer(ai.djl.training.initializer.Initializer.ZEROS, ai.djl.nn.Parameter.Type.WEIGHT);
        block.setInitializer(ai.djl.training.initializer.Initializer.ZEROS, ai.djl.nn.Parameter.Type.BIAS);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, cin, h, w));
        block.getParameters().get("weight").getArray().set(weight);
        block.getParameters().get("bias").getArray().set(bias);
        NDArray x = manager.create(in, new Shape(1, cin, h, w));
        NDArray y = block.forward(new ParameterStore(manager, false), new NDList(x), false).head();
        assertThat(y.getShape()).isEqualTo(new Shape(1, cout, 2 * h, 2 * w));

        // ConvTranspose2d(stride 2, padding 1, output padding 1): input (i, j) spreads its kernel
        // onto outputs (2i − 1 + ky, 2j − 1 + kx).
        double[] expected = new double[cout * 2 * h * 2 * w];
        for (int co = 0; co < cout; co++) {
            for (int p = 0; p < 4 * h * w; p++) {
                expected[co * 4 * h * w + p] = bias[co];
            }
        }
        for (int ci = 0; ci < cin; ci++) {
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                    for (int co = 0; co < cout; co++) {
                        for (int ky = 0; ky < 3; ky++) {
                            for (int kx = 0; kx < 3; kx++) {
                                int oy = 2 * i - 1 + ky;
                                int ox = 2 * j - 1 + kx;
                                if (oy >= 0 && ox >= 0 && oy < 2 * h && ox < 2 * w) {
                                    expected[(co * 2 * h + oy) * 2 * w + ox] +=
                                            in[(ci * h + i) * w + j] * weight[((ci * cout + co) * 3 + ky) * 3 + kx];
                                }
                            }
                        }
                    }
                }
            }
        }
        float[] actual = y.toFloatArray();
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) actual[i]).as("output %d", i).isCloseTo(expected[i], within(1e-5));
        }
    }

    @Test
    void tiedLinearUsesTheEncoderWeightTransposed() {
        Linear encoder = Linear.builder().setUnits(3).build();
        TiedLinear decoder = new TiedLinear(encoder, 5);
        encoder.setInitializer(new ai.djl.training.initializer.NormalInitializer(), ai.djl.nn.Parameter.Type.WEIGHT);
        encoder.setInitializer(ai.djl.training.initializer.Initializer.ZEROS, ai.djl.nn.Parameter.Type.BIAS);
        decoder.setInitializer(ai.djl.training.initializer.Initializer.ONES, ai.djl.nn.Parameter.Type.BIAS);
        encoder.initialize(manager, DataType.FLOAT32, new Shape(1, 5));
        decoder.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
        float[] w = encoder.getParameters().get("weight").getArray().toFloatArray(); // 3 × 5
        float[] h = {0.2f, -1f, 3f};
        float[] y = decoder.forward(new ParameterStore(manager, false), new NDList(manager.create(h, new Shape(1, 3))), false)
                .head().toFloatArray();
        for (int i = 0; i < 5; i++) {
            double expected = 1;
            for (int j = 0; j < 3; j++) {
                expected += h[j] * w[j * 5 + i];
            }
            assertThat((double) y[i]).isCloseTo(expected, within(1e-5));
        }
        assertThat(decoder.getParameters().keys()).containsExactly("bias");
    }

    @Test
    void binaryCrossEntropyFromLogitsMatchesTheFormula() {
        float[] logits = {0f, 2f, -3f, 8f};
        float[] x = {0.5f, 1f, 0f, 0.25f};
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double p = 1 / (1 + Math.exp(-logits[i]));
            sum += -(x[i] * Math.log(p) + (1 - x[i]) * Math.log(1 - p));
        }
        NDArray l = manager.create(logits, new Shape(2, 2));
        NDList output = new NDList(l, l, l);
        NDList input = new NDList(manager.create(x, new Shape(2, 2)));
        assertThat((double) new BinaryCrossEntropy(false).evaluate(input, output).getFloat()).isCloseTo(sum / 4, within(1e-6));
        assertThat((double) new BinaryCrossEntropy(true).evaluate(input, output).getFloat()).isCloseTo(sum / 2, within(1e-5));
        assertThat(new BinaryCrossEntropy(false).evaluate(input, output).getFloat()).isPositive();
    }

    @Test
    void klTermEqualsTheClosedFormForKnownMeansAndDeviations() {
        double[] mu = {0.5, -1, 0, 2};
        double[] sigma = {0.5, 2, 1, 0.1};
        float[] m = new float[4];
        float[] lv = new float[4];
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            m[i] = (float) mu[i];
            lv[i] = (float) Math.log(sigma[i] * sigma[i]);
            expected += 0.5 * (sigma[i] * sigma[i] + mu[i] * mu[i] - 1 - Math.log(sigma[i] * sigma[i]));
        }
        NDArray muA = manager.create(m, new Shape(1, 4));
        NDArray lvA = manager.create(lv, new Shape(1, 4));
        NDList output = new NDList(muA, muA, muA, muA, lvA);
        double kl = new KlDivergence(1).evaluate(new NDList(muA), output).getFloat();
        assertThat(kl).isCloseTo(expected, within(1e-5));
        assertThat((double) new KlDivergence(4).evaluate(new NDList(muA), output).getFloat()).isCloseTo(4 * expected, within(4e-5));
    }
}
