package org.latentlab.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;

/** Replacing a checkpoint touches only its own files, and a save stopped at any step is put right on the next read. */
class CheckpointFolderTest {
    @TempDir
    Path dir;

    private static final TrainingMetrics METRICS = new TrainingMetrics(0.05, 0.06, 1, 10, 1.5, List.of());

    private static void save(Path out, int latent, boolean codes, CheckpointFolder.Crash crash) throws IOException {
        ModelSpec spec = ModelSpec.undercomplete(latent);
        try (Autoencoder model = Autoencoder.forWeights(spec, Device.cpu())) {
            Checkpoint cp = new Checkpoint(spec, "mnist-10k", 7, METRICS, latent,
                    codes ? new float[latent * 2] : null, codes ? new int[] {0, 1} : null);
            Checkpoints.save(out, cp, model, crash);
        }
    }

    /** Every file in the folder (hidden ones included) and its bytes. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.isDirectory(p) ? "<folder>"
                        : java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void replacingACheckpointKeepsThePersonsOtherFilesAndTheFoldersPermissions() throws Exception {
        Path out = dir.resolve("model");
        save(out, 2, true, CheckpointFolder.NEVER);
        Files.writeString(out.resolve("notes.txt"), "lr 0.01 was better");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x---"));

        save(out, 3, false, CheckpointFolder.NEVER);

        assertThat(contents(out).keySet()).containsExactly("metrics.json", "notes.txt", "spec.json", "weights.params");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("lr 0.01 was better");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwxr-x---");
        assertThat(Checkpoints.read(out).latentSize()).isEqualTo(3);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("model");
        }
    }

    @Test
    void aSaveStoppedAfterAnyStepLeavesTheOldOrTheNewCheckpointOnceRead() throws Exception {
        Path reference = dir.resolve("reference");
        save(reference.resolve("old"), 2, true, CheckpointFolder.NEVER);
        save(reference.resolve("new"), 3, false, CheckpointFolder.NEVER);
        Files.writeString(reference.resolve("old").resolve("notes.txt"), "mine");
        Files.writeString(reference.resolve("new").resolve("notes.txt"), "mine");
        Map<String, String> old = contents(reference.resolve("old"));
        Map<String, String> fresh = contents(reference.resolve("new"));

        boolean sawNew = false;
        int k = 1;
        for (boolean finished = false; !finished; k++) {
            Path out = dir.resolve("run" + k);
            save(out, 2, true, CheckpointFolder.NEVER);
            Files.writeString(out.resolve("notes.txt"), "mine");
            int stopAt = k;
            boolean[] stopped = {false};
            save(out, 3, false, step -> stopped[0] |= step == stopAt);
            finished = !stopped[0];

            Checkpoint read = Checkpoints.read(out);
            Map<String, String> now = contents(out);
            assertThat(now).as("stopped after step %d", k).isIn(old, fresh);
            if (sawNew) {
                assertThat(now).as("stopped after step %d, after an earlier step already gave the new one", k).isEqualTo(fresh);
            }
            sawNew |= now.equals(fresh);
            assertThat(read.latentSize()).isEqualTo(now.equals(fresh) ? 3 : 2);
        }
        assertThat(k).as("steps tried").isGreaterThan(6);
        assertThat(sawNew).isTrue();
    }

    @Test
    void whatTheOldFolderRenamingSaveLeftIsPutBackOrCleanedOnTheNextRead() throws Exception {
        Path out = dir.resolve("model");
        save(out, 2, true, CheckpointFolder.NEVER);
        Files.move(out, dir.resolve(".model.old-abc"));
        Files.createDirectories(dir.resolve(".model.tmp-def")).resolve("spec.json");
        Files.writeString(dir.resolve(".model.tmp-def").resolve("spec.json"), "{half");

        assertThat(Checkpoints.read(out).latentSize()).isEqualTo(2);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("model");
        }
    }
}
