package org.latentlab.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions, presets and checkpoints made to hurt are refused with one sentence and inflate nothing unbounded. */
class HostileFilesTest {
    @TempDir
    Path dir;

    /** A zip whose {@code name} entry is {@code bytes} zero bytes (a few hundred KB compressed per 100 MB). */
    private Path bomb(String name, long bytes, Map<String, String> others) throws IOException {
        Path file = dir.resolve("bomb" + SessionArchive.EXTENSION);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : others.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            zip.closeEntry();
        }
        return file;
    }

    private static long tempSessionFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("latentlab-session-")).count();
        }
    }

    @Test
    void aZipBombAsSessionJsonOrAsAnExtraEntryIsRefusedBeforeItInflates() throws IOException {
        long before = tempSessionFolders();
        Path index = bomb("session.json", 300L << 20, Map.of());
        assertThatThrownBy(() -> SessionArchive.read(index)).isInstanceOf(IOException.class)
                .hasMessage("bomb.latentlab is not a valid session: session.json inflates to more than 1048576 bytes, "
                        + "the most such an entry can hold in a session.");
        Path extra = bomb("models/main/notes.bin", 300L << 20, Map.of("session.json",
                "{\"format\":1,\"dataset\":\"mnist-10k\",\"seed\":7,\"models\":[]}"));
        assertThatThrownBy(() -> SessionArchive.read(extra)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("bomb.latentlab is not a valid session: models/main/notes.bin inflates to more than ");
        assertThat(tempSessionFolders()).isEqualTo(before);
    }

    private Path session(String json) throws IOException {
        Path file = dir.resolve("s" + SessionArchive.EXTENSION);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("session.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aSessionWithAFormatOrSeedOutOfRangeGetsOneSentence() throws IOException {
        Path format = session("{\"format\":1000000000000000,\"dataset\":\"mnist-10k\",\"seed\":7,\"models\":[]}");
        assertThatThrownBy(() -> SessionArchive.read(format)).hasMessage("s.latentlab is a corrupt session; its session.json cannot be "
                + "read: its format is 1000000000000000, not between 1 and 2147483647.");
        Path seed = session("{\"format\":1,\"dataset\":\"mnist-10k\",\"seed\":1000000000000000000000000000000,\"models\":[]}");
        assertThatThrownBy(() -> SessionArchive.read(seed)).hasMessage("s.latentlab is a corrupt session; its session.json cannot be "
                + "read: its seed is 1000000000000000000000000000000, not between -9223372036854775808 and 9223372036854775807.");
        Path deep = session("[".repeat(100_000));
        assertThatThrownBy(() -> SessionArchive.read(deep)).hasMessage("s.latentlab is a corrupt session; its session.json cannot be "
                + "read: it nests deeper than 64 levels.");
    }

    private static final String PRESET = "{\"format\":1,\"title\":\"t\",\"description\":\"d\",\"model\":{\"variant\":\"undercomplete\"%s}}";

    @Test
    void aPresetNestedDeeplyOrWithABadShapeOrLatentGetsOneSentence() {
        assertThatThrownBy(() -> PresetLibrary.parse("{\"a\":" + "[".repeat(50_000), "deep.json"))
                .isInstanceOf(IOException.class).hasMessage("deep.json is not a valid preset: it nests deeper than 64 levels.");
        assertThatThrownBy(() -> PresetLibrary.parse(PRESET.formatted(",\"input_shape\":[1]"), "p.json"))
                .isInstanceOf(IOException.class)
                .hasMessage("p.json is not a valid preset: its input shape is [1], not three numbers (channels, height, width) such as [1, 28, 28].");
        assertThatThrownBy(() -> PresetLibrary.parse(PRESET.formatted(",\"input_shape\":7"), "p.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("its input shape is 7, not three numbers");
        assertThatThrownBy(() -> PresetLibrary.parse(PRESET.formatted(",\"latent_size\":2.7"), "p.json"))
                .isInstanceOf(IOException.class).hasMessage("p.json is not a valid preset: its latent size is 2.7, not a whole number.");
        assertThatThrownBy(() -> PresetLibrary.parse(PRESET.formatted(",\"input_shape\":[1,65536,65536]"), "p.json"))
                .isInstanceOf(IOException.class).hasMessage("p.json is not a valid preset: its image height is 65536, not between 1 and 4096.");
        assertThatThrownBy(() -> PresetLibrary.parse(PRESET.formatted(",\"hidden_sizes\":[64,0]"), "p.json"))
                .isInstanceOf(IOException.class).hasMessage("p.json is not a valid preset: its hidden layer size is 0, not between 1 and 16384.");
        assertThatThrownBy(() -> PresetLibrary.parse(PRESET.formatted("").replace("\"title\"", "\"titel\""), "p.json"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("p.json is not a valid preset: it has a key 'titel' that presets do not have");
    }

    @Test
    void aCheckpointWhoseSizesDoNotMatchItsWeightsIsRefusedWithOneSentence() throws IOException {
        Path shipped = ShippedModels.find("mnist-undercomplete-2d").orElseThrow().folder();
        Path copy = Files.createDirectories(dir.resolve("edited"));
        for (String f : List.of("spec.json", "weights.params", "metrics.json")) {
            Files.copy(shipped.resolve(f), copy.resolve(f));
        }
        String spec = Files.readString(copy.resolve("spec.json")).replaceFirst("\"latent_size\": 2", "\"latent_size\": 3");
        Files.writeString(copy.resolve("spec.json"), spec);
        assertThatThrownBy(() -> Checkpoints.load(copy, ai.djl.Device.cpu())).isInstanceOf(IOException.class)
                .hasMessageStartingWith("The weights in " + copy + " do not match its spec.json: ")
                .hasMessageContaining("latent size 3");
    }
}
