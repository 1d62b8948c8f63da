package org.latentlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;

/** Lesson 7 on the shipped digits: its figure shows that a few dozen components hold most of the variance. */
class PcaVarianceFigureTest {
    @Test
    void theShippedDigitsNeedFarFewerComponentsThanPixelsFor90And95PercentOfTheirVariance() {
        Dataset data = DatasetCatalog.load("mnist-10k");
        Dataset.Split split = data.split(DatasetCatalog.VALIDATION_FRACTION, 42);
        PcaVarianceFigure figure = new PcaVarianceFigure();
        PcaVarianceFigure.Result r = figure.result(split);
        assertThat(r.dimensions()).isEqualTo(784);
        assertThat(r.for90()).as("components for 90%").isPositive().isLessThan(784 / 4);
        assertThat(r.for95()).as("components for 95%").isGreaterThan(r.for90()).isLessThan(784 / 2);
        assertThat(r.first()).as("the first component's share").isGreaterThan(0.05);
        Measured m = figure.measure(RunEvidence.ofData(split));
        assertThat(m.shown()).isTrue();
        assertThat(m.figure()).contains(r.for90() + " components hold 90% of the variance and " + r.for95() + " hold 95%");
    }
}
