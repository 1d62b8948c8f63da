package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's own data: a CSV with a label column, or a folder with one sub-folder of pictures per class. */
class OwnDataTest {
    @TempDir
    Path dir;

    @Test
    void aCsvWithALabelColumnBecomesADataSetOfSquareImages() throws Exception {
        Dataset mnist = DatasetCatalog.load("mnist-10k");
        StringBuilder csv = new StringBuilder("label");
        for (int p = 0; p < 784; p++) {
            csv.append(",pixel").append(p);
        }
        csv.append('\n');
        for (int i = 0; i < 50; i++) {
            csv.append(mnist.labels()[i]);
            for (int p = 0; p < 784; p++) {
                csv.append(',').append(Math.round(mnist.values()[i * 784 + p] * 255));
            }
            csv.append('\n');
        }
        Path file = Files.writeString(dir.resolve("digits.csv"), csv);
        Dataset d = DatasetCatalog.load(file.toString());
        assertThat(d.size()).isEqualTo(50);
        assertThat(d.height()).isEqualTo(28);
        assertThat(d.values()[300]).isCloseTo(mnist.values()[300], org.assertj.core.data.Offset.offset(0.5f / 255));
        assertThat(d.classNames()).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    }

    @Test
    void aBadCsvIsRefusedWithTheRowAndColumn() throws Exception {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "label,a,b,c,d\n1,0,0,0,0\n2,0,0,0\n");
        assertThatThrownBy(() -> csv(ragged)).isInstanceOf(DataException.class).hasMessage("ragged.csv row 3 has 4 cells, not 5.");
        Path word = Files.writeString(dir.resolve("word.csv"), "label,a,b,c,d\n1,0,0,x,0\n");
        assertThatThrownBy(() -> csv(word)).hasMessage("word.csv row 2 column 4 is 'x', not a pixel value.");
        Path odd = Files.writeString(dir.resolve("odd.csv"), "label,a,b,c\n1,0,0,0\n");
        assertThatThrownBy(() -> csv(odd)).hasMessage("odd.csv has 3 pixel columns, which is not a square image (784 is 28×28).");
        Path none = Files.writeString(dir.resolve("none.csv"), "x,a,b,c,d\n1,0,0,0,0\n");
        assertThatThrownBy(() -> csv(none)).hasMessage("none.csv has no label column: name one 'label' (or 'class').");
    }

    @Test
    void aFolderOfClassFoldersIsPreparedPictureByPicture() throws Exception {
        Dataset mnist = DatasetCatalog.load("mnist-10k");
        for (int i = 0; i < 12; i++) {
            Path cls = Files.createDirectories(dir.resolve("set").resolve(i % 2 == 0 ? "even" : "odd"));
            org.latentlab.persistence.ImageExport.writePng(java.util.Arrays.copyOfRange(mnist.values(), i * 784, (i + 1) * 784), 28, 28, cls.resolve(i + ".png"));
        }
        Files.writeString(dir.resolve("set").resolve("odd").resolve("notes.txt"), "not a picture");
        ImageFolderReader.Result r = new ImageFolderReader().readCountingSkips(dir.resolve("set"), ReadProgress.NONE);
        assertThat(r.dataset().size()).isEqualTo(12);
        assertThat(r.dataset().classNames()).containsExactly("even", "odd");
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(DatasetCatalog.load(dir.resolve("set").toString()).size()).isEqualTo(12);
        Files.createDirectories(dir.resolve("empty").resolve("a"));
        assertThatThrownBy(() -> new ImageFolderReader().read(dir.resolve("empty"), ReadProgress.NONE)).hasMessageStartingWith("The folder")
                .hasMessageContaining("holds no picture that could be used");
    }

    private static Dataset csv(Path file) {
        return new CsvReader().read(file, ReadProgress.NONE);
    }
}
