package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog picks a reader by the path, and every text about formats comes from the one list. */
class DatasetReadersTest {
    @TempDir
    Path dir;

    private static DatasetReader readerFor(Path path) {
        return DatasetReaders.standard().forPath(path).orElseThrow();
    }

    @Test
    void aFolderWithAGzippedIdxPairIsReadAsIdx() throws Exception {
        Path folder = IdxFiles.folder(dir.resolve("mnist"), 6, 3, 1);
        assertThat(readerFor(folder)).isInstanceOf(IdxFolderReader.class);
        assertThat(DatasetCatalog.load(folder.toString()).size()).isEqualTo(6);
    }

    @Test
    void aFolderWithARawIdxPairIsReadAsIdx() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("raw"));
        Files.write(folder.resolve("images.bin"), IdxFiles.images(IdxReader.IMAGES_MAGIC, 2, 2, 2, new byte[8]));
        Files.write(folder.resolve("labels.bin"), IdxFiles.labels(IdxReader.LABELS_MAGIC, new byte[] {0, 1}));
        assertThat(readerFor(folder)).isInstanceOf(IdxFolderReader.class);
        assertThat(DatasetCatalog.load(folder.toString()).height()).isEqualTo(2);
    }

    @Test
    void anIdxFolderWithAStraySubFolderIsStillIdx() throws Exception {
        Path folder = IdxFiles.folder(dir.resolve("mnist"), 6, 3, 1);
        Files.createDirectories(folder.resolve("__MACOSX"));
        assertThat(readerFor(folder)).isInstanceOf(IdxFolderReader.class);
    }

    @Test
    void aFolderOfClassFoldersIsReadAsPictures() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pets").resolve("cat")).getParent();
        Files.createDirectories(folder.resolve("dog"));
        assertThat(readerFor(folder)).isInstanceOf(ImageFolderReader.class);
    }

    @Test
    void aFlatFolderOfPicturesIsReadAsPictures() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("holiday"));
        Files.write(folder.resolve("beach.JPG"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        assertThat(readerFor(folder)).isInstanceOf(ImageFolderReader.class);
    }

    @Test
    void aCsvFileIsReadAsCsvWhateverTheCaseOfItsExtension() throws Exception {
        Path file = Files.writeString(dir.resolve("DIGITS.CSV"), "label,a\n1,0\n");
        assertThat(readerFor(file)).isInstanceOf(CsvReader.class);
    }

    @Test
    void theShippedSetsAreReachedByTheirIds() {
        assertThat(DatasetCatalog.load("mnist-10k").name()).isEqualTo("mnist-10k");
        assertThat(DatasetCatalog.load("fashion-10k").classNames()).contains("Ankle boot");
    }

    @Test
    void aPathNoReaderCanReadGetsOneSentenceListingEveryFormat() throws Exception {
        Path picture = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(papers.resolve("notes.txt"), "hello");
        Files.writeString(papers.resolve("report.pdf"), "%PDF-1.4");
        for (Path p : List.of(picture, empty, papers)) {
            assertThatThrownBy(() -> DatasetCatalog.load(p.toString())).isInstanceOf(DataException.class)
                    .hasMessage(p + " is not a data set Latent Lab can read: use a shipped set (mnist-10k, fashion-10k, photos-2400), "
                            + "a folder holding an IDX image file and its label file (MNIST, KMNIST, EMNIST, Fashion-MNIST), gzipped or not, "
                            + "a folder of pictures, with one sub-folder per class or all in one (one class), "
                            + "a CSV table with a label column and numeric feature columns, "
                            + "or a CSV file with a label column and one column per pixel.");
        }
        assertThatThrownBy(() -> DatasetCatalog.load(dir.resolve("nowhere").toString()))
                .hasMessageStartingWith("There is no data set called '" + dir.resolve("nowhere") + "': use a shipped set (mnist-10k, fashion-10k, photos-2400), a folder holding");
    }

    @Test
    void theMenuTextsAndFiltersComeFromTheList() {
        DatasetReaders readers = DatasetReaders.standard();
        assertThat(readers.names(DatasetReader.Source.FOLDER)).isEqualTo("IDX files or pictures");
        assertThat(readers.names(DatasetReader.Source.FILE)).isEqualTo("CSV table of measurements or CSV file with a label column");
        assertThat(readers.fileFilters()).containsExactly(new DatasetReaders.Filter("CSV table of measurements", List.of("*.csv")),
                new DatasetReaders.Filter("CSV file with a label column", List.of("*.csv")));
    }

    /** A new format is one class and one entry in the list: the catalog, the texts and the filters follow. */
    @Test
    void aNewFormatIsOneClassAndOneEntryInTheList() throws Exception {
        List<DatasetReader> list = new ArrayList<>(DatasetReaders.standard().all());
        list.add(new SemeionReader());
        DatasetReaders readers = new DatasetReaders(list);

        StringBuilder semeion = new StringBuilder();
        for (int digit = 0; digit < 3; digit++) {
            for (int p = 0; p < 256; p++) {
                semeion.append(p % 16 == digit ? "1.0000 " : "0.0000 ");
            }
            for (int d = 0; d < 10; d++) {
                semeion.append(d == digit ? "1 " : "0 ");
            }
            semeion.append('\n');
        }
        Path file = Files.writeString(dir.resolve("semeion.data"), semeion);

        assertThat(DatasetReaders.standard().forPath(file)).isEmpty();
        assertThat(readers.forPath(file)).containsInstanceOf(SemeionReader.class);
        Dataset d = DatasetCatalog.load(file.toString(), readers, ReadProgress.NONE);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.height()).isEqualTo(16);
        assertThat(d.labels()).containsExactly(0, 1, 2);
        assertThat(d.sample(1)[1]).isEqualTo(1f);
        assertThat(d.sample(1)[0]).isEqualTo(0f);
        assertThat(readers.names(DatasetReader.Source.FILE)).isEqualTo("CSV table of measurements or CSV file with a label column or Semeion digits file");
        assertThat(readers.fileFilters()).extracting(DatasetReaders.Filter::patterns).containsExactly(List.of("*.csv"), List.of("*.csv"), List.of("*.data"));
        assertThat(readers.formats()).endsWith(", a CSV file with a label column and one column per pixel, "
                + "or a Semeion digits file (256 pixels then ten 0/1 flags a line)");
        assertThatThrownBy(() -> DatasetCatalog.load(dir.resolve("x.txt").toString(), readers, ReadProgress.NONE))
                .hasMessageContaining("or a Semeion digits file");
    }
}
