package org.latentlab.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectorExportTest {
    @TempDir
    Path dir;

    @Test
    void exportedTsvFilesParseBackToTheSameNumbers() throws Exception {
        Codes codes = ShippedCodes.first(120);
        float[][] layout = new PcaProjection(0, 1).layout(codes);
        ProjectorExport.write(dir, codes, layout, null);

        List<String> vectors = Files.readAllLines(dir.resolve(ProjectorExport.VECTORS));
        assertThat(vectors).hasSize(120);
        for (int i = 0; i < 120; i++) {
            assertThat(parse(vectors.get(i))).isEqualTo(codes.row(i));
        }
        List<String> projection = Files.readAllLines(dir.resolve(ProjectorExport.PROJECTION));
        for (int i = 0; i < 120; i++) {
            assertThat(parse(projection.get(i))).isEqualTo(layout[i]);
        }
        List<String> metadata = Files.readAllLines(dir.resolve(ProjectorExport.METADATA));
        assertThat(metadata).hasSize(121);
        assertThat(metadata.get(0)).isEqualTo("index\tlabel");
        assertThat(metadata.get(6)).isEqualTo("5\t" + codes.labels()[5]);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void theSpriteTilesTheThumbnailsAndTheConfigNamesEveryFile() throws Exception {
        int n = 5;
        float[] pixels = new float[n * 3 * 4 * 6];
        pixels[2 * 72] = 1f; // thumbnail 2, red channel, top-left pixel
        Codes codes = ShippedCodes.first(n);
        ProjectorExport.write(dir, codes, new RawDimensions(0, 1).layout(codes), new Thumbnails(pixels, n, 3, 4, 6));

        BufferedImage sprite = ImageIO.read(dir.resolve(ProjectorExport.SPRITE).toFile());
        assertThat(sprite.getWidth()).isEqualTo(3 * 6);
        assertThat(sprite.getHeight()).isEqualTo(3 * 4);
        assertThat(sprite.getRGB(2 * 6, 0) & 0xffffff).isEqualTo(0xff0000);
        assertThat(sprite.getRGB(0, 0) & 0xffffff).isZero();

        JsonObject config = JsonParser.parseString(Files.readString(dir.resolve(ProjectorExport.CONFIG))).getAsJsonObject();
        JsonObject codesTensor = config.getAsJsonArray("embeddings").get(0).getAsJsonObject();
        assertThat(codesTensor.get("tensorPath").getAsString()).isEqualTo(ProjectorExport.VECTORS);
        assertThat(codesTensor.get("metadataPath").getAsString()).isEqualTo(ProjectorExport.METADATA);
        assertThat(codesTensor.getAsJsonArray("tensorShape").toString()).isEqualTo("[5,16]");
        JsonObject spriteInfo = codesTensor.getAsJsonObject("sprite");
        assertThat(spriteInfo.get("imagePath").getAsString()).isEqualTo(ProjectorExport.SPRITE);
        assertThat(spriteInfo.getAsJsonArray("singleImageDim").toString()).isEqualTo("[6,4]");
        JsonObject layoutTensor = config.getAsJsonArray("embeddings").get(1).getAsJsonObject();
        assertThat(layoutTensor.get("tensorPath").getAsString()).isEqualTo(ProjectorExport.PROJECTION);
    }

    private static float[] parse(String line) {
        String[] cells = line.split("\t");
        float[] out = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = Float.parseFloat(cells[i]);
        }
        return out;
    }
}
