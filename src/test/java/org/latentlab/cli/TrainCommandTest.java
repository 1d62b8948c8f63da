package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.IdxFiles;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.train.TrainingMetrics;
import org.latentlab.ml.train.TrainingResult;
import picocli.CommandLine;

/** What {@code train} leaves at {@code --out} when a run diverges, and which folders it refuses before training. */
class TrainCommandTest {
    @TempDir
    Path dir;

    /** Runs {@code train} with a run that diverges at once, keeping its start weights. */
    private CliTest.Run trainDiverging(String... args) {
        TrainCommand cmd = new TrainCommand();
        cmd.trainer = (plan, listener) -> new TrainingResult(Autoencoder.forWeights(plan.spec(), Device.cpu()),
                new TrainingMetrics(Double.NaN, Double.NaN, 0, 1, 0.1, List.of()), TrainingResult.Outcome.DIVERGED,
                "Training diverged at step 1: the loss became NaN, so the learning rate is too high; the weights from the start were kept.",
                null, null);
        return execute(cmd, args);
    }

    private static CliTest.Run execute(TrainCommand cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println(Sentences.of(ex));
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        int code = cl.execute(args);
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void aRunThatDivergesLeavesTheCheckpointAlreadyAtOutAsItWas() throws Exception {
        Path data = IdxFiles.folder(dir.resolve("data"), 40, 2, 3);
        Path out = dir.resolve("model");
        CliTest.Run good = CliTest.run("train", "--dataset", data.toString(), "--latent", "2", "--epochs", "1", "--out", out.toString());
        assertThat(good.code()).as(good.err()).isZero();
        byte[] weights = Files.readAllBytes(out.resolve("weights.params"));
        String spec = Files.readString(out.resolve("spec.json"));

        CliTest.Run bad = trainDiverging("--dataset", data.toString(), "--latent", "2", "--epochs", "1", "--out", out.toString());

        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).endsWith("The checkpoint already in " + out + " was left as it was.");
        assertThat(Files.readAllBytes(out.resolve("weights.params"))).isEqualTo(weights);
        assertThat(Files.readString(out.resolve("spec.json"))).isEqualTo(spec);
    }

    @Test
    void aRunThatDivergesIntoANewFolderSavesItsLastGoodWeightsAndSaysSo() throws Exception {
        Path data = IdxFiles.folder(dir.resolve("data"), 40, 2, 3);
        Path out = dir.resolve("fresh");
        CliTest.Run bad = trainDiverging("--dataset", data.toString(), "--latent", "2", "--epochs", "1", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).endsWith("They were saved to " + out + ".");
        assertThat(out.resolve("weights.params")).exists();
    }

    @Test
    void anOutWhoseParentCannotBeWrittenIsRefusedBeforeTraining() throws Exception {
        Path data = IdxFiles.folder(dir.resolve("data"), 40, 2, 3);
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        TrainCommand cmd = new TrainCommand();
        boolean[] trained = {false};
        cmd.trainer = (plan, listener) -> {
            trained[0] = true;
            throw new AssertionError("training started");
        };
        CliTest.Run r = execute(cmd, "--dataset", data.toString(), "--out", file.resolve("model").toString());
        assertThat(trained[0]).isFalse();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("The checkpoint cannot be saved in " + file.resolve("model") + ": "
                + file + " is a file, not a folder.");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }
}
