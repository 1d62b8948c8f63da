package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reader of a person's files reads a mutated copy or refuses it with one sentence, never anything else. */
class ReaderFuzzTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1} mutated copies")
    @CsvSource({"idx, 400", "csv, 500", "image-folder, 150", "checkpoint, 300", "session, 150", "preset, 1500"})
    void eachMutatedCopyIsReadOrRefusedWithASentence(String reader, int inputs) throws Exception {
        long start = System.nanoTime();
        ReaderFuzz.Outcome o = ReaderFuzz.run(reader, inputs, 19, dir);
        System.out.printf("fuzz %s: %d inputs, %d read, %d refused, %d failed in %.1f s%n", reader, o.inputs(), o.read(),
                o.refused(), o.failed(), (System.nanoTime() - start) / 1e9);
        assertThat(o.failures()).as(reader).isEmpty();
        assertThat(o.read() + o.refused()).isEqualTo(inputs);
        assertThat(o.refused()).as("mutations that are refused").isPositive();
    }
}
