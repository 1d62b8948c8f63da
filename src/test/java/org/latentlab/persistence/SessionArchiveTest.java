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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session files round-trip exactly, and anything else is refused with a sentence. */
class SessionArchiveTest {
    @TempDir
    Path dir;

    @Test
    void aSessionRoundTripsItsModelsWeightsAndViewSettingsExactly() throws IOException {
        Checkpoints.Plain ae = Checkpoints.readPlain(ShippedModels.find("mnist-undercomplete-2d").orElseThrow().folder());
        Checkpoints.Plain vae = Checkpoints.readPlain(ShippedModels.find("mnist-vae-2d").orElseThrow().folder());
        Session session = new Session("mnist-10k", 7, List.of(new Session.Model(Session.MAIN, ae.checkpoint(), ae.weights()),
                new Session.Model("panel-1", vae.checkpoint(), vae.weights())), Map.of("view", "EXPLORE", "selected", "42"));
        Path file = dir.resolve("lecture" + SessionArchive.EXTENSION);
        SessionArchive.write(file, session);

        Session back = SessionArchive.read(file);
        assertThat(back.dataset()).isEqualTo("mnist-10k");
        assertThat(back.view()).containsEntry("view", "EXPLORE").containsEntry("selected", "42");
        assertThat(back.models()).extracting(Session.Model::role).containsExactly(Session.MAIN, "panel-1");
        assertThat(back.models().get(1).checkpoint().spec()).isEqualTo(vae.checkpoint().spec());
        assertThat(back.models().get(1).weights().shapes()).isDeepEqualTo(vae.weights().shapes());
        assertThat(back.models().get(1).weights().values()).isEqualTo(vae.weights().values());
        assertThat(back.models().get(0).checkpoint().validationCodes()).containsExactly(ae.checkpoint().validationCodes());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            String index = new String(zip.getInputStream(zip.getEntry("session.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(index).isEqualTo("""
                    {
                      "format": 1,
                      "dataset": "mnist-10k",
                      "seed": 7,
                      "models": [
                        "main",
                        "panel-1"
                      ],
                      "view": {
                        "selected": "42",
                        "view": "EXPLORE"
                      }
                    }""");
        }
    }

    @Test
    void aFileThatIsNotASessionIsRefused() throws IOException {
        Path junk = dir.resolve("junk" + SessionArchive.EXTENSION);
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(() -> SessionArchive.read(junk)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a Latent Lab session");
        Path noIndex = zip("empty" + SessionArchive.EXTENSION, Map.of("notes.txt", "hello"));
        assertThatThrownBy(() -> SessionArchive.read(noIndex)).hasMessageContaining("holds no session.json");
        Path broken = zip("broken" + SessionArchive.EXTENSION, Map.of("session.json", "{ \"format\": 1, \"dataset\": "));
        assertThatThrownBy(() -> SessionArchive.read(broken)).hasMessageStartingWith("broken.latentlab is a corrupt session")
                .hasMessageEndingWith(".").hasMessageNotContaining("Exception").hasMessageNotContaining("http");
        Path noSeed = zip("noseed" + SessionArchive.EXTENSION, Map.of("session.json", "{\"format\": 1, \"dataset\": \"mnist-10k\", \"models\": []}"));
        assertThatThrownBy(() -> SessionArchive.read(noSeed))
                .hasMessage("noseed.latentlab is a corrupt session; its session.json cannot be read: it has no seed.");
    }

    @Test
    void aSessionFromANewerVersionIsRefused() throws IOException {
        Path newer = zip("newer" + SessionArchive.EXTENSION,
                Map.of("session.json", "{\"format\": 99, \"dataset\": \"mnist-10k\", \"seed\": 7, \"models\": []}"));
        assertThatThrownBy(() -> SessionArchive.read(newer)).hasMessageContaining("newer Latent Lab").hasMessageContaining("format 99");
    }

    @Test
    void aSessionWhoseDataSetOrModelIsGoneSaysSo() throws IOException {
        Path gone = dir.resolve("gone-data");
        Path data = zip("data" + SessionArchive.EXTENSION, Map.of("session.json",
                "{\"format\": 1, \"dataset\": \"" + gone + "\", \"seed\": 7, \"models\": []}"));
        assertThatThrownBy(() -> SessionArchive.read(data)).hasMessageContaining(gone.toString()).hasMessageContaining("not there any more");
        Path model = zip("model" + SessionArchive.EXTENSION, Map.of("session.json",
                "{\"format\": 1, \"dataset\": \"mnist-10k\", \"seed\": 7, \"models\": [\"main\"]}"));
        assertThatThrownBy(() -> SessionArchive.read(model)).hasMessageContaining("the model 'main' it lists is missing");
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
