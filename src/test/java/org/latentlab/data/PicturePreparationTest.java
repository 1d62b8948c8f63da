package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturePreparationTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfColourPicturesOfMixedSizesOpensAsThreeByThirtyTwoByThirtyTwoInColour() throws IOException {
        Path folder = ColourFolder.write(dir.resolve("shapes"), 20);
        Dataset d = new ImageFolderReader(Preparation.pictures(32, true)).read(folder, ReadProgress.NONE);
        assertThat(d.size()).isEqualTo(60);
        assertThat(new int[] {d.channels(), d.height(), d.width()}).containsExactly(3, 32, 32);
        assertThat(d.classNames()).containsExactly(ColourFolder.CLASSES);
        // The centre pixel of each class is its shape's colour: blue, green and red leading in their channel.
        for (int i = 0; i < d.size(); i++) {
            float[] s = d.sample(i);
            int centre = 16 * 32 + 16;
            float r = s[centre];
            float g = s[1024 + centre];
            float b = s[2048 + centre];
            int strongest = b > r && b > g ? 0 : g > r && g > b ? 1 : 2;
            assertThat(strongest).as("the leading channel of picture %d", i).isEqualTo(d.labels()[i]);
        }
    }

    @Test
    void theSameFolderAsDigitsIsTodaysPreparationBitForBit() throws IOException {
        Path folder = ColourFolder.write(dir.resolve("shapes"), 20);
        Dataset digits = new ImageFolderReader(Preparation.DIGITS).read(folder, ReadProgress.NONE);
        assertThat(new int[] {digits.channels(), digits.height(), digits.width()}).containsExactly(1, 28, 28);
        List<Float> expected = new ArrayList<>();
        for (String c : ColourFolder.CLASSES) {
            try (var files = Files.list(folder.resolve(c))) {
                for (Path f : files.sorted().toList()) {
                    for (float v : ImageImport.prepare(f, 28).input().values()) {
                        expected.add(v);
                    }
                }
            }
        }
        float[] e = new float[expected.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = expected.get(i);
        }
        assertThat(digits.values()).containsExactly(e);
        assertThat(new ImageFolderReader().read(folder, ReadProgress.NONE).values()).containsExactly(e);
    }

    @Test
    void greyPicturesAreOneChannelOfLuma() throws IOException {
        Path folder = ColourFolder.write(dir.resolve("shapes"), 4);
        Dataset grey = new ImageFolderReader(Preparation.pictures(16, false)).read(folder, ReadProgress.NONE);
        Dataset colour = new ImageFolderReader(Preparation.pictures(16, true)).read(folder, ReadProgress.NONE);
        assertThat(grey.channels()).isEqualTo(1);
        float[] g = grey.sample(0);
        float[] c = colour.sample(0);
        for (int i = 0; i < 256; i++) {
            assertThat((double) g[i]).isCloseTo(0.299 * c[i] + 0.587 * c[256 + i] + 0.114 * c[512 + i], within(1e-4));
        }
    }

    @Test
    void aPhonePhotoIsTurnedUprightByItsExifOrientation() throws IOException {
        // Stored 64×32, left half red and right half blue; orientation 6 says "turn a quarter clockwise to show".
        BufferedImage stored = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 32, 32);
        g.setColor(Color.BLUE);
        g.fillRect(32, 0, 32, 32);
        g.dispose();
        Path plain = dir.resolve("plain.jpg");
        ImageIO.write(stored, "jpg", plain.toFile());
        Path turned = Files.write(dir.resolve("turned.jpg"), withOrientation(Files.readAllBytes(plain), 6));

        float[] asStored = PicturePreparation.prepare(plain, Preparation.pictures(16, true));
        float[] upright = PicturePreparation.prepare(turned, Preparation.pictures(16, true));
        // As stored the square's left column is red; turned upright its top row is red and its bottom row blue.
        assertThat(asStored[8 * 16]).as("left, red").isGreaterThan(0.8f);
        assertThat(asStored[512 + 8 * 16 + 15]).as("right, blue").isGreaterThan(0.8f);
        assertThat(upright[8]).as("top, red").isGreaterThan(0.8f);
        assertThat(upright[512 + 8]).as("top, not blue").isLessThan(0.2f);
        assertThat(upright[512 + 15 * 16 + 8]).as("bottom, blue").isGreaterThan(0.8f);
    }

    @Test
    void sixteenBitPaletteAndTransparentPicturesComeOutRight() throws IOException {
        BufferedImage sixteen = new BufferedImage(20, 20, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                sixteen.getRaster().setSample(x, y, 0, 32768);
            }
        }
        Path s = dir.resolve("sixteen.png");
        ImageIO.write(sixteen, "png", s.toFile());
        float[] grey = PicturePreparation.prepare(s, Preparation.pictures(16, true));
        assertThat((double) grey[0]).as("a 16-bit mid grey stays mid grey").isCloseTo(0.5, within(0.01));
        assertThat((double) grey[512 + 40]).isCloseTo(0.5, within(0.01));

        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {0, (byte) 200}, new byte[] {0, 100}, new byte[] {0, 50});
        BufferedImage indexed = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                indexed.getRaster().setSample(x, y, 0, 1);
            }
        }
        Path p = dir.resolve("palette.png");
        ImageIO.write(indexed, "png", p.toFile());
        float[] pal = PicturePreparation.prepare(p, Preparation.pictures(16, true));
        assertThat((double) pal[0]).isCloseTo(200 / 255.0, within(0.01));
        assertThat((double) pal[256]).isCloseTo(100 / 255.0, within(0.01));
        assertThat((double) pal[512]).isCloseTo(50 / 255.0, within(0.01));

        BufferedImage clear = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        Path a = dir.resolve("clear.png");
        ImageIO.write(clear, "png", a.toFile());
        float[] white = PicturePreparation.prepare(a, Preparation.pictures(16, true));
        assertThat(white[0]).as("a transparent ground is white").isEqualTo(1f);
        assertThat(white[512 + 255]).isEqualTo(1f);
    }

    @Test
    void aHugePictureIsSubsampledOnRead() throws IOException {
        Path huge = dir.resolve("huge.png");
        ImageImportTest.writeOneBitPng(huge, 20_000, 20_000);
        ImageImport.Decoded d = ImageImport.decode(huge, new ArrayList<>(), 32);
        assertThat(d.image().getWidth()).as("decoded width").isLessThanOrEqualTo(2000);
        float[] v = PicturePreparation.prepare(huge, Preparation.pictures(32, false));
        assertThat(v[16 * 32 + 16]).as("the black square in the middle").isLessThan(0.1f);
        assertThat(v[0]).as("the white around it").isGreaterThan(0.9f);
    }

    @Test
    void aSizeOutOfRangeAndAnUnknownModeAreOneSentence() {
        assertThatThrownBy(() -> Preparation.pictures(20, true)).isInstanceOf(DataException.class)
                .hasMessage("The picture size must be one of 16, 28, 32, 48, 64, 96 or 128 pixels, got 20.");
        assertThatThrownBy(() -> Preparation.mode("photos")).hasMessage("Pictures are read as pictures or as digits, not 'photos'.");
        assertThat(Preparation.parse(Preparation.pictures(48, true).text())).isEqualTo(Preparation.pictures(48, true));
        assertThat(Preparation.parse("digits:28:grey")).isEqualTo(Preparation.DIGITS);
    }

    @Test
    void aFolderWithNoPictureIsOneSentence() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("readme.png"), "not a picture");
        assertThatThrownBy(() -> new ImageFolderReader(Preparation.pictures(32, true)).read(folder, ReadProgress.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("The folder " + folder + " holds no picture that could be used: readme.png");
    }

    @Test
    void photographsDoNotLookLikeInkAndDigitsDo() throws IOException {
        Path folder = ColourFolder.write(dir.resolve("shapes"), 3);
        List<BufferedImage> shapes = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                shapes.add(ImageIO.read(f.toFile()));
            }
        }
        assertThat(PicturePreparation.lookLikeInk(shapes)).isFalse();
        BufferedImage digit = new BufferedImage(60, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = digit.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 60);
        g.setColor(Color.BLACK);
        g.fillRect(25, 10, 8, 40);
        g.dispose();
        assertThat(PicturePreparation.lookLikeInk(List.of(digit, digit, digit))).isTrue();
    }

    /** The JPEG with an EXIF APP1 segment holding only an orientation tag, inserted after its start marker. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        byte[] body = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        byte[] head = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + head.length + body.length;
        tiff.write(jpeg, 0, 2);
        tiff.write(0xff);
        tiff.write(0xe1);
        tiff.write(length >> 8);
        tiff.write(length & 0xff);
        tiff.write(head, 0, head.length);
        tiff.write(body, 0, body.length);
        tiff.write(jpeg, 2, jpeg.length - 2);
        return tiff.toByteArray();
    }
}
