package org.latentlab.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.analysis.projection.Codes;
import org.latentlab.analysis.projection.NearestNeighbours;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ml.infer.DecoderService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The projection picker's model and the neighbours' on the shipped 16-D codes, on one synchronous background. */
@ExtendWith(ApplicationExtension.class)
class ProjectionViewModelTest {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private final Background background = Background.synchronous();
    private final LatentViewModel latent = new LatentViewModel(background);
    private ProjectionViewModel projection;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 10, 10));
        stage.show();
    }

    private static LatentSnapshot shipped(int n, double jitter) throws Exception {
        Codes codes = Codes.readCsv(Path.of("models/mnist-convolutional/codes.csv")).head(n);
        float[] v = codes.values().clone();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (jitter * r.nextGaussian());
        }
        return new LatentSnapshot(v, codes.d(), codes.labels(), DIGITS, "shipped");
    }

    private void settle(FxRobot robot, Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, LatentSnapshot s) {
        settle(robot, () -> {
            projection = new ProjectionViewModel(latent, new DecoderService(background));
            latent.accept(s, null, false);
        });
    }

    private float[] mapShown() {
        return ((LatentPlane.Map) latent.planeProperty().get()).xy().clone();
    }

    /**
     * Mean distance between the same points of two layouts, each centred and scaled to unit RMS radius
     * (the scatter fits its axes to the points, so a map that only grows looks still).
     */
    private static double moved(float[] a, float[] b) {
        double[] na = normalised(a);
        double[] nb = normalised(b);
        double sum = 0;
        for (int i = 0; i < na.length / 2; i++) {
            sum += Math.hypot(na[2 * i] - nb[2 * i], na[2 * i + 1] - nb[2 * i + 1]);
        }
        return sum / (na.length / 2);
    }

    private static double[] normalised(float[] xy) {
        int n = xy.length / 2;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += xy[2 * i] / (double) n;
            my += xy[2 * i + 1] / (double) n;
        }
        double r = 0;
        for (int i = 0; i < n; i++) {
            r += ((xy[2 * i] - mx) * (xy[2 * i] - mx) + (xy[2 * i + 1] - my) * (xy[2 * i + 1] - my)) / n;
        }
        r = Math.sqrt(r);
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = (xy[2 * i] - mx) / r;
            out[2 * i + 1] = (xy[2 * i + 1] - my) / r;
        }
        return out;
    }

    @Test
    void theWindowOpensOnAPcaPlaneWhoseComponentsNameTheirShareOfTheVariance(FxRobot robot) throws Exception {
        open(robot, shipped(500, 0));
        assertThat(latent.planeProperty().get()).isInstanceOf(LatentPlane.Principal.class);
        double[] shares = projection.sharesProperty().get();
        assertThat(shares).hasSize(16);
        assertThat(java.util.Arrays.stream(shares).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(latent.planeProperty().get().xLabel()).isEqualTo("PC1 (" + ProjectionViewModel.percent(shares[0]) + ")");
        assertThat(projection.statusProperty().get()).isEqualTo("PC1 and PC2 show "
                + ProjectionViewModel.percent(shares[0] + shares[1]) + " of the codes' variance.");
        settle(robot, () -> projection.secondComponentProperty().set(3));
        assertThat(latent.planeProperty().get().yLabel()).isEqualTo("PC4 (" + ProjectionViewModel.percent(shares[3]) + ")");
    }

    @Test
    void newCodesFromARunStartTheMapFromItsLastLayoutAndTheSameCodesComeFromTheCache(FxRobot robot) throws Exception {
        open(robot, shipped(300, 0));
        settle(robot, () -> {
            projection.tsneProperty().set(projection.tsneProperty().get().withIterations(1000).withPerplexity(20));
            projection.kindProperty().set(ProjectionKind.TSNE);
        });
        assertThat(projection.statusProperty().get()).startsWith("t-SNE settled in ");
        float[] first = mapShown();
        long family = ((LatentPlane.Map) latent.planeProperty().get()).family();

        // The run sends slightly moved codes: the map follows them from where it was.
        LatentSnapshot next = shipped(300, 0.05);
        settle(robot, () -> latent.accept(next, null, false));
        float[] followed = mapShown();
        assertThat(((LatentPlane.Map) latent.planeProperty().get()).family()).isEqualTo(family);
        assertThat(moved(first, followed)).isLessThan(0.1);

        // Another seed starts afresh: the map is laid out anew, far from the last one.
        settle(robot, projection::rerun);
        assertThat(moved(followed, mapShown())).isGreaterThan(0.5);

        // Back to the first seed on the same codes: the map comes from the cache, as it was.
        settle(robot, () -> projection.tsneProperty().set(projection.tsneProperty().get().withSeed(1)));
        assertThat(projection.statusProperty().get()).isEqualTo("t-SNE map of these codes, kept from before.");
        assertThat(mapShown()).containsExactly(followed);
    }

    @Test
    void aPerplexityAboveAThirdOfTheCodesIsOneSentenceAndThePlaneStays(FxRobot robot) throws Exception {
        open(robot, shipped(60, 0));
        LatentPlane before = latent.planeProperty().get();
        settle(robot, () -> projection.kindProperty().set(ProjectionKind.TSNE));
        assertThat(projection.errorProperty().get())
                .isEqualTo("A perplexity of 30 is above a third of 59 (the other points), so it must be at most 19.7 for 60 codes.");
        assertThat(latent.planeProperty().get()).isSameAs(before);
        assertThat(projection.runningProperty().get()).isFalse();
    }

    @Test
    void aMapOfOneDimensionalCodesIsRefusedWithOneSentence(FxRobot robot) throws Exception {
        float[] z = new float[40];
        int[] labels = new int[40];
        for (int i = 0; i < 40; i++) {
            z[i] = i;
            labels[i] = i % 10;
        }
        open(robot, new LatentSnapshot(z, 1, labels, DIGITS, "1-D"));
        settle(robot, () -> projection.kindProperty().set(ProjectionKind.UMAP));
        assertThat(projection.errorProperty().get()).isEqualTo("UMAP needs codes of at least 2 dimensions; these have 1.");
        assertThat(latent.planeProperty().get()).isInstanceOf(LatentPlane.Dims.class);
    }

    @Test
    void aMapThatDivergesKeepsItsLastGoodLayoutWithOneSentence(FxRobot robot) throws Exception {
        open(robot, shipped(100, 0));
        settle(robot, () -> {
            projection.tsneProperty().set(projection.tsneProperty().get().withPerplexity(10).withLearningRate(1e306).withIterations(50));
            projection.kindProperty().set(ProjectionKind.TSNE);
        });
        assertThat(projection.errorProperty().get()).startsWith("t-SNE diverged after ")
                .endsWith("lower the learning rate; the map keeps its last good layout.");
        for (float v : mapShown()) {
            assertThat(Float.isFinite(v)).isTrue();
        }
    }

    @Test
    void theSelectedSamplesNeighboursMatchABruteForceSearchInCodesAndPixels(FxRobot robot) throws Exception {
        LatentSnapshot s = shipped(400, 0);
        float[] pixels = new float[400 * 64];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) r.nextDouble();
        }
        NeighboursViewModel neighbours = new NeighboursViewModel(latent);
        settle(robot, () -> {
            latent.setImages(pixels, 8, 8);
            latent.accept(s, null, false);
            neighbours.metricProperty().set(NearestNeighbours.Metric.COSINE);
            latent.selectedProperty().set(17);
        });
        NeighboursViewModel.Found found = neighbours.foundProperty().get();
        assertThat(found.inCodes()).extracting(NearestNeighbours.Neighbour::index)
                .containsExactlyElementsOf(bruteForce(s.codes(), 16, 17, 10, true));
        assertThat(found.inPixels()).extracting(NearestNeighbours.Neighbour::index)
                .containsExactlyElementsOf(bruteForce(pixels, 64, 17, 10, false));
        assertThat(latent.neighboursProperty().get()).containsExactly(
                found.inCodes().stream().mapToInt(NearestNeighbours.Neighbour::index).toArray());
        long same = found.inCodes().stream().filter(nb -> s.labels()[nb.index()] == s.labels()[17]).count();
        assertThat(found.codeShare()).isEqualTo(same / 10.0);

        // More neighbours than the other samples: one sentence, and nothing ringed.
        LatentSnapshot few = shipped(20, 0);
        settle(robot, () -> {
            latent.setImages(java.util.Arrays.copyOf(pixels, 20 * 64), 8, 8);
            latent.accept(few, null, false);
            neighbours.kProperty().set(50);
        });
        assertThat(neighbours.errorProperty().get()).isEqualTo("There are only 19 other points, so 50 neighbours cannot be found.");
        assertThat(latent.neighboursProperty().get()).isEmpty();
    }

    @Test
    void theExportedTsvFilesParseBackToTheCodesLabelsAndThePlaneOnShow(FxRobot robot) throws Exception {
        LatentSnapshot s = shipped(120, 0);
        float[] pixels = new float[120 * 28 * 28];
        java.util.Arrays.fill(pixels, 0.5f);
        latent.setImages(pixels, 28, 28);
        open(robot, s);
        Path dir = java.nio.file.Files.createTempDirectory("latentlab-projector");
        List<Path> files = projection.export(dir).get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("vectors.tsv", "metadata.tsv", "projection.tsv", "sprite.png", "projector_config.json");
        List<String> vectors = java.nio.file.Files.readAllLines(dir.resolve("vectors.tsv"));
        List<String> metadata = java.nio.file.Files.readAllLines(dir.resolve("metadata.tsv"));
        List<String> placed = java.nio.file.Files.readAllLines(dir.resolve("projection.tsv"));
        assertThat(vectors).hasSize(120);
        assertThat(metadata).hasSize(121);
        float[] xs = new float[120];
        float[] ys = new float[120];
        latent.planeProperty().get().project(s.codes(), 16, xs, ys);
        for (int i = 0; i < 120; i++) {
            String[] v = vectors.get(i).split("\t");
            assertThat(v).hasSize(16);
            for (int j = 0; j < 16; j++) {
                assertThat(Float.parseFloat(v[j])).isEqualTo(s.codes()[i * 16 + j]);
            }
            assertThat(metadata.get(i + 1)).isEqualTo(i + "\t" + s.labels()[i]);
            String[] p = placed.get(i).split("\t");
            assertThat(Float.parseFloat(p[0])).isEqualTo(xs[i]);
            assertThat(Float.parseFloat(p[1])).isEqualTo(ys[i]);
        }
        java.awt.image.BufferedImage sprite = javax.imageio.ImageIO.read(dir.resolve("sprite.png").toFile());
        assertThat(sprite.getWidth()).isEqualTo(11 * 28);
    }

    @Test
    void searchSelectsASampleByIndexShowsAClassByNameAndSaysWhenNeitherFits(FxRobot robot) throws Exception {
        open(robot, shipped(200, 0));
        int[] found = new int[3];
        settle(robot, () -> found[0] = projection.find("#42"));
        assertThat(found[0]).isEqualTo(-1);
        assertThat(latent.selectedProperty().get()).isEqualTo(42);
        settle(robot, () -> found[1] = projection.find("7"));
        assertThat(found[1]).isEqualTo(7);
        assertThat(projection.statusProperty().get()).startsWith("Showing the ").contains("samples labelled 7");
        settle(robot, () -> found[2] = projection.find("#900"));
        assertThat(projection.errorProperty().get()).isEqualTo("There is no sample #900: the samples are numbered 0 to 199.");
        settle(robot, () -> projection.find("cat"));
        assertThat(projection.errorProperty().get()).isEqualTo("No class is called 'cat' and it is no sample number: type a class name or #index.");
        assertThat(latent.selectedProperty().get()).isEqualTo(42);
    }

    @Test
    void aBookmarkBringsBackTheProjectionItsSettingsAndSamplesAndSurvivesTheSessionsJson(FxRobot robot) throws Exception {
        open(robot, shipped(150, 0));
        BookmarksViewModel bookmarks = new BookmarksViewModel(projection);
        double[] camera = {-3, 4, -5, 6};
        settle(robot, () -> {
            projection.tsneProperty().set(projection.tsneProperty().get().withIterations(100).withPerplexity(15).withSeed(4));
            projection.kindProperty().set(ProjectionKind.TSNE);
            latent.selectedProperty().set(12);
            latent.lassoedProperty().set(new int[] {3, 5, 8});
            bookmarks.add(camera);
        });
        float[] map = mapShown();
        settle(robot, () -> {
            projection.kindProperty().set(ProjectionKind.PCA);
            projection.secondComponentProperty().set(4);
            latent.selectedProperty().set(-1);
            latent.lassoedProperty().set(new int[0]);
        });
        BookmarksViewModel reread = new BookmarksViewModel(projection);
        reread.fromJson(bookmarks.toJson());
        assertThat(reread.bookmarks()).hasSize(1);
        BookmarksViewModel.Bookmark b = reread.bookmarks().get(0);
        assertThat(b.name()).isEqualTo("Bookmark 1 · t-SNE");
        assertThat(b.camera()).containsExactly(camera);
        settle(robot, () -> reread.restore(b));
        assertThat(projection.kindProperty().get()).isEqualTo(ProjectionKind.TSNE);
        assertThat(projection.tsneProperty().get().seed()).isEqualTo(4);
        assertThat(mapShown()).containsExactly(map);
        assertThat(latent.selectedProperty().get()).isEqualTo(12);
        assertThat(latent.lassoedProperty().get()).containsExactly(3, 5, 8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reread.fromJson("{\"not\": \"bookmarks\"}"))
                .hasMessage("The session's bookmarks are not a list of bookmarks, so they were left out.");
        assertThat(reread.bookmarks()).hasSize(1);
    }

    /** The k rows nearest row q by sorting every distance (cosine: 1 − cos; else squared Euclidean). */
    private static List<Integer> bruteForce(float[] rows, int d, int q, int k, boolean cosine) {
        int n = rows.length / d;
        double[] dist = new double[n];
        for (int j = 0; j < n; j++) {
            double dot = 0;
            double nq = 0;
            double nj = 0;
            double sq = 0;
            for (int c = 0; c < d; c++) {
                double a = rows[q * d + c];
                double b = rows[j * d + c];
                dot += a * b;
                nq += a * a;
                nj += b * b;
                sq += (a - b) * (a - b);
            }
            dist[j] = cosine ? 1 - dot / Math.sqrt(nq * nj) : sq;
        }
        return java.util.stream.IntStream.range(0, n).filter(j -> j != q).boxed()
                .sorted(java.util.Comparator.comparingDouble(j -> dist[j])).limit(k).toList();
    }

    /** A training run sends new codes several times a second; UMAP, which cannot start from its last map, still shows one. */
    @Test
    void aUmapMapAppearsWhileARunKeepsSendingNewCodes(FxRobot robot) throws Exception {
        Background threaded = Background.threaded();
        try {
            LatentViewModel live = new LatentViewModel(threaded);
            LatentSnapshot first = shipped(2000, 0);
            ProjectionViewModel[] model = new ProjectionViewModel[1];
            robot.interact(() -> {
                model[0] = new ProjectionViewModel(live, new DecoderService(threaded));
                live.accept(first, null, false);
                model[0].kindProperty().set(ProjectionKind.UMAP);
            });
            boolean shown = false;
            for (int frame = 0; frame < 600 && !shown; frame++) {
                LatentSnapshot next = shipped(2000, 0.001 * (frame + 1));
                robot.interact(() -> live.accept(next, null, false));
                Thread.sleep(100);
                shown = live.planeProperty().get() instanceof LatentPlane.Map;
            }
            assertThat(shown).as("a UMAP map on screen while new codes kept coming every 100 ms").isTrue();
            robot.interact(model[0]::close);
        } finally {
            threaded.close();
        }
    }
}
