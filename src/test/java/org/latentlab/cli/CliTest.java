package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentlab.data.IdxFiles;
import org.latentlab.data.IdxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one command. */
    record Run(int code, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out.strip()).getAsJsonObject();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainSavesACheckpointThatEvaluateReads() {
        Path out = dir.resolve("ae");
        Run train = run("train", "--dataset", "mnist-10k", "--variant", "undercomplete", "--latent", "2",
                "--epochs", "1", "--seed", "7", "--out", out.toString(), "--json");
        assertThat(train.code()).as(train.err()).isZero();
        JsonObject t = train.json();
        assertThat(t.keySet()).contains("train_mse", "val_mse", "seconds");
        assertThat(t.get("val_mse").getAsDouble()).isBetween(0.03, 0.08);
        assertThat(Files.exists(out.resolve("spec.json"))).isTrue();

        Run eval = run("evaluate", "--model", out.toString(), "--json");
        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.json().get("val_mse").getAsDouble()).isCloseTo(t.get("val_mse").getAsDouble(), within(1e-6));
    }

    @Test
    void pcaPrintsExplainedVarianceAndValidationError() {
        Run pca = run("pca", "--dataset", "mnist-10k", "--components", "2", "--json");
        assertThat(pca.code()).as(pca.err()).isZero();
        JsonObject o = pca.json();
        assertThat(o.getAsJsonArray("explained_variance_ratio")).hasSize(2);
        assertThat(o.get("explained_variance_total").getAsDouble()).isCloseTo(0.175, within(0.01));
        assertThat(o.get("val_mse").getAsDouble()).isBetween(0.05, 0.06);
    }

    @Test
    void infoNamesTheEngineDevicesAndShippedData() {
        Run info = run("info", "--json");
        assertThat(info.code()).isZero();
        JsonObject o = info.json();
        assertThat(o.get("engine").getAsString()).isEqualTo("PyTorch");
        assertThat(o.get("engine_version").getAsString()).isEqualTo("2.7.1");
        assertThat(o.getAsJsonArray("devices").get(0).getAsString()).isEqualTo("cpu");
        assertThat(o.getAsJsonArray("datasets").toString()).contains("mnist-10k", "fashion-10k");
    }

    @Test
    void outOfRangeKnobsAreRefusedWithOneSentence() {
        Run latent = run("train", "--latent", "0", "--out", dir.resolve("a").toString());
        assertThat(latent.code()).isEqualTo(2);
        assertThat(latent.err().strip()).isEqualTo("The latent size must be between 1 and 16384, got 0.");

        Run lr = run("train", "--lr", "-0.1", "--out", dir.resolve("b").toString());
        assertThat(lr.code()).isEqualTo(2);
        assertThat(lr.err()).contains("learning rate must be in (0, 1]");

        Run k = run("pca", "--components", "0");
        assertThat(k.code()).isEqualTo(2);
        assertThat(k.err()).contains("at least 1");
        assertThat(Files.exists(dir.resolve("a"))).isFalse();
    }

    @Test
    void variantKnobsOutOfRangeAreRefusedBeforeTraining() {
        Run p = run("train", "--variant", "sparse", "--sparsity-target", "1.5", "--out", dir.resolve("s").toString());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err().strip()).isEqualTo("The sparsity target p must be in (0, 1), got 1.5.");
        Run o = run("train", "--variant", "overcomplete", "--regulariser", "none", "--out", dir.resolve("o").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("learns nothing useful");
        Run n = run("train", "--variant", "denoising", "--noise", "gaussian:9", "--out", dir.resolve("n").toString());
        assertThat(n.code()).isEqualTo(2);
        assertThat(n.err()).contains("Gaussian noise level σ must be in (0, 2]");
        Run b = run("train", "--variant", "vae", "--beta", "-1", "--out", dir.resolve("b").toString());
        assertThat(b.err()).contains("β must be between 0 and 1000");
        assertThat(Files.exists(dir.resolve("s"))).isFalse();
    }

    @Test
    void evaluateReportsHowWellTheCodesSeparateTheClassesAndPcaTheSame() {
        Path out = dir.resolve("vae");
        assertThat(run("train", "--variant", "vae", "--epochs", "1", "--out", out.toString()).code()).isZero();
        JsonObject e = run("evaluate", "--model", out.toString(), "--json").json();
        // Ten classes: chance is 0.1. After one epoch a 2-D VAE's codes already separate them more than three times as well.
        assertThat(e.get("knn_accuracy").getAsDouble()).isGreaterThan(0.33);
        assertThat(e.get("linear_probe_accuracy").getAsDouble()).isGreaterThan(0.36);
        JsonObject p = run("pca", "--components", "2", "--json").json();
        assertThat(p.get("knn_accuracy").getAsDouble()).isBetween(0.40, 0.44);
        assertThat(p.get("linear_probe_accuracy").getAsDouble()).isBetween(0.43, 0.47);
    }

    @Test
    void evaluateComparesALinearModelWithPcaOnTheSameSplit() {
        Path out = dir.resolve("linear");
        assertThat(run("train", "--variant", "linear", "--latent", "2", "--lr", "0.01", "--epochs", "5", "--out", out.toString()).code()).isZero();
        Run r = run("evaluate", "--model", out.toString(), "--compare-pca", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject o = r.json();
        assertThat(o.keySet()).contains("val_mse", "pca_val_mse", "pca_knn_accuracy", "pca_linear_probe_accuracy",
                "pca_error_by_k", "principal_angles_deg");
        assertThat(o.getAsJsonArray("pca_error_by_k")).hasSize(64);
        assertThat(o.get("pca_val_mse").getAsDouble()).isCloseTo(o.getAsJsonArray("pca_error_by_k").get(1).getAsDouble(), within(1e-9));
        assertThat(o.get("val_mse").getAsDouble()).isGreaterThan(0.99 * o.get("pca_val_mse").getAsDouble());
        assertThat(o.getAsJsonArray("principal_angles_deg")).hasSize(2);
    }

    @Test
    void pcaStandardisedOnConstantPixelsSaysSoAndPrintsNoNaN() {
        Run r = run("pca", "--components", "3", "--standardise", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("columns are constant (zero variance)");
        assertThat(r.out()).doesNotContain("NaN");
        assertThat(r.json().getAsJsonArray("explained_variance_ratio")).hasSize(3);
        Run big = run("pca", "--components", "785");
        assertThat(big.code()).isEqualTo(2);
        assertThat(big.err()).contains("at most the input size 784");
    }

    @Test
    void anOutputFolderThatIsNotACheckpointIsLeftAlone() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(mine.resolve("holiday.jpg"), "not really");
        Run r = run("train", "--epochs", "1", "--out", mine.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a Latent Lab checkpoint");
        assertThat(Files.readString(mine.resolve("holiday.jpg"))).isEqualTo("not really");
    }

    @Test
    void badDataGetsOneSentenceAndNoCheckpoint() throws Exception {
        Path missing = dir.resolve("nowhere");
        Run r = run("train", "--dataset", missing.toString(), "--out", dir.resolve("m1").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("There is no data set called");

        Path truncated = IdxFiles.folder(dir.resolve("truncated"), 20, 2, 3);
        byte[] full = Files.readAllBytes(truncated.resolve("train-images-idx3-ubyte.gz"));
        Files.write(truncated.resolve("train-images-idx3-ubyte.gz"), java.util.Arrays.copyOf(full, full.length / 2));
        Run t = run("train", "--dataset", truncated.toString(), "--out", dir.resolve("m2").toString());
        assertThat(t.code()).isEqualTo(1);
        assertThat(t.err().strip()).contains("truncated").doesNotContain("Exception").doesNotContain("\n\tat ");

        Path notGzip = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(notGzip.resolve("train-images-idx3-ubyte.gz"), "hello");
        Files.write(notGzip.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.labels(IdxReader.LABELS_MAGIC, new byte[] {1}));
        Run g = run("train", "--dataset", notGzip.toString(), "--out", dir.resolve("m3").toString());
        assertThat(g.code()).isEqualTo(1);
        assertThat(g.err()).containsAnyOf("not an IDX image file", "truncated");

        assertThat(Files.exists(dir.resolve("m1"))).isFalse();
        assertThat(Files.exists(dir.resolve("m2"))).isFalse();
        assertThat(Files.exists(dir.resolve("m3"))).isFalse();
    }

    @Test
    void aMissingGpuFallsBackToTheCpuWithOneSentence() {
        Run r = run("train", "--device", "gpu:3", "--hidden", "none", "--epochs", "1", "--out", dir.resolve("g").toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("runs on the CPU");
        assertThat(r.json().get("device").getAsString()).isEqualTo("cpu");
    }

    @Test
    void benchPicturesReadsTheJpegsItMakesAsColourPicturesAndRemovesThem() throws Exception {
        long before;
        try (var temp = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            before = temp.filter(p -> p.getFileName().toString().startsWith("latentlab-bench-pictures")).count();
        }
        Run r = run("bench", "pictures", "--count", "25", "--width", "80", "--height", "60", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject o = r.json();
        assertThat(o.get("pictures_read").getAsInt()).isEqualTo(25);
        assertThat(o.get("shape").getAsString()).isEqualTo("3x32x32");
        assertThat(o.get("read_seconds").getAsDouble()).isPositive();
        assertThat(o.get("peak_heap_megabytes").getAsLong()).isPositive();
        try (var temp = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temp.filter(p -> p.getFileName().toString().startsWith("latentlab-bench-pictures")).count())
                    .as("the pictures it made are removed").isEqualTo(before);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"train", "evaluate", "pca", "info", "bench"}) {
            Run r = run(command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: latentlab " + command);
        }
    }

    @Test
    void evaluateRefusesAFolderThatIsNotACheckpoint() {
        Run r = run("evaluate", "--model", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is not a Latent Lab checkpoint");
    }
}
