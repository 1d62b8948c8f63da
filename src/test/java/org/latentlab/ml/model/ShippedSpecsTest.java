package org.latentlab.ml.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latentlab.ml.infer.Autoencoder;

/** Every model in models/ (each folder with a spec.json): its spec reads and validates, and its weights fit the block it builds. */
class ShippedSpecsTest {
    private static final Path MODELS = Path.of("models");

    static Stream<Path> models() throws IOException {
        return Files.list(MODELS).filter(p -> Files.isRegularFile(p.resolve("spec.json"))).sorted();
    }

    @Test
    void theModelsFolderHoldsModels() throws IOException {
        assertThat(models().count()).isGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("models")
    void specReadsValidatesAndWritesBackTheSame(Path dir) throws IOException {
        JsonObject file = JsonParser.parseString(Files.readString(dir.resolve("spec.json"))).getAsJsonObject();
        JsonObject model = file.getAsJsonObject("model");
        ModelSpec spec = SpecJson.read(model).validate();
        JsonObject written = SpecJson.write(spec);
        for (String key : model.keySet()) {
            assertThat(written.get(key)).as(dir.getFileName() + " " + key).isEqualTo(model.get(key));
        }
        assertThat(SpecJson.read(written)).isEqualTo(spec);
    }

    @ParameterizedTest
    @MethodSource("models")
    void weightsLoadIntoTheBlockItsSpecBuilds(Path dir) throws IOException {
        ModelSpec spec = SpecJson.read(JsonParser.parseString(Files.readString(dir.resolve("spec.json"))).getAsJsonObject()
                .getAsJsonObject("model"));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve("weights.params")));
             Autoencoder ae = Autoencoder.load(spec, Device.cpu(), in)) {
            float[] x = new float[2 * spec.inputSize()];
            java.util.Arrays.fill(x, 0.5f);
            assertThat(ae.parameterCount()).isPositive();
            assertThat(ae.encode(x, 2)).hasSize(2 * spec.codeSize());
            assertThat(ae.reconstruct(x, 2)).hasSize(2 * spec.inputSize());
        }
    }
}
