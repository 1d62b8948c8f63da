package org.latentlab.data;

import org.latentlab.persistence.ImageExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader reports how far it has read, from 0 up to 1, and stops when its caller cancels. */
class ReadProgressTest {
    @TempDir
    Path dir;

    /** A progress that records what it is told and reports cancelled after {@code cancelAfter} reports. */
    private static final class Recorder implements ReadProgress {
        final List<Double> reports = new ArrayList<>();
        private final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void report(double fractionDone) {
            reports.add(fractionDone);
        }

        @Override
        public boolean isCancelled() {
            return reports.size() >= cancelAfter;
        }
    }

    private List<Path> oneOfEachFormat() throws Exception {
        Path idx = IdxFiles.folder(dir.resolve("idx"), 2000, 3, 1);
        Dataset mnist = DatasetCatalog.load("mnist-10k");
        Path pictures = dir.resolve("pictures");
        for (int i = 0; i < 6; i++) {
            Path cls = Files.createDirectories(pictures.resolve(i % 2 == 0 ? "even" : "odd"));
            ImageExport.writePng(mnist.sample(i), 28, 28, cls.resolve(i + ".png"));
        }
        StringBuilder csv = new StringBuilder("label,a,b,c,d\n");
        for (int r = 0; r < 2000; r++) {
            csv.append(r % 3).append(",0,1,0,1\n");
        }
        Path file = Files.writeString(dir.resolve("rows.csv"), csv);
        return List.of(idx, pictures, file);
    }

    @Test
    void everyReaderReportsRisingProgressUpToOne() throws Exception {
        for (Path p : oneOfEachFormat()) {
            Recorder r = new Recorder(Integer.MAX_VALUE);
            DatasetCatalog.load(p.toString(), r);
            assertThat(r.reports).as(p.toString()).hasSizeGreaterThan(1).isSorted().last().isEqualTo(1.0);
            assertThat(r.reports.get(0)).as(p.toString()).isLessThan(1.0);
        }
        Recorder shipped = new Recorder(Integer.MAX_VALUE);
        DatasetCatalog.load("mnist-10k", shipped);
        assertThat(shipped.reports).hasSizeGreaterThan(1).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void aCancelledReadStopsWithTheCancelException() throws Exception {
        for (Path p : oneOfEachFormat()) {
            Recorder r = new Recorder(1);
            assertThatThrownBy(() -> DatasetCatalog.load(p.toString(), r)).as(p.toString())
                    .isInstanceOf(ReadCancelledException.class).hasMessageMatching("Reading \\S+ was cancelled\\.");
            assertThat(r.reports).as(p.toString()).hasSize(1).allMatch(f -> f < 1);
        }
        assertThatThrownBy(() -> DatasetCatalog.load("fashion-10k", new Recorder(0))).isInstanceOf(ReadCancelledException.class);
    }

    @Test
    void aReadStopsAtTheFirstLookAfterTheCancel() throws Exception {
        Path idx = oneOfEachFormat().get(0);
        AtomicInteger asked = new AtomicInteger();
        ReadProgress cancelOnThirdLook = ReadProgress.of(f -> { }, () -> asked.incrementAndGet() >= 3);
        assertThatThrownBy(() -> new IdxFolderReader().read(idx, cancelOnThirdLook)).isInstanceOf(ReadCancelledException.class);
        assertThat(asked.get()).isEqualTo(3);
    }

    @Test
    void aProgressTellingLeftOutFilesStillReportsAndCancelsAsBefore() {
        Recorder recorder = new Recorder(2);
        List<String> leftOut = new ArrayList<>();
        ReadProgress p = recorder.tellingLeftOutTo(leftOut::add);
        p.report(0.5);
        assertThat(p.isCancelled()).isFalse();
        p.skipped("1 file in x could not be used and was left out: a.png is empty.");
        p.report(0.75);
        assertThat(recorder.reports).containsExactly(0.5, 0.75);
        assertThat(p.isCancelled()).isTrue();
        assertThat(leftOut).containsExactly("1 file in x could not be used and was left out: a.png is empty.");
    }
}
