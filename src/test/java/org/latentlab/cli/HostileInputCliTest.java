package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.persistence.ShippedModels;

/** What the command line says about a hand-edited checkpoint, and the long fuzz's command. */
class HostileInputCliTest {
    @TempDir
    Path dir;

    private Path editedCheckpoint() throws Exception {
        Path shipped = ShippedModels.find("mnist-undercomplete-2d").orElseThrow().folder();
        Path copy = Files.createDirectories(dir.resolve("edited"));
        for (String f : List.of("spec.json", "weights.params", "metrics.json")) {
            Files.copy(shipped.resolve(f), copy.resolve(f));
        }
        Files.writeString(copy.resolve("spec.json"),
                Files.readString(copy.resolve("spec.json")).replaceFirst("\"latent_size\": 2", "\"latent_size\": 3"));
        return copy;
    }

    @Test
    void aCheckpointWhoseSizesDoNotMatchItsWeightsGetsOneSentenceInEvaluateAndDenoise() throws Exception {
        Path model = editedCheckpoint();
        CliTest.Run eval = run("evaluate", "--model", model.toString());
        assertThat(eval.code()).isEqualTo(1);
        assertThat(eval.err().strip()).startsWith("The weights in " + model + " do not match its spec.json: ")
                .doesNotContain("\n").doesNotContain("Exception").doesNotContain("arraycopy");

        Path picture = dir.resolve("x.png");
        org.latentlab.persistence.ImageExport.writePng(new float[784], 28, 28, picture);
        CliTest.Run denoise = run("denoise", "--model", model.toString(), picture.toString(), "--out", dir.resolve("o").toString());
        assertThat(denoise.code()).isEqualTo(1);
        assertThat(denoise.err().strip()).startsWith("The weights in " + model + " do not match its spec.json: ").doesNotContain("\n");
    }

    @Test
    void benchFuzzPrintsCountsPerReader() {
        CliTest.Run r = run("bench", "fuzz", "--inputs", "30", "--reader", "csv,preset", "--json");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        var readers = r.json().getAsJsonArray("readers");
        assertThat(readers).hasSize(2);
        assertThat(readers.get(0).getAsJsonObject().get("reader").getAsString()).isEqualTo("csv");
        assertThat(readers.get(0).getAsJsonObject().get("inputs").getAsInt()).isEqualTo(30);
        assertThat(readers.get(1).getAsJsonObject().get("failed").getAsInt()).isZero();
    }
}
