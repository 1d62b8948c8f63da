package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.cli.CliTest.run;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.persistence.ImageExport;
import org.latentlab.data.ImageImport;
import org.latentlab.data.Noise;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Denoising;
import org.latentlab.persistence.Checkpoints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A denoising model trained by the command line, used by {@code denoise} and directly. */
class DenoiseCommandTest {
    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void trainADenoisingModel() {
        model = dir.resolve("denoiser");
        CliTest.Run train = run("train", "--variant", "denoising", "--noise", "gaussian:0.5", "--epochs", "10", "--seed", "7",
                "--out", model.toString(), "--json");
        assertThat(train.code()).as(train.err()).isZero();
    }

    /** The claim: with σ = 0.5, the output is at least 5 dB closer to the clean digit than the noisy input, on average. */
    @Test
    void theDenoisedDigitIsAtLeastFiveDecibelsCleanerThanTheNoisyOne() throws Exception {
        Dataset val = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7).validation();
        double gain = 0;
        int n = 300;
        try (Autoencoder ae = Checkpoints.load(model, ai.djl.Device.cpu()).model()) {
            for (int i = 0; i < n; i++) {
                float[] clean = java.util.Arrays.copyOfRange(val.values(), i * 784, (i + 1) * 784);
                Denoising.Result r = Denoising.run(ae, clean, Noise.parse("gaussian:0.5"), i);
                gain += r.psnrAfter() - r.psnrBefore();
            }
        }
        System.out.printf("denoising: mean PSNR gain %.2f dB over %d validation digits%n", gain / n, n);
        assertThat(gain / n).isGreaterThan(5);
    }

    @Test
    void denoiseWritesBothImagesPerInputAndABadFileGetsItsSentence() throws Exception {
        Dataset val = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7).validation();
        Path in = Files.createDirectories(dir.resolve("in"));
        ImageExport.writePng(java.util.Arrays.copyOfRange(val.values(), 0, 784), 28, 28, in.resolve("a.png"));
        ImageExport.writePng(java.util.Arrays.copyOfRange(val.values(), 784, 2 * 784), 28, 28, in.resolve("b.png"));
        Files.writeString(in.resolve("c.png"), "not a picture");
        Path out = dir.resolve("out");
        CliTest.Run r = run("denoise", "--model", model.toString(), "--noise", "gaussian:0.5", in.toString(), "--out", out.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonArray images = r.json().getAsJsonArray("images");
        assertThat(images).hasSize(3);
        JsonObject a = images.get(0).getAsJsonObject();
        assertThat(a.get("psnr_after").getAsDouble()).isGreaterThan(a.get("psnr_before").getAsDouble());
        assertThat(images.get(2).getAsJsonObject().get("error").getAsString())
                .isEqualTo("c.png is not a picture this app can read (PNG, JPEG, GIF, BMP, WebP or TIFF).");
        assertThat(out.resolve("a-noisy.png")).exists();
        assertThat(out.resolve("b-denoised.png")).exists();
        // The written images are the model's input size and read back as prepared inputs.
        assertThat(ImageImport.prepare(out.resolve("a-denoised.png"), 28).input().width()).isEqualTo(28);
    }

    @Test
    void aFolderThatIsNotACheckpointIsRefusedWithExitTwo() {
        CliTest.Run r = run("denoise", "--model", dir.toString(), "x.png", "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("is not a checkpoint folder (it needs spec.json and weights.params).");
    }

    @Test
    void inputsThatShareANameGetOutputsOfTheirOwn() throws Exception {
        Dataset val = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7).validation();
        Path in = dir.resolve("same");
        for (String f : new String[] {"a", "b"}) {
            ImageExport.writePng(java.util.Arrays.copyOfRange(val.values(), 0, 784), 28, 28,
                    Files.createDirectories(in.resolve(f)).resolve("digit.png"));
        }
        java.awt.image.BufferedImage gif = javax.imageio.ImageIO.read(in.resolve("a").resolve("digit.png").toFile());
        javax.imageio.ImageIO.write(gif, "gif", Files.createDirectories(in.resolve("c")).resolve("digit.gif").toFile());
        Path out = dir.resolve("same-out");
        CliTest.Run r = run("denoise", "--model", model.toString(), in.resolve("a/digit.png").toString(),
                in.resolve("b/digit.png").toString(), in.resolve("c/digit.gif").toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (java.util.stream.Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "a_digit-denoised.png", "a_digit-noisy.png", "b_digit-denoised.png", "b_digit-noisy.png",
                    "c_digit-denoised.png", "c_digit-noisy.png");
        }
        assertThat(DenoiseCommand.stems(java.util.List.of(Path.of("c/digit.png"), Path.of("c/digit.gif"), Path.of("d/x.png"))))
                .containsExactly("c_digit_png", "c_digit_gif", "x");
    }

    @Test
    void anOutputThatCannotBeWrittenIsNamedAndTheExitIsNotZero() throws Exception {
        Dataset val = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7).validation();
        Path in = Files.createDirectories(dir.resolve("full-in"));
        ImageExport.writePng(java.util.Arrays.copyOfRange(val.values(), 0, 784), 28, 28, in.resolve("a.png"));
        ImageExport.writePng(java.util.Arrays.copyOfRange(val.values(), 784, 2 * 784), 28, 28, in.resolve("b.png"));
        Path out = dir.resolve("full-out");
        // A folder in the way of one output fails its write as a full disk would, even for root.
        Files.writeString(Files.createDirectories(out.resolve("b-denoised.png")).resolve("keep"), "x");
        CliTest.Run r = run("denoise", "--model", model.toString(), in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(out.resolve("b-denoised.png") + " cannot be written")
                .contains("1 output was not written: " + out.resolve("b-denoised.png") + ".")
                .doesNotContain("Exception");
        assertThat(out.resolve("a-denoised.png")).isRegularFile();
        try (java.util.stream.Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList()).isEmpty();
        }
    }
}
