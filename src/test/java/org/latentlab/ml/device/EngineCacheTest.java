package org.latentlab.ml.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DJL's unpacked libtorch in an engine cache of the test's own (ENGINE_CACHE_DIR): a file cut short
 * or missing is found and the folder removed so DJL unpacks it again; a whole one is left alone.
 */
class EngineCacheTest {
    @TempDir
    Path dir;

    @BeforeEach
    void ownCache() {
        System.setProperty("ENGINE_CACHE_DIR", dir.toString());
    }

    @AfterEach
    void sharedCache() {
        System.clearProperty("ENGINE_CACHE_DIR");
    }

    @Test
    void theLayoutIsDjlsFolderForThisVersionFlavourAndPlatform() {
        EngineCache.Layout l = EngineCache.bundled().orElseThrow();
        assertThat(l.folder().getParent()).isEqualTo(dir.resolve("pytorch"));
        assertThat(l.folder().getFileName().toString()).startsWith("2.7.1").contains("-cpu-");
        assertThat(l.files()).containsKeys(System.mapLibraryName("torch"), System.mapLibraryName("torch_cpu"));
        assertThat(l.files().get(System.mapLibraryName("torch_cpu"))).isGreaterThan(100_000_000L);
        assertThat(EngineCache.unpacked()).isFalse();
    }

    @Test
    void aLibtorchCutShortIsFoundTheFolderRemovedAndItIsSaid() throws Exception {
        EngineCache.Layout l = EngineCache.bundled().orElseThrow();
        unpackAsDjlWould(l);
        String cpu = System.mapLibraryName("torch_cpu");
        try (RandomAccessFile f = new RandomAccessFile(l.folder().resolve(cpu).toFile(), "rw")) {
            f.setLength(4096);
        }
        assertThat(EngineCache.unpacked()).as("DJL would trust this folder").isTrue();
        String said = EngineCache.repairIfDamaged().orElseThrow();
        assertThat(said).isEqualTo("The training engine's files in " + l.folder() + " were damaged (" + cpu + " is 4,096 bytes instead of "
                + String.format("%,d", l.files().get(cpu)) + "), so Latent Lab unpacks them again.");
        assertThat(l.folder()).doesNotExist();
        assertThat(EngineCache.unpacked()).isFalse();
    }

    @Test
    void aFolderMissingALibraryIsRemovedAndAWholeOneIsLeftAlone() throws Exception {
        EngineCache.Layout l = EngineCache.bundled().orElseThrow();
        unpackAsDjlWould(l);
        assertThat(EngineCache.repairIfDamaged()).isEmpty();
        assertThat(l.folder()).isDirectory();
        Files.delete(l.folder().resolve(System.mapLibraryName("c10")));
        assertThat(EngineCache.repairIfDamaged()).hasValueSatisfying(s -> assertThat(s).contains(System.mapLibraryName("c10") + " is missing"));
        assertThat(l.folder()).doesNotExist();
    }

    @Test
    void theFirstStartsProgressIsTheShareUnpackedIntoDjlsTemporaryFolder() throws Exception {
        EngineCache.Layout l = EngineCache.bundled().orElseThrow();
        assertThat(EngineCache.unpackProgress()).isZero();
        Path tmp = Files.createDirectories(l.cache().resolve("tmp4242"));
        sized(tmp.resolve(System.mapLibraryName("torch_cpu")), l.total() / 2);
        assertThat(EngineCache.unpackProgress()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.001));
        unpackAsDjlWould(l);
        assertThat(EngineCache.unpackProgress()).isEqualTo(1.0);
    }

    /** Every file at its size in the jar (sparse, so nothing is written). */
    private static void unpackAsDjlWould(EngineCache.Layout l) throws Exception {
        Files.createDirectories(l.folder());
        for (Map.Entry<String, Long> f : l.files().entrySet()) {
            sized(l.folder().resolve(f.getKey()), f.getValue());
        }
    }

    private static void sized(Path p, long bytes) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }
}
