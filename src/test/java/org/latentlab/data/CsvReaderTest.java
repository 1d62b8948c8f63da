package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV as people write it: quoted cells, a spreadsheet's byte-order mark and CRLF line ends. */
class CsvReaderTest {
    @TempDir
    Path dir;

    private static Dataset read(Path file) {
        return new CsvReader().read(file, ReadProgress.NONE);
    }

    @Test
    void quotedCellsAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("shirts.csv"),
                "\"label\",\"p1\",\"p2\",\"p3\",\"p4\"\n"
                        + "\"T-shirt, top\",\"0\",\"255\",0,\" 51 \"\n"
                        + "\"Say \"\"hi\"\"\",255,0,0,0\n");
        Dataset d = read(file);
        assertThat(d.classNames()).containsExactly("Say \"hi\"", "T-shirt, top");
        assertThat(d.labels()).containsExactly(1, 0);
        assertThat(d.sample(0)).containsExactly(0f, 1f, 0f, 0.2f);
    }

    @Test
    void aSpreadsheetsCsvUtf8WithByteOrderMarkAndCrlfIsRead() throws Exception {
        Path file = dir.resolve("sheet.csv");
        Files.write(file, "\uFEFFlabel,a,b,c,d\r\n7,0,1,0,1\r\n\r\n8,1,0,1,0\r\n".getBytes(StandardCharsets.UTF_8));
        Dataset d = read(file);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.classNames()).containsExactly("7", "8");
        assertThat(d.sample(1)).containsExactly(1f, 0f, 1f, 0f);
    }

    @Test
    void aTextValueInAPixelColumnIsRefusedNamingItsRowAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("words.csv"), "label,a,b,c,d\r\n1,0,0,0,0\r\n2,0,\"dark, grey\",0,0\r\n");
        assertThatThrownBy(() -> read(file)).isInstanceOf(DataException.class)
                .hasMessage("words.csv row 3 column 3 is 'dark, grey', not a pixel value.");
    }

    @Test
    void anUnclosedQuoteIsRefusedWithOneSentenceNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("open.csv"), "label,a\n\"1,0\n");
        assertThatThrownBy(() -> read(file)).isInstanceOf(DataException.class).hasMessageStartingWith("open.csv ");
    }

    @Test
    void withoutAHeaderTheFirstColumnIsTheLabel() throws Exception {
        Path file = Files.writeString(dir.resolve("bare.csv"), "3,0,0,0,1\n4,1,0,0,0\n");
        Dataset d = read(file);
        assertThat(d.classNames()).containsExactly("3", "4");
        assertThat(d.sample(0)).containsExactly(0f, 0f, 0f, 1f);
    }

    @Test
    void aLatin1CsvIsRead() throws Exception {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "label,a,b,c,d\r\nCafé,0,1,0,1\r\nÉté,1,0,1,0\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Dataset d = read(file);
        assertThat(d.classNames()).containsExactly("Café", "Été");
        assertThat(d.sample(1)).containsExactly(1f, 0f, 1f, 0f);
    }

    @Test
    void aCsvTooLargeForMemoryIsRefusedBeforeItIsReadWithTheSizeAndTheLimit() throws Exception {
        Path file = dir.resolve("huge.csv");
        StringBuilder b = new StringBuilder("label");
        for (int i = 0; i < 784; i++) {
            b.append(",p").append(i);
        }
        b.append('\n');
        String row = "7" + ",0".repeat(784) + "\n";
        b.append(row.repeat(2000));
        b.append("8,not-a-pixel\n"); // a full read would stop here with another sentence
        Files.writeString(file, b);
        assertThatThrownBy(() -> new CsvReader(4L << 20).read(file, ReadProgress.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageMatching("huge\\.csv is 3 MB, about 1,9\\d\\d rows of 784 values: reading it needs about 12 MB of memory, "
                        + "more than the 4 MB this Latent Lab can use \\(start it with a larger -Xmx, or use fewer rows\\)\\.");
    }
}
