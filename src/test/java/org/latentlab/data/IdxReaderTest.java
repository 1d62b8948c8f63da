package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsGzipAndRawImagesAndLabels() throws Exception {
        byte[] px = new byte[2 * 3 * 4];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 10);
        }
        Path gz = dir.resolve("images.gz");
        Path raw = dir.resolve("images-raw");
        Files.write(gz, IdxFiles.gzip(IdxFiles.images(IdxReader.IMAGES_MAGIC, 2, 3, 4, px)));
        Files.write(raw, IdxFiles.images(IdxReader.IMAGES_MAGIC, 2, 3, 4, px));

        for (Path p : new Path[] {gz, raw}) {
            IdxReader.Images images = IdxReader.readImages(p);
            assertThat(images.count()).isEqualTo(2);
            assertThat(images.rows()).isEqualTo(3);
            assertThat(images.cols()).isEqualTo(4);
            assertThat(images.pixels()).isEqualTo(px);
        }
        Path labels = dir.resolve("labels.gz");
        Files.write(labels, IdxFiles.gzip(IdxFiles.labels(IdxReader.LABELS_MAGIC, new byte[] {3, 9})));
        assertThat(IdxReader.readLabels(labels)).containsExactly(3, 9);
    }

    @Test
    void refusesTruncatedFile() throws Exception {
        byte[] full = IdxFiles.images(IdxReader.IMAGES_MAGIC, 10, 28, 28, new byte[10 * 784]);
        Path p = dir.resolve("truncated");
        Files.write(p, Arrays.copyOf(full, full.length - 100));
        assertThatThrownBy(() -> IdxReader.readImages(p)).isInstanceOf(DataException.class).hasMessageContaining("truncated");

        Path gz = dir.resolve("truncated.gz");
        byte[] zipped = IdxFiles.gzip(full);
        Files.write(gz, Arrays.copyOf(zipped, zipped.length / 2));
        assertThatThrownBy(() -> IdxReader.readImages(gz)).isInstanceOf(DataException.class).hasMessageContaining("truncated");
    }

    @Test
    void refusesWrongMagicAndNonIdxFiles() throws Exception {
        Path labelsAsImages = dir.resolve("labels");
        Files.write(labelsAsImages, IdxFiles.labels(IdxReader.LABELS_MAGIC, new byte[] {1, 2}));
        assertThatThrownBy(() -> IdxReader.readImages(labelsAsImages))
                .isInstanceOf(DataException.class).hasMessageContaining("magic number is 0x00000801");

        Path text = dir.resolve("notes.gz");
        Files.writeString(text, "this is not a data file at all");
        assertThatThrownBy(() -> IdxReader.readLabels(text)).isInstanceOf(DataException.class).hasMessageContaining("not an IDX label file");
    }

    @Test
    void refusesMissingPath() {
        assertThatThrownBy(() -> IdxReader.readImages(dir.resolve("nope.gz")))
                .isInstanceOf(DataException.class).hasMessageStartingWith("There is no file at");
    }

    @Test
    void refusesImageAndLabelCountsThatDiffer() throws Exception {
        Path folder = IdxFiles.folder(dir.resolve("set"), 5, 3, 1);
        Files.write(folder.resolve("train-labels-idx1-ubyte.gz"),
                IdxFiles.gzip(IdxFiles.labels(IdxReader.LABELS_MAGIC, new byte[] {0, 1, 2})));
        assertThatThrownBy(() -> new IdxFolderReader().read(folder, ReadProgress.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("5 images but the label file holds 3 labels");
    }
}
