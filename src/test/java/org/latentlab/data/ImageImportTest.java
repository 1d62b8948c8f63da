package org.latentlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageImportTest {
    @TempDir
    Path dir;

    @Test
    void aShippedDigitWrittenToPngComesBackAsTheSameInput() throws IOException {
        Dataset val = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7).validation();
        for (int i : new int[] {0, 17, 1234}) {
            float[] digit = java.util.Arrays.copyOfRange(val.values(), i * 784, (i + 1) * 784);
            BufferedImage png = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            for (int p = 0; p < 784; p++) {
                int g = Math.round(digit[p] * 255);
                png.getRaster().setSample(p % 28, p / 28, 0, g);
            }
            Path file = dir.resolve("digit" + i + ".png");
            ImageIO.write(png, "png", file.toFile());
            float[] back = ImageImport.prepare(file, 28).input().values();
            double max = 0;
            for (int p = 0; p < 784; p++) {
                max = Math.max(max, Math.abs(back[p] - digit[p]));
            }
            assertThat(max).as("digit %d", i).isLessThan(1 / 255.0);
        }
    }

    @Test
    void aPhotoOfADarkDigitOnUnevenPaperIsInvertedCroppedAndCentred() throws IOException {
        BufferedImage photo = new BufferedImage(300, 240, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 300; x++) {
                int g = (int) (200 + 40.0 * x / 300 + 10 * Math.sin(y / 30.0));
                photo.setRGB(x, y, 0xff000000 | (g << 16) | (g << 8) | (g - 10));
            }
        }
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(30, 30, 40));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // A 7, off-centre and to the left, as a phone photo would frame it.
        g.drawLine(40, 50, 150, 50);
        g.drawLine(150, 50, 80, 200);
        g.dispose();
        Path file = dir.resolve("photo.png");
        ImageIO.write(photo, "png", file.toFile());

        ImageImport.Prepared p = ImageImport.prepare(file, 28);
        assertThat(p.wasInverted()).isTrue();
        double[] com = p.input().centreOfMass();
        assertThat(com[0]).isCloseTo(14, within(1.0));
        assertThat(com[1]).isCloseTo(14, within(1.0));
        // The ink fills a 20-pixel box on its longer side, and the paper is gone.
        assertThat(p.cropped().height()).isGreaterThan(p.cropped().width());
        int inkRows = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (p.input().at(x, y) > 0.1f) {
                    inkRows++;
                    break;
                }
            }
        }
        assertThat(inkRows).isBetween(19, 21);
        assertThat(p.input().at(0, 0)).isZero();
        assertThat(p.input().at(27, 27)).isZero();
    }

    @Test
    void sixteenBitGreyAndTiffPicturesGiveTheSameInputAsAnEightBitPng() throws IOException {
        float[] digit = java.util.Arrays.copyOfRange(DatasetCatalog.load("mnist-10k").values(), 0, 784);
        BufferedImage deep = new BufferedImage(28, 28, BufferedImage.TYPE_USHORT_GRAY);
        BufferedImage rgb = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < 784; p++) {
            deep.getRaster().setSample(p % 28, p / 28, 0, Math.round(digit[p] * 65535));
            int g = Math.round(digit[p] * 255);
            rgb.setRGB(p % 28, p / 28, (g << 16) | (g << 8) | g);
        }
        Path png16 = dir.resolve("deep.png");
        ImageIO.write(deep, "png", png16.toFile());
        Path tiff = dir.resolve("digit.tif");
        assertThat(ImageIO.write(rgb, "tiff", tiff.toFile())).as("a TIFF writer (TwelveMonkeys)").isTrue();
        for (Path file : List.of(png16, tiff)) {
            float[] back = ImageImport.prepare(file, 28).input().values();
            double max = 0;
            for (int p = 0; p < 784; p++) {
                max = Math.max(max, Math.abs(back[p] - digit[p]));
            }
            assertThat(max).as(file.getFileName().toString()).isLessThan(1 / 255.0);
        }
    }

    @Test
    void eachStepDoesOneThing() {
        GreyImage g = new GreyImage(new float[] {0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0}, 4, 3);
        assertThat(ImageImport.invert(ImageImport.invert(g)).values()).containsExactly(g.values());
        GreyImage cropped = ImageImport.crop(g);
        assertThat(cropped.width()).isEqualTo(2);
        assertThat(cropped.height()).isEqualTo(2);
        assertThat(cropped.values()).containsExactly(1, 1, 1, 0);
        GreyImage wide = new GreyImage(new float[40 * 20], 40, 20);
        GreyImage fitted = ImageImport.fit(wide, 20);
        assertThat(fitted.width()).isEqualTo(20);
        assertThat(fitted.height()).isEqualTo(10);
        GreyImage centred = ImageImport.centre(new GreyImage(new float[] {1, 0, 0, 0}, 2, 2), 28);
        assertThat(centred.centreOfMass()[0]).isCloseTo(14, within(0.5));
        assertThat(ImageImport.lightBackground(new GreyImage(new float[] {1, 1, 1, 0.9f}, 2, 2))).isTrue();
    }

    @Test
    void badFilesGetOneSentenceEach() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertThatThrownBy(() -> ImageImport.prepare(empty, 28)).isInstanceOf(DataException.class).hasMessage("empty.png is empty.");
        Path text = Files.writeString(dir.resolve("notes.png"), "this is not a picture");
        assertThatThrownBy(() -> ImageImport.prepare(text, 28)).isInstanceOf(DataException.class)
                .hasMessage("notes.png is not a picture this app can read (PNG, JPEG, GIF, BMP, WebP or TIFF).");
        BufferedImage picture = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", jpeg);
        Path truncated = Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg.toByteArray(), 200));
        assertThatThrownBy(() -> ImageImport.prepare(truncated, 28)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("cut.jpg is damaged or not a complete picture");
        BufferedImage white = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
        white.getGraphics().fillRect(0, 0, 50, 40);
        Path blank = dir.resolve("white.png");
        ImageIO.write(white, "png", blank.toFile());
        assertThatThrownBy(() -> ImageImport.prepare(blank, 28)).isInstanceOf(DataException.class)
                .hasMessage("white.png has no ink to find: it is one flat shade.");
        assertThatThrownBy(() -> ImageImport.prepare(dir, 28)).hasMessageEndingWith("is a folder, not a picture.");
    }

    @Test
    void aHugePictureIsReadSubsampledNotInFull() throws IOException {
        Path huge = dir.resolve("huge.png");
        writeOneBitPng(huge, 20_000, 20_000);
        ImageImport.Prepared p = ImageImport.prepare(huge, 28);
        assertThat(p.notes()).anyMatch(n -> n.contains("20,000×20,000") && n.contains("1/10"));
        assertThat(p.original().width()).isEqualTo(2000);
        assertThat(p.input().centreOfMass()[0]).isCloseTo(14, within(1.0));
    }

    @Test
    void anAnimatedGifUsesItsFirstFrameAndSaysSo() throws IOException {
        Path gif = dir.resolve("anim.gif");
        List<BufferedImage> frames = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            BufferedImage frame = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(5 + 10 * f, 10, 8, 20);
            g.dispose();
            frames.add(frame);
        }
        writeGif(gif, frames);
        ImageImport.Prepared p = ImageImport.prepare(gif, 28);
        assertThat(p.notes()).contains("anim.gif has 3 frames: the first was used.");
        // Each frame's bar stands 10 pixels further right: only the first frame's is in the picture.
        assertThat(p.original().width()).isEqualTo(40);
        assertThat(p.original().at(8, 20)).as("the first frame's bar").isGreaterThan(0.9f);
        assertThat(p.original().at(18, 20)).as("the second frame's bar").isLessThan(0.1f);
        assertThat(p.original().at(28, 20)).as("the third frame's bar").isLessThan(0.1f);
    }

    /** A 1-bit PNG, white with a black square in the middle, written row by row (a few hundred kB). */
    static void writeOneBitPng(Path file, int w, int h) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] row = new byte[1 + (w + 7) / 8];
            for (int y = 0; y < h; y++) {
                java.util.Arrays.fill(row, (byte) 0xff);
                row[0] = 0;
                if (y > h / 3 && y < 2 * h / 3) {
                    for (int x = w / 3 / 8; x < 2 * w / 3 / 8; x++) {
                        row[1 + x] = 0;
                    }
                }
                z.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream i = new DataOutputStream(ihdr);
        i.writeInt(w);
        i.writeInt(h);
        i.write(new byte[] {1, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", raw.toByteArray());
        chunk(out, "IEND", new byte[0]);
        Files.write(file, png.toByteArray());
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static void writeGif(Path file, List<BufferedImage> frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage f : frames) {
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(f), null);
                writer.writeToSequence(new IIOImage(f, null, meta), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static byte[] jpeg(int side) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(Color.BLACK);
        g.fillOval(side / 4, side / 4, side / 2, side / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void aTruncatedJpegIsRefusedAndInsideAFolderCountedAndNamed() throws IOException {
        byte[] full = jpeg(200);
        Path alone = Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(full, full.length / 2));
        assertThatThrownBy(() -> ImageImport.prepare(alone, 28)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("cut.jpg is damaged or not a complete picture (");

        Path folder = dir.resolve("digits");
        Files.write(Files.createDirectories(folder.resolve("zero")).resolve("good.jpg"), full);
        Files.write(folder.resolve("zero").resolve("cut.jpg"), java.util.Arrays.copyOf(full, full.length / 2));
        List<String> skipped = new ArrayList<>();
        Dataset d = new ImageFolderReader().read(folder, new ReadProgress() {
            @Override
            public void report(double fractionDone) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void skipped(String sentence) {
                skipped.add(sentence);
            }
        });
        assertThat(d.size()).isEqualTo(1);
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0)).startsWith("1 file in digits could not be used and was left out: cut.jpg is damaged");
    }

    @Test
    void aPhotographOfABuildingUnderALargeSkyIsAccepted() throws IOException {
        java.util.Random random = new java.util.Random(3);
        int w = 320;
        int h = 240;
        int skyline = (int) (h * 0.6);
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r;
                int g;
                int b;
                if (y < skyline) {
                    double t = (double) y / skyline;
                    r = (int) (150 + 50 * t + random.nextGaussian() * 3);
                    g = (int) (190 + 30 * t + random.nextGaussian() * 3);
                    b = (int) (235 + 15 * t + random.nextGaussian() * 3);
                } else {
                    boolean window = (x / 8) % 3 == 1 && ((y - skyline) / 10) % 2 == 1;
                    int base = window ? 120 : 60;
                    r = (int) (base + 10 + random.nextGaussian() * 4);
                    g = (int) (base + random.nextGaussian() * 4);
                    b = (int) (base - 10 + random.nextGaussian() * 4);
                }
                photo.setRGB(x, y, (clamp(r) << 16) | (clamp(g) << 8) | clamp(b));
            }
        }
        Path file = dir.resolve("building.jpg");
        ImageIO.write(photo, "jpeg", file.toFile());

        ImageImport.Prepared p = ImageImport.prepare(file, 28);

        // The sky is light, so the picture is inverted and the dark building becomes the ink; the sky is not one ground to cut away.
        assertThat(p.wasInverted()).isTrue();
        assertThat(p.cropped().width()).isEqualTo(w);
        assertThat(p.cropped().height()).isEqualTo(h);
        double sky = 0;
        double building = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y < skyline) {
                    sky += p.cropped().at(x, y);
                } else {
                    building += p.cropped().at(x, y);
                }
            }
        }
        assertThat(building / ((h - skyline) * w)).isGreaterThan(3 * sky / (skyline * w));
        assertThat(p.input().width()).isEqualTo(28);
    }

    @Test
    void aPictureOfOneColourIsStillRefusedAsOneFlatShade() throws IOException {
        BufferedImage blue = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blue.createGraphics();
        g.setColor(new Color(90, 140, 200));
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        Path file = dir.resolve("blue.jpg");
        ImageIO.write(blue, "jpeg", file.toFile());
        assertThatThrownBy(() -> ImageImport.prepare(file, 28)).isInstanceOf(DataException.class)
                .hasMessage("blue.jpg has no ink to find: it is one flat shade.");
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
