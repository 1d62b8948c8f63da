package org.latentlab.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codes CSV reads as it always has (index, label, z1…zk) and reads back exactly. */
class CodesCsvTest {
    @TempDir
    Path dir;

    @Test
    void codesAreWrittenOneRowPerSampleAndReadBackExactly() throws IOException {
        float[] values = {0.5f, -1.25f, 3.0E-5f, 7f};
        int[] labels = {3, 9};
        String text = CodesCsv.text(2, values, labels);
        assertThat(text).isEqualTo("index,label,z1,z2\n0,3,0.5,-1.25\n1,9,3.0E-5,7.0\n");
        Path file = Files.writeString(dir.resolve("codes.csv"), text);
        CodesCsv.Codes back = CodesCsv.read(file, 2);
        assertThat(back.values()).containsExactly(values);
        assertThat(back.labels()).containsExactly(labels);
        assertThat(CodesCsv.text(0, new float[0], new int[0])).isEqualTo("index,label\n");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsOrAWordIsRefusedNamingItsLine() throws IOException {
        Path ragged = Files.writeString(dir.resolve("codes.csv"), "index,label,z1,z2\n0,3,0.5,1\n1,4,0.5\n");
        assertThatThrownBy(() -> CodesCsv.read(ragged, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("codes.csv line 3 has 3 cells, expected 4");
        Path word = Files.writeString(dir.resolve("word.csv"), "index,label,z1\n0,3,lots\n");
        assertThatThrownBy(() -> CodesCsv.read(word, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
