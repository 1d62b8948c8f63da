package org.latentlab.analysis.projection;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Files the TensorFlow Embedding Projector reads: the codes ({@code vectors.tsv}), a labelled
 * metadata table ({@code metadata.tsv}), the 2-D layout as a second tensor ({@code projection.tsv}),
 * a sprite of the thumbnails ({@code sprite.png}) and the {@code projector_config.json} naming them.
 * Each file is written to a temporary sibling and moved into place.
 */
public final class ProjectorExport {
    public static final String VECTORS = "vectors.tsv";
    public static final String METADATA = "metadata.tsv";
    public static final String PROJECTION = "projection.tsv";
    public static final String SPRITE = "sprite.png";
    public static final String CONFIG = "projector_config.json";
    /** The projector's largest sprite side in pixels. */
    public static final int MAX_SPRITE_SIDE = 8192;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private ProjectorExport() {}

    /**
     * Writes the files into {@code dir} (created if missing) and returns their paths. The layout
     * and thumbnails may be null; the files they make are then left out.
     */
    public static List<Path> write(Path dir, Codes codes, float[][] layout, Thumbnails thumbnails) throws IOException {
        if (layout != null && layout.length != codes.n()) {
            throw new IllegalArgumentException("The layout has " + (layout == null ? 0 : layout.length) + " points for "
                    + codes.n() + " codes.");
        }
        if (thumbnails != null && thumbnails.n() != codes.n()) {
            throw new IllegalArgumentException("There are " + thumbnails.n() + " thumbnails for " + codes.n() + " codes.");
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(atomically(dir.resolve(VECTORS), out -> writeRows(out, codes.values(), codes.n(), codes.d())));
        written.add(atomically(dir.resolve(METADATA), out -> writeMetadata(out, codes)));
        if (layout != null) {
            float[] flat = new float[codes.n() * 2];
            for (int i = 0; i < layout.length; i++) {
                flat[2 * i] = layout[i][0];
                flat[2 * i + 1] = layout[i][1];
            }
            written.add(atomically(dir.resolve(PROJECTION), out -> writeRows(out, flat, codes.n(), 2)));
        }
        if (thumbnails != null) {
            BufferedImage sprite = sprite(thumbnails);
            written.add(atomically(dir.resolve(SPRITE), out -> {
                try (OutputStream s = Files.newOutputStream(out)) {
                    if (!ImageIO.write(sprite, "png", s)) {
                        throw new IOException("No PNG writer is installed.");
                    }
                }
            }));
        }
        String config = GSON.toJson(config(codes, layout != null, thumbnails));
        written.add(atomically(dir.resolve(CONFIG), out -> Files.writeString(out, config, StandardCharsets.UTF_8)));
        return written;
    }

    /** The thumbnails tiled row by row into a square grid, as the projector's sprite expects. */
    public static BufferedImage sprite(Thumbnails t) {
        int side = (int) Math.ceil(Math.sqrt(t.n()));
        if ((long) side * Math.max(t.width(), t.height()) > MAX_SPRITE_SIDE) {
            throw new IllegalArgumentException("A sprite of " + t.n() + " thumbnails of " + t.width() + "×" + t.height()
                    + " would be wider than the projector's " + MAX_SPRITE_SIDE + " pixels: export fewer points.");
        }
        BufferedImage image = new BufferedImage(side * t.width(), side * t.height(), BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < t.n(); i++) {
            int x = (i % side) * t.width();
            int y = (i / side) * t.height();
            image.setRGB(x, y, t.width(), t.height(), t.rgb(i), 0, t.width());
        }
        return image;
    }

    private static JsonObject config(Codes codes, boolean withLayout, Thumbnails thumbnails) {
        JsonArray embeddings = new JsonArray();
        embeddings.add(tensor("codes", codes.n(), codes.d(), VECTORS, thumbnails));
        if (withLayout) {
            embeddings.add(tensor("projection", codes.n(), 2, PROJECTION, thumbnails));
        }
        JsonObject root = new JsonObject();
        root.add("embeddings", embeddings);
        return root;
    }

    private static JsonObject tensor(String name, int n, int d, String path, Thumbnails thumbnails) {
        JsonObject o = new JsonObject();
        o.addProperty("tensorName", name);
        JsonArray shape = new JsonArray();
        shape.add(n);
        shape.add(d);
        o.add("tensorShape", shape);
        o.addProperty("tensorPath", path);
        o.addProperty("metadataPath", METADATA);
        if (thumbnails != null) {
            JsonObject sprite = new JsonObject();
            sprite.addProperty("imagePath", SPRITE);
            JsonArray dim = new JsonArray();
            dim.add(thumbnails.width());
            dim.add(thumbnails.height());
            sprite.add("singleImageDim", dim);
            o.add("sprite", sprite);
        }
        return o;
    }

    private static void writeRows(Path out, float[] values, int n, int d) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                for (int j = 0; j < d; j++) {
                    if (j > 0) {
                        line.append('\t');
                    }
                    line.append(values[i * d + j]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static void writeMetadata(Path out, Codes codes) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("index\tlabel\n");
            for (int i = 0; i < codes.n(); i++) {
                int label = codes.labels()[i];
                w.write(i + "\t" + (label >= 0 ? String.valueOf(label) : "") + "\n");
            }
        }
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(Path file) throws IOException;
    }

    private static Path atomically(Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
