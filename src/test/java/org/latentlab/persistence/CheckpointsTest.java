package org.latentlab.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;
import org.latentlab.ml.train.TrainingPlan;
import org.latentlab.ml.train.TrainingResult;
import org.latentlab.ml.train.TrainingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void savedAndLoadedModelGivesTheSameReconstructions() throws Exception {
        Dataset.Split split = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
        TrainingResult r = new TrainingService(new TrainingPlan(split, ModelSpec.undercomplete(2), 1, 7, "cpu", 0), null).run();
        Path out = dir.resolve("model");
        float[] inputs = java.util.Arrays.copyOf(split.validation().values(), 50 * 784);
        float[] before;
        try (Autoencoder model = r.model()) {
            before = model.reconstruct(inputs, 50);
            Checkpoints.save(out, new Checkpoint(model.spec(), "mnist-10k", 7, r.metrics(), 2,
                    r.validationCodes(), r.validationLabels()), model);
        }
        try (Stream files = new Stream(dir)) {
            assertThat(files.names()).containsExactly("model");
        }
        Checkpoints.Loaded loaded = Checkpoints.load(out, Device.cpu());
        try (Autoencoder model = loaded.model()) {
            float[] after = model.reconstruct(inputs, 50);
            double maxDiff = 0;
            for (int i = 0; i < after.length; i++) {
                maxDiff = Math.max(maxDiff, Math.abs(after[i] - before[i]));
            }
            assertThat(maxDiff).isLessThan(1e-6);
        }
        Checkpoint cp = loaded.checkpoint();
        assertThat(cp.spec()).isEqualTo(ModelSpec.undercomplete(2));
        assertThat(cp.metrics().valMse()).isEqualTo(r.metrics().valMse());
        assertThat(cp.validationCodes()).containsExactly(r.validationCodes());
        assertThat(cp.validationLabels()).containsExactly(r.validationLabels());
    }

    @Test
    void refusesAFolderThatIsNotACheckpointAndLeavesItAlone() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.tex"), "precious");
        assertThatThrownBy(() -> Checkpoints.checkWritable(mine))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a Latent Lab checkpoint");
        assertThat(Files.readString(mine.resolve("chapter1.tex"))).isEqualTo("precious");
    }

    @Test
    void corruptOrNewerCheckpointGetsOneSentence() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("spec.json"), "{ not json");
        assertThatThrownBy(() -> Checkpoints.read(bad)).hasMessageContaining("is corrupt");
        Path newer = Files.createDirectories(dir.resolve("newer"));
        Files.writeString(newer.resolve("spec.json"), "{\"format\": 99}");
        assertThatThrownBy(() -> Checkpoints.read(newer)).hasMessageContaining("newer Latent Lab");
    }

    @Test
    void everyShippedModelsMetricsReadBackAndWriteTheSameJson() throws Exception {
        com.google.gson.Gson gson = new com.google.gson.GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
        assertThat(ShippedModels.list()).isNotEmpty();
        for (ShippedModels.Entry e : ShippedModels.list()) {
            TrainingMetrics m = Checkpoints.read(e.folder()).metrics();
            assertThat(m.history()).as(e.name()).isNotEmpty();
            assertThat(gson.toJson(Checkpoints.metricsJson(m))).as(e.name())
                    .isEqualTo(Files.readString(e.folder().resolve("metrics.json")).strip());
        }
    }

    @Test
    void metricsWithoutAValidationFigureReadAndMetricsMissingAFigureAreCorrupt() throws Exception {
        Path shipped = ShippedModels.find("mnist-linear-2d").orElseThrow().folder();
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(shipped.resolve("spec.json"), copy.resolve("spec.json"));
        Files.writeString(copy.resolve("metrics.json"), "{\"train_mse\": 0.5, \"val_mse\": NaN, \"epochs\": 1, \"steps\": 9, \"seconds\": 2.5}");
        TrainingMetrics m = Checkpoints.read(copy).metrics();
        assertThat(m.valMse()).isNaN();
        assertThat(m.steps()).isEqualTo(9);
        assertThat(m.history()).isEmpty();
        Files.writeString(copy.resolve("metrics.json"), "{\"val_mse\": 0.5, \"epochs\": 1, \"steps\": 9, \"seconds\": 2.5}");
        assertThatThrownBy(() -> Checkpoints.read(copy)).hasMessage("The checkpoint in " + copy + " is corrupt: metrics.json has no train_mse.");
    }

    /** The names in a folder. */
    private record Stream(Path dir) implements AutoCloseable {
        List<String> names() throws java.io.IOException {
            try (var s = Files.list(dir)) {
                return s.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }

        @Override
        public void close() {}
    }
}
