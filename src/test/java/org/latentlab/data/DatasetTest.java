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

        // MNIST holds a few identical images, so rows are told apart by index: each row's label is its index.
        int n = d.size();
        Dataset indexed = new Dataset("indexed", d.values(), java.util.stream.IntStream.range(0, n).toArray(),
                java.util.stream.IntStream.range(0, n).mapToObj(Integer::toString).toList(), d.channels(), d.height(), d.width());
        Dataset.Split split = indexed.split(0.2, 7);
        Set<Integer> trainRows = new HashSet<>();
        for (int row : split.train().labels()) {
            trainRows.add(row);
        }
        Set<Integer> validationRows = new HashSet<>();
        for (int row : split.validation().labels()) {
            validationRows.add(row);
        }
        assertThat(trainRows).hasSize(8000).doesNotContainAnyElementsOf(validationRows);
        assertThat(validationRows).hasSize(2000);
        Set<Integer> all = new HashSet<>(trainRows);
        all.addAll(validationRows);
        assertThat(all).hasSize(n);
        for (int i = 0; i < split.validation().size(); i++) {
            int row = split.validation().labels()[i];
            assertThat(split.validation().sample(i)).isEqualTo(d.sample(row));
            assertThat(a.validation().sample(i)).isEqualTo(d.sample(row));
        }
    }

    @Test
    void unknownNameGetsOneSentence() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatasetCatalog.load("cifar-10"))
                .isInstanceOf(DataException.class).hasMessageContaining("There is no data set called 'cifar-10'");
    }
}
