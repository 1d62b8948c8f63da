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

    @Test
    void aDamagedCheckpointGetsOneSentenceWithoutParserOrJavaWords() throws Exception {
        Path shipped = ShippedModels.find("mnist-undercomplete-2d").orElseThrow().folder();
        String[][] damage = {
                {"spec.json", "{\"format\": 1, \"model\": {\"variant\": "},
                {"spec.json", "{\"format\": 1, \"dataset\": \"mnist-10k\", \"seed\": 7}"},
                {"spec.json", "\u00ff\u00fe{"},
                {"metrics.json", "[1, 2"},
                {"codes.csv", "index,label,z0,z1\n0,3,\u00e9\n"},
        };
        int n = 0;
        for (String[] d : damage) {
            Path copy = Files.createDirectories(dir.resolve("damaged" + n++));
            for (String f : List.of("spec.json", "weights.params", "metrics.json")) {
                Files.copy(shipped.resolve(f), copy.resolve(f));
            }
            Files.write(copy.resolve(d[0]), d[1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            CliTest.Run eval = run("evaluate", "--model", copy.toString());
            assertThat(eval.code()).as(d[1]).isEqualTo(1);
            assertThat(eval.err().strip()).as(d[1]).startsWith("The checkpoint in " + copy + " is corrupt").endsWith(".")
                    .doesNotContain("\n").doesNotContain("Exception").doesNotContain("Cannot invoke").doesNotContain(": null")
                    .doesNotContain("Input length");
        }
    }
}
