package org.latentlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** k-nearest-neighbour votes on codes small enough to work out by hand. */
class KnnClassifierTest {
    /** Two clusters on a line: label 0 at 0, 1, 2 and label 1 at 10, 11, 12. */
    private static final float[] TRAIN = {0, 1, 2, 10, 11, 12};
    private static final int[] TRAIN_LABELS = {0, 0, 0, 1, 1, 1};

    @Test
    void nearestListsTheClosestRowsNearestFirstAndAllOfThemWhenThereAreFewer() {
        // Squared distances from (0, 0): 0, 25, 2, 4.
        float[] codes = {0, 0, 3, 4, 1, 1, -2, 0};
        float[] query = {9, 9, 0, 0};
        assertThat(KnnClassifier.nearest(codes, 2, query, 2, 2)).containsExactly(0, 2);
        assertThat(KnnClassifier.nearest(codes, 2, query, 2, 10)).containsExactly(0, 2, 3, 1);
        assertThat(KnnClassifier.nearest(codes, 2, query, 0, 1)).containsExactly(1);
    }

    @Test
    void eachValidationCodeTakesTheMajorityOfItsThreeNearestTrainingCodes() {
        // 0.5 -> 0, 1, 2: label 0. 11.5 -> 11, 12, 10: label 1. 6.2 -> 10, 2, 11: label 1.
        // 5.8 -> 2, 10, 1: label 0, but it is labelled 1. Three of four are right.
        float[] val = {0.5f, 11.5f, 6.2f, 5.8f};
        int[] valLabels = {0, 1, 1, 1};
        assertThat(KnnClassifier.accuracy(TRAIN, TRAIN_LABELS, val, valLabels, 1, 3)).isEqualTo(0.75);
        // With k = 1: 6.2 is 3.8 from 10 and 4.2 from 2, so it is right; 5.8 is 3.8 from 2, so it is wrong.
        assertThat(KnnClassifier.accuracy(TRAIN, TRAIN_LABELS, val, valLabels, 1, 1)).isEqualTo(0.75);
        // With all six voting, every code gets a 3-3 tie, which goes to the label that reached three first.
        // 0.5: the zeros are nearer, so 0. 11.5 and 6.2: the ones are nearer, so 1. 5.8: 2 first, then 10, 1, 11, 0, 12: 0.
        assertThat(KnnClassifier.accuracy(TRAIN, TRAIN_LABELS, val, valLabels, 1, 6)).isEqualTo(0.75);
    }

    @Test
    void aTieGoesToTheLabelThatReachedItsCountFirst() {
        // From 0, the neighbours in order are labelled 0, 1, 1, 0.
        float[] train = {0.1f, 0.2f, 0.3f, 0.4f};
        int[] labels = {0, 1, 1, 0};
        float[] val = {0};
        assertThat(KnnClassifier.accuracy(train, labels, val, new int[] {1}, 1, 4)).as("2-2: label 1 had two first").isEqualTo(1.0);
        assertThat(KnnClassifier.accuracy(train, labels, val, new int[] {0}, 1, 2)).as("1-1: the nearest").isEqualTo(1.0);
        assertThat(KnnClassifier.accuracy(train, labels, val, new int[] {1}, 1, 3)).as("2-1: the majority").isEqualTo(1.0);
    }

    @Test
    void aKOutsideOneToTheTrainingSizeIsRefusedWithOneSentence() {
        float[] val = {0.5f};
        int[] valLabels = {0};
        assertThatThrownBy(() -> KnnClassifier.accuracy(TRAIN, TRAIN_LABELS, val, valLabels, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be between 1 and the number of training codes 6, got 0.");
        assertThatThrownBy(() -> KnnClassifier.accuracy(TRAIN, TRAIN_LABELS, val, valLabels, 1, 7))
                .hasMessage("k must be between 1 and the number of training codes 6, got 7.");
    }
}
