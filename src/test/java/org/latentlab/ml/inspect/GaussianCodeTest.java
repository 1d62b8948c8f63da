package org.latentlab.ml.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.latentlab.ml.loss.BinaryCrossEntropy;
import org.latentlab.ml.loss.KlDivergence;

class GaussianCodeTest {
    private final float[] mu = {0.8f, -1.5f, 0.1f};
    private final float[] sigma = {0.3f, 1.2f, 0.05f};
    private final float[] eps = {-1.1f, 0.4f, 2.0f};

    @Test
    void zIsMuPlusSigmaTimesTheEpsilonGiven() {
        GaussianCode c = GaussianCode.sample(mu, sigma, eps);
        for (int d = 0; d < 3; d++) {
            assertThat(c.z()[d]).isEqualTo(mu[d] + sigma[d] * eps[d]);
        }
        assertThat(c.epsilon()).containsExactly(eps);
    }

    @Test
    void theKlIsTheTrainingObjectivesClosedForm() {
        GaussianCode c = GaussianCode.sample(mu, sigma, eps);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray muA = m.create(mu, new Shape(1, 3));
            float[] logVar = new float[3];
            for (int d = 0; d < 3; d++) {
                logVar[d] = (float) Math.log((double) sigma[d] * sigma[d]);
            }
            float[] perDim = KlDivergence.perDimension(muA, m.create(logVar, new Shape(1, 3))).toFloatArray();
            for (int d = 0; d < 3; d++) {
                assertThat(c.kl(d)).isCloseTo(perDim[d], offset(1e-4));
            }
            assertThat(c.kl()).isCloseTo(perDim[0] + perDim[1] + perDim[2], offset(1e-4));
        }
        assertThat(GaussianCode.sample(new float[2], new float[] {1, 1}, new float[2]).kl()).as("q equal to the prior").isZero();
    }

    @Test
    void theReconstructionTermIsTheVaesBinaryCrossEntropySummedOverPixels() {
        float[] x = {0f, 1f, 0.3f, 0.9f};
        float[] p = {0.1f, 0.8f, 0.4f, 0.95f};
        float[] logits = new float[4];
        for (int i = 0; i < 4; i++) {
            logits[i] = (float) Math.log(p[i] / (1 - p[i]));
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDList out = new NDList(m.create(p, new Shape(1, 4)), m.zeros(new Shape(1, 2)), m.create(logits, new Shape(1, 4)));
            float expected = new BinaryCrossEntropy(true).evaluate(new NDList(m.create(x, new Shape(1, 4))), out).getFloat();
            assertThat(GaussianCode.reconstructionNats(x, p)).isCloseTo(expected, offset(1e-4));
        }
    }
}
