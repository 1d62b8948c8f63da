package org.latentlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A linear read-out of codes, on data whose answer follows from symmetry. */
class LinearProbeTest {
    @Test
    void twoClassesOnEitherSideOfZeroAreSeparatedAtZero() {
        // Symmetric about 0, so the boundary is at 0: -0.5 and -3 read as 0, 0.5 and 3 as 1.
        float[] train = {-2, -1, 1, 2};
        int[] trainLabels = {0, 0, 1, 1};
        float[] val = {-0.5f, 0.5f, 3, -3};
        assertThat(LinearProbe.accuracy(train, trainLabels, val, new int[] {0, 1, 1, 0}, 1)).isEqualTo(1.0);
        assertThat(LinearProbe.accuracy(train, trainLabels, val, new int[] {0, 1, 0, 0}, 1)).isEqualTo(0.75);
    }

    @Test
    void codesAreStandardisedWithTheTrainingSetsMeanAndSpread() {
        // The same problem moved to 1000 and stretched a hundredfold: the boundary moves with it, to 1000.
        float[] train = {800, 900, 1100, 1200};
        int[] trainLabels = {0, 0, 1, 1};
        float[] val = {950, 1050, 1300, 700};
        assertThat(LinearProbe.accuracy(train, trainLabels, val, new int[] {0, 1, 1, 0}, 1)).isEqualTo(1.0);
    }

    @Test
    void xorGivesALinearReadOutNothingSoItNamesTheFirstClassForEveryCode() {
        // At zero weights the gradient of XOR's four corners is exactly zero: every code gets equal
        // odds, and the first class wins the tie. Three of the four validation codes are class 0.
        float[] corners = {1, 1, -1, -1, 1, -1, -1, 1};
        int[] xor = {0, 0, 1, 1};
        float[] val = {2, 2, -2, -2, 3, 3, 2, -2};
        assertThat(LinearProbe.accuracy(corners, xor, val, new int[] {0, 0, 0, 1}, 2)).isEqualTo(0.75);
    }

    @Test
    void aConstantCodeValueIsIgnoredRatherThanDividedByZero() {
        // The second value is 5 everywhere in training and 7 in validation: it carries nothing.
        float[] train = {-2, 5, -1, 5, 1, 5, 2, 5};
        int[] trainLabels = {0, 0, 1, 1};
        float[] val = {-0.5f, 7, 0.5f, 7};
        assertThat(LinearProbe.accuracy(train, trainLabels, val, new int[] {0, 1}, 2)).isEqualTo(1.0);
    }
}
