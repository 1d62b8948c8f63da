package org.latentlab.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.junit.jupiter.api.Test;
import org.latentlab.analysis.projection.NearestNeighbours.Metric;
import org.latentlab.analysis.projection.NearestNeighbours.Neighbour;

class NearestNeighboursTest {
    private static final Codes CODES = ShippedCodes.first(2000);

    @Test
    void euclideanNeighboursEqualSortingAllDistances() {
        for (int query : new int[] {0, 17, 1999}) {
            assertMatchesReference(query, 50, Metric.EUCLIDEAN);
        }
    }

    @Test
    void cosineNeighboursEqualSortingAllDistances() {
        for (int query : new int[] {3, 1024}) {
            assertMatchesReference(query, 10, Metric.COSINE);
        }
    }

    @Test
    void theSameLabelShareCountsNeighboursWithTheQueryLabel() {
        List<Neighbour> nbs = NearestNeighbours.of(CODES, 0, 10, Metric.EUCLIDEAN);
        int label = CODES.labels()[0];
        long same = nbs.stream().filter(nb -> CODES.labels()[nb.index()] == label).count();
        assertThat(NearestNeighbours.sameLabelShare(nbs, CODES.labels(), label)).isEqualTo(same / 10.0);
    }

    @Test
    void moreNeighboursThanOtherPointsAreRefusedWithASentence() {
        Codes few = CODES.head(5);
        assertThatThrownBy(() -> NearestNeighbours.of(few, 0, 5, Metric.EUCLIDEAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There are only 4 other points, so 5 neighbours cannot be found.");
        assertThatThrownBy(() -> NearestNeighbours.of(CODES, 0, 51, Metric.EUCLIDEAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ask for between 1 and 50 neighbours, got 51.");
    }

    /** The reference: every distance by Commons Math vectors, all sorted. */
    private static void assertMatchesReference(int query, int k, Metric metric) {
        ArrayRealVector q = vector(query);
        double[] dist = new double[CODES.n()];
        for (int j = 0; j < CODES.n(); j++) {
            ArrayRealVector v = vector(j);
            dist[j] = metric == Metric.EUCLIDEAN ? q.getDistance(v) : 1 - q.cosine(v);
        }
        List<Integer> expected = IntStream.range(0, CODES.n()).filter(j -> j != query).boxed()
                .sorted(Comparator.comparingDouble(j -> dist[j])).limit(k).toList();
        List<Neighbour> found = NearestNeighbours.of(CODES, query, k, metric);
        assertThat(found.stream().map(Neighbour::index).toList()).isEqualTo(expected);
        for (Neighbour nb : found) {
            assertThat(nb.distance()).isCloseTo(dist[nb.index()], within(1e-9));
        }
    }

    private static ArrayRealVector vector(int i) {
        float[] row = CODES.row(i);
        double[] d = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            d[j] = row[j];
        }
        return new ArrayRealVector(d, false);
    }
}
