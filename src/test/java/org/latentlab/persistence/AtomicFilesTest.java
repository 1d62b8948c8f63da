package org.latentlab.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, and no temporary sibling is left behind. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void afterAWriteTheFileHoldsTheNewContentAndNothingElseIsLeft() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "old");
        AtomicFiles.writeString(file, "new content");
        assertThat(Files.readString(file)).isEqualTo("new content");
        AtomicFiles.write(dir.resolve("sub").resolve("fresh.bin"), out -> {
            out.write(new byte[] {1, 2, 3});
            out.close();
        });
        assertThat(Files.readAllBytes(dir.resolve("sub").resolve("fresh.bin"))).containsExactly(1, 2, 3);
        assertThat(names(dir)).containsExactly("notes.txt", "sub");
    }

    @Test
    void aWriterThatFailsMidWriteLeavesTheOldFileByteForByteAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("session.latentlab");
        byte[] old = "the old session, exactly".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("The disk is full.");
        })).isInstanceOf(IOException.class).hasMessage("The disk is full.");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(names(dir)).containsExactly("session.latentlab");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("a bug in the writer");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(names(dir)).containsExactly("session.latentlab");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
