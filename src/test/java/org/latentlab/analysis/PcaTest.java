package org.latentlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PcaTest {
    private static Dataset.Split split;

    @BeforeAll
    static void load() {
        split = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
    }

    @Test
    void explainedVarianceOfTheCourseExampleMatchesScikitLearn() {
        float[] x = {-1, -1, -2, -1, -3, -2, 1, 1, 2, 1, 3, 2};
        Pca pca = Pca.fit(x, 6, 2);
        double[] ratio = pca.explainedVarianceRatio(2);
        assertThat(ratio[0]).isCloseTo(0.99244289, within(1e-7));
        assertThat(ratio[1]).isCloseTo(0.00755711, within(1e-7));
    }

    @Test
    void randomizedComponentsAgreeWithAReferenceAndExplainAbout17PercentWithTwo() {
        Dataset train = split.train();
        Pca fast = Pca.fit(train.values(), train.size(), 784, Pca.Options.defaults().withComponents(16).withRoute(Pca.Route.RANDOMIZED));
        Pca full = Pca.fit(train.values(), train.size(), 784, Pca.Options.defaults().withRoute(Pca.Route.FULL));
        double[] ratio = fast.explainedVarianceRatio(2);
        assertThat(ratio[0] + ratio[1]).isCloseTo(0.175, within(0.005));
        assertThat(ratio[0]).isCloseTo(full.explainedVarianceRatio(1)[0], within(1e-9));

        // Reference: power iteration on the covariance, written out here independently of Pca.
        double[] reference = powerIteration(train.values(), train.size(), 784);
        for (Pca pca : new Pca[] {fast, full}) {
            assertThat(Math.abs(dot(pca.component(0), reference))).isGreaterThan(0.9999);
        }
        for (int i = 0; i < 8; i++) {
            assertThat(Math.abs(dot(fast.component(i), full.component(i)))).as("component %d", i + 1).isGreaterThan(0.999);
        }
    }

    @Test
    void allComponentsReconstructTheInputAndErrorFallsWithK() {
        Dataset train = split.train();
        Dataset val = split.validation();
        Pca pca = Pca.fit(train.values(), train.size(), 784);
        float[] few = java.util.Arrays.copyOf(val.values(), 20 * 784);
        float[] back = pca.reconstruct(few, 20, 784);
        double maxErr = 0;
        for (int i = 0; i < few.length; i++) {
            maxErr = Math.max(maxErr, Math.abs(back[i] - few[i]));
        }
        assertThat(maxErr).isLessThan(1e-5);

        double[] byK = pca.reconstructionErrorByK(val.values(), val.size(), 64);
        for (int k = 1; k < 64; k++) {
            assertThat(byK[k]).as("k=%d", k + 1).isLessThan(byK[k - 1]);
        }
        for (int k : new int[] {1, 2, 16, 64}) {
            assertThat(byK[k - 1]).isCloseTo(pca.reconstructionError(val.values(), val.size(), k), within(1e-6));
        }
    }

    @Test
    void trainingProjectionsAreCentredAndUncorrelated() {
        Dataset train = split.train();
        int n = train.size();
        int k = 6;
        Pca pca = Pca.fit(train.values(), n, 784, Pca.Options.defaults().withComponents(k));
        double[] z = pca.codes(train.values(), n, k);
        double[] mean = new double[k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                mean[c] += z[i * k + c] / n;
            }
        }
        for (int c = 0; c < k; c++) {
            assertThat(Math.abs(mean[c])).as("mean of component %d", c + 1).isLessThan(1e-9);
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double sab = 0;
                double saa = 0;
                double sbb = 0;
                for (int i = 0; i < n; i++) {
                    sab += z[i * k + a] * z[i * k + b];
                    saa += z[i * k + a] * z[i * k + a];
                    sbb += z[i * k + b] * z[i * k + b];
                }
                assertThat(Math.abs(sab / Math.sqrt(saa * sbb))).as("correlation of %d and %d", a + 1, b + 1).isLessThan(1e-4);
            }
        }
        // Whitened codes have unit variance.
        Pca white = Pca.fit(train.values(), n, 784, Pca.Options.defaults().withComponents(2).withWhiten(true));
        double[] w = white.codes(train.values(), n, 2);
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += w[i * 2] * w[i * 2];
        }
        assertThat(ss / (n - 1)).isCloseTo(1, within(1e-3));
    }

    @Test
    void badInputGetsOneSentenceAndNeverNaN() {
        float[] x = {1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> Pca.fit(x, 1, 6)).hasMessage("PCA needs at least 2 rows, got 1.");
        assertThatThrownBy(() -> Pca.fit(x, 3, 2, Pca.Options.defaults().withComponents(3)))
                .hasMessage("The number of components must be between 1 and the input size 2, got 3.");
        assertThatThrownBy(() -> Pca.fit(x, 3, 2).transform(x, 3, 0)).hasMessageContaining("between 1 and 2, got 0");

        // The first column is constant: standardised, it is centred and left unscaled, with a sentence.
        float[] constant = {5, 1, 5, 2, 5, 4, 5, 8};
        Pca pca = Pca.fit(constant, 4, 2, Pca.Options.defaults().withStandardise(true));
        assertThat(pca.warnings()).containsExactly(
                "1 of 2 columns are constant (zero variance), so they cannot be standardised: they are centred and left unscaled.");
        for (float v : pca.reconstruct(constant, 4, 2)) {
            assertThat(Float.isNaN(v)).isFalse();
        }
        assertThat(pca.reconstruct(constant, 4, 2)[0]).isCloseTo(5f, within(1e-5f));
        assertThatThrownBy(() -> Pca.fit(constant, 4, 2, Pca.Options.defaults().withWhiten(true)))
                .hasMessageContaining("cannot be whitened");
    }

    private static double[] powerIteration(float[] x, int n, int d) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j] / (double) n;
            }
        }
        double[] v = new double[d];
        java.util.Arrays.fill(v, 1 / Math.sqrt(d));
        for (int it = 0; it < 200; it++) {
            double[] next = new double[d];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (x[i * d + j] - mean[j]) * v[j];
                }
                for (int j = 0; j < d; j++) {
                    next[j] += s * (x[i * d + j] - mean[j]);
                }
            }
            double norm = Math.sqrt(dot(next, next));
            for (int j = 0; j < d; j++) {
                v[j] = next[j] / norm;
            }
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
