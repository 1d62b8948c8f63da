package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.latentlab.persistence.ShippedModels;

/** The pretrained models in models/: all there, small enough to ship, and their stored metrics reproducible from the weights. */
class ShippedModelsTest {
    static final List<String> EXPECTED = List.of("mnist-undercomplete-2d", "mnist-vae-2d", "mnist-linear-2d", "mnist-denoising",
            "mnist-sparse", "mnist-convolutional", "fashion-undercomplete-2d", "fashion-vae-2d", "photos-convolutional");

    @Test
    void everyCourseModelIsShippedWithinTwentyFiveMegabytes() throws IOException {
        assertThat(ShippedModels.list()).extracting(ShippedModels.Entry::name).containsAll(EXPECTED);
        long bytes;
        try (Stream<Path> files = Files.walk(ShippedModels.folder().orElseThrow())) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(25L << 20);
        for (String name : EXPECTED) {
            Path dir = ShippedModels.find(name).orElseThrow().folder();
            assertThat(dir.resolve("codes.csv")).as(name + " has its validation codes").isRegularFile();
            assertThat(dir.resolve("metrics.json")).isRegularFile();
        }
    }

    static Stream<String> models() {
        return EXPECTED.stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void evaluateReproducesTheStoredMetricsToFourDigits(String name) throws IOException {
        Path dir = ShippedModels.find(name).orElseThrow().folder();
        JsonObject stored = JsonParser.parseString(Files.readString(dir.resolve("metrics.json"))).getAsJsonObject();
        CliTest.Run r = CliTest.run("evaluate", "--model", dir.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonObject measured = JsonParser.parseString(r.out()).getAsJsonObject();
        for (String key : List.of("train_mse", "val_mse")) {
            double want = stored.get(key).getAsDouble();
            double got = measured.get(key).getAsDouble();
            assertThat(String.format("%.4g", got)).as(name + " " + key + " (" + got + " vs " + want + ")")
                    .isEqualTo(String.format("%.4g", want));
        }
    }
}
