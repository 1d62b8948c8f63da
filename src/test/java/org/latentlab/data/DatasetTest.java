package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {
    @Test
    void shippedMnistHasTenThousandDigitsInTenClasses() {
        Dataset d = DatasetCatalog.load("mnist-10k");
        assertThat(d.size()).isEqualTo(10_000);
        assertThat(d.sampleSize()).isEqualTo(784);
        assertThat(d.classNames()).hasSize(10);
        int[] counts = new int[10];
        for (int l : d.labels()) {
            counts[l]++;
        }
        assertThat(java.util.Arrays.stream(counts).min().getAsInt()).isGreaterThan(800);
        float max = 0;
        for (float v : d.values()) {
            max = Math.max(max, v);
        }
        assertThat(max).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void shippedFashionHasItsClassNames() {
        Dataset d = DatasetCatalog.load("fashion-10k");
        assertThat(d.size()).isEqualTo(10_000);
        assertThat(d.classNames()).contains("Sneaker", "Ankle boot");
    }

    @Test
    void seededSplitIsRepeatableAndDisjoint() {
        Dataset d = DatasetCatalog.load("mnist-10k");
        Dataset.Split a = d.split(0.2, 7);
        Dataset.Split b = d.split(0.2, 7);
        Dataset.Split c = d.split(0.2, 8);
        assertThat(a.train().size()).isEqualTo(8000);
        assertThat(a.validation().size()).isEqualTo(2000);
        assertThat(a.validation().values()).isEqualTo(b.validation().values());
        assertThat(a.validation().values()).isNotEqualTo(c.validation().values());
        Set<Integer> trainRows = new HashSet<>();
        for (int i = 0; i < a.train().size(); i++) {
            trainRows.add(java.util.Arrays.hashCode(a.train().sample(i)));
        }
        int shared = 0;
        for (int i = 0; i < a.validation().size(); i++) {
            if (trainRows.contains(java.util.Arrays.hashCode(a.validation().sample(i)))) {
                shared++;
            }
        }
        // MNIST has a few duplicate images; the split itself shares no rows.
        assertThat(shared).isLessThan(10);
    }

    @Test
    void unknownNameGetsOneSentence() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatasetCatalog.load("cifar-10"))
                .isInstanceOf(DataException.class).hasMessageContaining("There is no data set called 'cifar-10'");
    }
}
