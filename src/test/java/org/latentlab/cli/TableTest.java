package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.analysis.Pca;
import org.latentlab.data.DataException;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.DatasetReaders;
import org.latentlab.data.ReadProgress;
import org.latentlab.data.Standardisation;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.persistence.Checkpoints;

/**
 * A table of measurements: two Gaussian blobs in four features of very different units, read as
 * a table (standardised), the course's 4-6-4-2-4-6-4 autoencoder trained on it by {@code train},
 * and its decoded rows back in the table's units.
 */
class TableTest {
    @TempDir
    Path dir;

    /** 200 rows, semicolon separated with a header: two blobs on a plane inside the four features, each feature in its own units. */
    private Path blobs() throws Exception {
        Random random = new Random(4);
        double[] scale = {1000, 0.01, 5, 50};
        double[] offset = {20000, 0.5, -3, 100};
        StringBuilder csv = new StringBuilder("class;width;ratio;skew;mass\n");
        for (int i = 0; i < 200; i++) {
            int c = i % 2;
            double a = (c == 0 ? -2 : 2) + random.nextGaussian() * 0.6;
            double b = random.nextGaussian();
            double[] f = {a + 0.5 * b, a - b, 0.3 * a + b, -a + 0.2 * b};
            csv.append(c == 0 ? "genuine" : "forged");
            for (int j = 0; j < 4; j++) {
                csv.append(';').append(String.format(Locale.ROOT, "%.6f", offset[j] + scale[j] * (f[j] + 0.03 * random.nextGaussian())));
            }
            csv.append('\n');
        }
        return Files.writeString(dir.resolve("notes.csv"), csv);
    }

    @Test
    void aTableTrainsTheCoursesAutoencoderAndDecodesInItsOwnUnits() throws Exception {
        Path table = blobs();
        Dataset d = DatasetCatalog.load(table.toString());
        assertThat(d.isTable()).as("four features of measurements are read as a table, not a 2×2 picture").isTrue();
        assertThat(new int[] {d.channels(), d.height(), d.width()}).containsExactly(1, 1, 4);
        assertThat(d.classNames()).containsExactly("forged", "genuine");

        Path out = dir.resolve("model");
        CliTest.Run train = CliTest.run("train", "--dataset", table.toString(), "--variant", "undercomplete", "--hidden", "6,4",
                "--latent", "2", "--activation", "tanh", "--batch", "16", "--lr", "0.01", "--epochs", "150", "--out", out.toString(), "--json");
        assertThat(train.code()).as(train.err()).isZero();
        var cp = Checkpoints.read(out);
        assertThat(cp.table()).isTrue();
        Standardisation z = cp.standardisation();

        Dataset val = d.split(DatasetCatalog.VALIDATION_FRACTION, cp.seed()).validation();
        double[] original = z.toUnits(val.values());
        double[] decoded;
        try (Autoencoder ae = Checkpoints.load(out, Device.cpu()).model()) {
            decoded = z.toUnits(ae.reconstruct(val.values(), val.size()));
        }
        for (int f = 0; f < 4; f++) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            double error = 0;
            for (int i = 0; i < val.size(); i++) {
                min = Math.min(min, original[i * 4 + f]);
                max = Math.max(max, original[i * 4 + f]);
                error += Math.abs(decoded[i * 4 + f] - original[i * 4 + f]) / val.size();
            }
            System.out.printf(Locale.ROOT, "table: feature %d mean error %.4g of a range %.4g (%.2f%%)%n", f + 1, error, max - min, 100 * error / (max - min));
            assertThat(error / (max - min)).as("feature %d's mean decoded error against its range", f + 1).isLessThan(0.05);
        }
    }

    @Test
    void pcaOnTheTableGivesTheHandComputedExplainedVariance() throws Exception {
        Dataset d = DatasetCatalog.load(blobs().toString());
        Pca pca = Pca.fit(d.values(), d.size(), 4);
        double[][] rows = new double[d.size()][4];
        for (int i = 0; i < d.size(); i++) {
            for (int j = 0; j < 4; j++) {
                rows[i][j] = d.values()[i * 4 + j];
            }
        }
        double[] eigen = new EigenDecomposition(new Covariance(new Array2DRowRealMatrix(rows)).getCovarianceMatrix()).getRealEigenvalues();
        double total = java.util.Arrays.stream(eigen).sum();
        double[] sorted = java.util.Arrays.stream(eigen).map(v -> -v).sorted().map(v -> -v).toArray();
        double[] ratio = pca.explainedVarianceRatio(4);
        for (int k = 0; k < 4; k++) {
            assertThat(ratio[k]).as("component %d", k + 1).isCloseTo(sorted[k] / total, within(1e-4));
        }
    }

    @Test
    void badTablesAreOneSentenceNamingTheRowAndColumn() throws Exception {
        Path text = Files.writeString(dir.resolve("text.csv"), "label;a;b;c\ngood;1.5;-2;3\nbad;1.5;lots;3\n");
        assertThatThrownBy(() -> DatasetCatalog.load(text.toString())).isInstanceOf(DataException.class)
                .hasMessage("text.csv row 3 column 'b' is 'lots', not a number.");
        Path missing = Files.writeString(dir.resolve("missing.csv"), "label,a,b,c\nx,1.5,-2,3\ny,1.5,,3\n");
        assertThatThrownBy(() -> DatasetCatalog.load(missing.toString()))
                .hasMessage("missing.csv row 3 column 'b' has no value: fill it in or remove the row.");
        Path one = Files.writeString(dir.resolve("one.csv"), "label,a,b,c\nx,1.5,-2,3\n");
        assertThatThrownBy(() -> DatasetCatalog.load(one.toString()))
                .hasMessage("one.csv has only one row: a table needs at least two rows to learn from.");
        // Four features of pixel-like values are pixels unless the person says it is a table.
        Path square = Files.writeString(dir.resolve("square.csv"), "label,a,b,c,d\n1,0,1,0,1\n2,1,0,1,0\n");
        assertThat(DatasetCatalog.load(square.toString()).isTable()).isFalse();
        assertThat(DatasetCatalog.load(square.toString(), DatasetReaders.tables(), ReadProgress.NONE).isTable()).isTrue();
    }

    @Test
    void theConvolutionalVariantOnATableIsOneSentence() throws Exception {
        CliTest.Run conv = CliTest.run("train", "--dataset", blobs().toString(), "--variant", "convolutional", "--epochs", "1",
                "--out", dir.resolve("conv").toString());
        assertThat(conv.code()).isNotZero();
        assertThat(conv.err().strip()).isEqualTo("The convolutional autoencoder convolves pictures; a table's rows of features cannot be "
                + "convolved: choose a dense variant such as undercomplete.");
    }
}
