package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of pictures: class sub-folders or a flat folder, and every file left out named with its reason. */
class ImageFolderReaderTest {
    @TempDir
    Path dir;

    @Test
    void aFlatFolderOfSixPicturesOpensAsOneClassNamedAfterTheFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("sketches"));
        for (int i = 0; i < 6; i++) {
            stroke(folder.resolve("s" + i + ".png"), i);
        }

        Dataset d = DatasetCatalog.load(folder.toString());

        assertThat(d.size()).isEqualTo(6);
        assertThat(d.classNames()).containsExactly("sketches");
        assertThat(d.labels()).containsOnly(0);
    }

    @Test
    void fifteenPicturesWithOneCorruptOpenFourteenAndNameTheFifteenthWithItsReason() throws IOException {
        Path folder = dir.resolve("shapes");
        for (int i = 0; i < 14; i++) {
            stroke(Files.createDirectories(folder.resolve(i % 2 == 0 ? "left" : "right")).resolve("p" + i + ".png"), i);
        }
        Files.writeString(folder.resolve("right").resolve("broken.png"), "not a picture at all");
        List<String> leftOut = new ArrayList<>();

        Dataset d = DatasetCatalog.load(folder.toString(), ReadProgress.leftOutTo(leftOut::add));

        assertThat(d.size()).isEqualTo(14);
        assertThat(leftOut).containsExactly("1 file in shapes could not be used and was left out: "
                + "broken.png is not a picture this app can read (PNG, JPEG, GIF, BMP, WebP or TIFF).");
    }

    @Test
    void everyFileLeftOutIsNamedAndTheCountMatches() throws IOException {
        Path folder = dir.resolve("many");
        stroke(Files.createDirectories(folder.resolve("a")).resolve("good.png"), 1);
        for (int i = 0; i < 7; i++) {
            Files.writeString(folder.resolve("a").resolve("bad" + i + ".png"), "no");
        }
        BufferedImage white = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        white.getGraphics().fillRect(0, 0, 40, 40);
        ImageIO.write(white, "png", folder.resolve("a").resolve("white.png").toFile());
        Files.writeString(folder.resolve("loose.png"), "beside the classes");

        ImageFolderReader.Result r = new ImageFolderReader().readCountingSkips(folder, ReadProgress.NONE);

        assertThat(r.dataset().size()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(9).isEqualTo(r.reasons().size());
        for (int i = 0; i < 7; i++) {
            String name = "bad" + i + ".png";
            assertThat(r.reasons()).anyMatch(s -> s.startsWith(name + " is not a picture"));
        }
        assertThat(r.reasons()).contains("white.png has no ink to find: it is one flat shade.",
                "loose.png lies beside the class sub-folders, not in one.");
        assertThat(ImageFolderReader.leftOut("many", r.reasons())).startsWith("9 files in many could not be used and were left out: ")
                .contains("bad6.png").contains("white.png").contains("loose.png");
    }

    @Test
    void anEmptyFolderGetsOneSentence() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        assertThatThrownBy(() -> new ImageFolderReader().read(empty, ReadProgress.NONE)).isInstanceOf(DataException.class)
                .hasMessage("The folder " + empty + " is empty: put pictures in it, or in one sub-folder per class.");
    }

    /** A light stroke on a dark ground, its angle set by {@code i}, as a PNG. */
    private static void stroke(Path file, int i) throws IOException {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5));
        double a = i * Math.PI / 7;
        g.drawLine((int) (24 - 16 * Math.cos(a)), (int) (24 - 16 * Math.sin(a)), (int) (24 + 16 * Math.cos(a)), (int) (24 + 16 * Math.sin(a)));
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
