package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.ColourFolder;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.Preparation;
import org.latentlab.data.ReadProgress;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.persistence.Checkpoints;

/**
 * A folder of colour pictures read as pictures: {@code train --as pictures --size 32 --colour}
 * trains a convolutional autoencoder on 3×32×32 inputs that keeps the colours, the checkpoint
 * records the preparation and {@code evaluate} prepares the folder the same way.
 */
class ColourPicturesTest {
    /** The mean absolute error per channel the trained model stays under. */
    static final double CHANNEL_ERROR = 0.075;

    @TempDir
    Path dir;

    @Test
    void aConvolutionalAutoencoderOnColourPicturesKeepsTheColourAndSeparatesTheClasses() throws Exception {
        Path folder = ColourFolder.write(dir.resolve("shapes"), 20);
        Path out = dir.resolve("model");
        CliTest.Run train = CliTest.run("train", "--dataset", folder.toString(), "--as", "pictures", "--size", "32", "--colour",
                "--variant", "convolutional", "--filters", "16", "--bottleneck", "16", "--batch", "8", "--lr", "0.003",
                "--epochs", "60", "--seed", "3", "--out", out.toString(), "--json");
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(Files.readString(out.resolve("spec.json"))).contains("\"preparation\": \"pictures:32:colour\"");
        var cp = Checkpoints.read(out);
        assertThat(cp.preparation()).isEqualTo(Preparation.pictures(32, true));
        assertThat(new int[] {cp.spec().channels(), cp.spec().height(), cp.spec().width()}).containsExactly(3, 32, 32);

        CliTest.Run evaluate = CliTest.run("evaluate", "--model", out.toString(), "--json");
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        double knn = evaluate.json().get("knn_accuracy").getAsDouble();
        System.out.printf("colour pictures: validation MSE %.5f, 5-NN accuracy %.3f%n", evaluate.json().get("val_mse").getAsDouble(), knn);
        assertThat(knn).as("5-NN accuracy of the codes").isGreaterThan(0.9);

        Dataset val = DatasetCatalog.load(folder.toString(), cp.preparation(), ReadProgress.NONE)
                .split(DatasetCatalog.VALIDATION_FRACTION, cp.seed()).validation();
        try (Autoencoder ae = Checkpoints.load(out, Device.cpu()).model()) {
            float[] r = ae.reconstruct(val.values(), val.size());
            int plane = 32 * 32;
            double[] error = new double[3];
            int leading = 0;
            for (int i = 0; i < val.size(); i++) {
                double[] mean = new double[3];
                for (int c = 0; c < 3; c++) {
                    for (int p = 0; p < plane; p++) {
                        int at = i * 3 * plane + c * plane + p;
                        error[c] += Math.abs(r[at] - val.values()[at]);
                    }
                    // The shape's colour: the middle 8×8 of the reconstruction.
                    for (int y = 12; y < 20; y++) {
                        for (int x = 12; x < 20; x++) {
                            mean[c] += r[i * 3 * plane + c * plane + y * 32 + x];
                        }
                    }
                }
                int strongest = mean[2] > mean[0] && mean[2] > mean[1] ? 0 : mean[1] > mean[0] ? 1 : 2;
                leading += strongest == val.labels()[i] ? 1 : 0;
            }
            for (int c = 0; c < 3; c++) {
                error[c] /= (double) val.size() * plane;
                System.out.printf("colour pictures: mean absolute error of channel %s %.4f%n", "RGB".charAt(c), error[c]);
            }
            // What a model that knows no picture would do: draw the training set's mean image.
            Dataset trainSet = DatasetCatalog.load(folder.toString(), cp.preparation(), ReadProgress.NONE)
                    .split(DatasetCatalog.VALIDATION_FRACTION, cp.seed()).train();
            double[] meanImage = new double[3 * plane];
            for (int i = 0; i < trainSet.size(); i++) {
                for (int k = 0; k < 3 * plane; k++) {
                    meanImage[k] += trainSet.values()[i * 3 * plane + k] / trainSet.size();
                }
            }
            double[] baseline = new double[3];
            for (int i = 0; i < val.size(); i++) {
                for (int k = 0; k < 3 * plane; k++) {
                    baseline[k / plane] += Math.abs(meanImage[k] - val.values()[i * 3 * plane + k]) / ((double) val.size() * plane);
                }
            }
            for (int c = 0; c < 3; c++) {
                System.out.printf("colour pictures: channel %s, the mean image's error %.4f%n", "RGB".charAt(c), baseline[c]);
                assertThat(error[c]).as("error of channel %s against the mean image's", "RGB".charAt(c)).isLessThan(0.6 * baseline[c]);
            }
            for (int c = 0; c < 3; c++) {
                assertThat(error[c]).as("mean absolute error of channel %s", "RGB".charAt(c)).isLessThan(CHANNEL_ERROR);
            }
            assertThat(leading).as("reconstructions whose shape keeps its colour's leading channel").isEqualTo(val.size());
        }
    }
}
