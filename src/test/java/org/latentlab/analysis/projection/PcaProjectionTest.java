package org.latentlab.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;

class PcaProjectionTest {
    @Test
    void varianceSharesMatchCommonsMathEigenvaluesOfTheCovarianceAndAddUpToThePlaneShare() {
        Codes codes = ShippedCodes.first(2000);
        PcaProjection plane = new PcaProjection(0, 2);
        plane.layout(codes);
        double[] shares = plane.shares();

        double[][] rows = codes.doubleRows();
        double[] eigen = new EigenDecomposition(new Covariance(new Array2DRowRealMatrix(rows)).getCovarianceMatrix())
                .getRealEigenvalues();
        double[] sorted = Arrays.stream(eigen).map(e -> -e).sorted().map(e -> -e).toArray();
        double trace = Arrays.stream(eigen).sum();
        assertThat(shares).hasSize(16);
        for (int i = 0; i < 16; i++) {
            assertThat(shares[i]).as("share of component %d", i + 1).isCloseTo(sorted[i] / trace, within(1e-9));
        }
        assertThat(Arrays.stream(shares).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(plane.planeShare()).isEqualTo(shares[0] + shares[2]);
    }

    @Test
    void theOriginOfThePlaneIsTheMeanCodeAndEachAxisAUnitComponent() {
        Codes codes = ShippedCodes.first(500);
        PcaProjection plane = new PcaProjection(1, 3);
        plane.layout(codes);
        float[] origin = plane.codeAt(0, 0);
        float[] alongX = plane.codeAt(1, 0);
        double length = 0;
        for (int j = 0; j < 16; j++) {
            double mean = 0;
            for (int i = 0; i < codes.n(); i++) {
                mean += codes.values()[i * 16 + j];
            }
            assertThat(origin[j]).isCloseTo((float) (mean / codes.n()), within(1e-4f));
            length += (alongX[j] - origin[j]) * (alongX[j] - origin[j]);
        }
        assertThat(Math.sqrt(length)).isCloseTo(1.0, within(1e-5));
    }
}
