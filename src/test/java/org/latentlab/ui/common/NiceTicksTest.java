package org.latentlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The numbers along every axis of the views. */
class NiceTicksTest {
    private static String[] labels(double min, double max, int count) {
        double[] ticks = NiceTicks.of(min, max, count);
        return Arrays.stream(ticks).mapToObj(t -> NiceTicks.label(t, NiceTicks.step(ticks))).toArray(String[]::new);
    }

    @Test
    void aLossAxisOverANarrowRangeNamesEachTickDifferently() {
        // A run's loss settling between 0.0563 and 0.0582: ticks 0.0005 apart, which to thousandths read 0.057 twice.
        double[] ticks = NiceTicks.of(0.0563, 0.0582, 5);
        String[] labels = labels(0.0563, 0.0582, 5);
        assertThat(labels).doesNotHaveDuplicates().contains("0.0565", "0.057", "0.0575");
        for (int i = 0; i < ticks.length; i++) {
            assertThat(Double.parseDouble(labels[i])).isCloseTo(ticks[i], within(1e-9));
        }
    }

    @Test
    void aScatterAxisReadsWholeNumbersAndZeroAsZero() {
        assertThat(labels(-23, 47, 6)).containsExactly("-20", "-10", "0", "10", "20", "30", "40");
        // 0.1 added up from -0.3 is not exactly zero; the tick still reads 0.
        assertThat(labels(-0.31, 0.31, 6)).containsExactly("-0.3", "-0.2", "-0.1", "0", "0.1", "0.2", "0.3");
    }

    @Test
    void aLongRunsStepAxisReadsPlainNumbers() {
        assertThat(labels(0, 100_000, 5)).containsExactly("0", "20000", "40000", "60000", "80000", "100000");
    }
}
