package org.latentlab.cli;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.latentlab.data.CsvReader;
import org.latentlab.data.DataException;
import org.latentlab.data.IdxFolderReader;
import org.latentlab.data.ImageFolderReader;
import org.latentlab.data.ReadProgress;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.train.TrainingMetrics;
import org.latentlab.persistence.AtomicFiles;
import org.latentlab.persistence.Checkpoint;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.persistence.PresetLibrary;
import org.latentlab.persistence.Session;
import org.latentlab.persistence.SessionArchive;

/**
 * Feeds each reader of a person's files (IDX, CSV, picture folder, checkpoint, session, preset)
 * mutated copies of a valid file: bit flips, truncations, duplicated and cut regions, huge numbers.
 * Each copy must either be read or be refused with the project's own exception and one sentence;
 * anything else (another exception, an error, a message that is not a sentence) is a failure.
 */
final class ReaderFuzz {
    /** What one reader did with its mutated inputs; {@code failures} holds the first few, described. */
    record Outcome(String reader, int inputs, int read, int refused, int failed, List<String> failures) {}

    /** One reader: writes its valid sample into a folder, and reads what the mutation left there. */
    private interface Target {
        /** Writes the valid sample under {@code folder}; returns the files a mutation may change. */
        List<Path> seed(Path folder) throws IOException;

        /** Reads it; returns the sentences for the parts it left out (a folder's damaged pictures), if any. */
        List<String> read(Path folder) throws Exception;
    }

    private static final String[] HUGE = {"99999999999999999999999999999", "1e308", "-1", "NaN", "-0", "4294967296",
            "1e15", "2.7", "65536", "[[[[[[[[", "\"\"", "null", "{}"};

    private ReaderFuzz() {}

    /** The readers in order, by the name the counts are printed under. */
    static List<String> readers() {
        return List.copyOf(targets().keySet());
    }

    /** Runs {@code inputs} mutated copies through {@code reader}, from {@code seed}, in the folder {@code work}. */
    static Outcome run(String reader, int inputs, long seed, Path work) throws IOException {
        Target target = targets().get(reader);
        Path pristine = Files.createDirectories(work.resolve(reader + "-pristine"));
        List<Path> files = target.seed(pristine);
        Map<Path, byte[]> original = new LinkedHashMap<>();
        for (Path f : files) {
            original.put(pristine.relativize(f), Files.readAllBytes(f));
        }
        Random random = new Random(seed);
        int read = 0;
        int refused = 0;
        int failed = 0;
        List<String> failures = new ArrayList<>();
        Path copy = work.resolve(reader + "-copy");
        for (int i = 0; i < inputs; i++) {
            AtomicFiles.deleteTree(copy);
            copyTree(pristine, copy);
            List<Path> names = new ArrayList<>(original.keySet());
            Path victim = names.get(random.nextInt(names.size()));
            byte[] mutated = mutate(original.get(victim), random);
            Files.write(copy.resolve(victim.toString()), mutated);
            String verdict = verdict(() -> target.read(copy));
            if (verdict == null) {
                read++;
            } else if (verdict.isEmpty()) {
                refused++;
            } else {
                failed++;
                if (failures.size() < 5) {
                    failures.add("input " + i + " (" + victim + "): " + verdict);
                }
            }
        }
        AtomicFiles.deleteTree(copy);
        AtomicFiles.deleteTree(pristine);
        return new Outcome(reader, inputs, read, refused, failed, failures);
    }

    /** Null when it read, empty when refused (whole or in part) with sentences, else what went wrong. */
    private static String verdict(Action action) {
        try {
            List<String> leftOut = action.run();
            for (String m : leftOut) {
                if (!isSentence(m)) {
                    return "a part left out without one sentence: " + m;
                }
            }
            return leftOut.isEmpty() ? null : "";
        } catch (DataException | IOException e) {
            String m = e.getMessage();
            return isSentence(m) ? "" : e.getClass().getSimpleName() + " that is not one sentence: " + m;
        } catch (Throwable t) {
            return t.getClass().getName() + ": " + t.getMessage();
        }
    }

    private interface Action {
        List<String> run() throws Exception;
    }

    /** Words that give away a message no person was meant to read. */
    private static final List<String> RAW = List.of("Exception", "\n\tat ", ": null", "Input length =", "You must specify",
            "because \"", "Cannot invoke");

    /** One sentence a person can read: ends with a stop, no class or parser words, no stack. */
    static boolean isSentence(String m) {
        return m != null && !m.isBlank() && m.strip().endsWith(".") && RAW.stream().noneMatch(m::contains);
    }

    /** A copy of {@code bytes} with one to three mutations. */
    static byte[] mutate(byte[] bytes, Random r) {
        byte[] b = bytes;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            b = mutateOnce(b, r);
        }
        return b;
    }

    private static byte[] mutateOnce(byte[] b, Random r) {
        if (b.length == 0) {
            return new byte[] {(byte) r.nextInt()};
        }
        int at = r.nextInt(b.length);
        switch (r.nextInt(6)) {
            case 0 -> { // bit flips
                byte[] c = b.clone();
                for (int i = 0, flips = 1 + r.nextInt(8); i < flips; i++) {
                    int p = r.nextInt(c.length);
                    c[p] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
            case 1 -> { // truncation
                return Arrays.copyOf(b, at);
            }
            case 2 -> { // a region duplicated
                int len = Math.min(b.length - at, 1 + r.nextInt(Math.max(1, b.length / 4)));
                byte[] c = new byte[b.length + len];
                System.arraycopy(b, 0, c, 0, at + len);
                System.arraycopy(b, at, c, at + len, b.length - at);
                return c;
            }
            case 3 -> { // a region cut
                int len = Math.min(b.length - at, 1 + r.nextInt(Math.max(1, b.length / 4)));
                byte[] c = new byte[b.length - len];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + len, c, at, b.length - at - len);
                return c;
            }
            case 4 -> { // a huge or odd number written as text
                byte[] word = HUGE[r.nextInt(HUGE.length)].getBytes(StandardCharsets.US_ASCII);
                int len = Math.min(b.length - at, r.nextInt(word.length + 1));
                byte[] c = new byte[b.length - len + word.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(word, 0, c, at, word.length);
                System.arraycopy(b, at + len, c, at + word.length, b.length - at - len);
                return c;
            }
            default -> { // a huge number as four binary bytes
                byte[] c = b.clone();
                int v = r.nextBoolean() ? 0x7FFFFFFF : 0xFFFFFFFF;
                for (int i = 0; i < 4 && at + i < c.length; i++) {
                    c[at + i] = (byte) (v >>> (24 - 8 * i));
                }
                return c;
            }
        }
    }

    private static Map<String, Target> targets() {
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("idx", new Idx());
        t.put("csv", new Target() {
            @Override
            public List<Path> seed(Path folder) throws IOException {
                StringBuilder b = new StringBuilder("label");
                for (int i = 0; i < 16; i++) {
                    b.append(",p").append(i);
                }
                b.append('\n');
                Random r = new Random(1);
                for (int row = 0; row < 12; row++) {
                    b.append(row % 3);
                    for (int i = 0; i < 16; i++) {
                        b.append(',').append(r.nextInt(256));
                    }
                    b.append('\n');
                }
                return List.of(Files.writeString(folder.resolve("data.csv"), b));
            }

            @Override
            public List<String> read(Path folder) {
                new CsvReader().read(folder.resolve("data.csv"), ReadProgress.NONE);
                return List.of();
            }
        });
        t.put("image-folder", new Target() {
            @Override
            public List<Path> seed(Path folder) throws IOException {
                List<Path> files = new ArrayList<>();
                String[] formats = {"png", "jpg", "gif", "bmp"};
                for (int c = 0; c < 2; c++) {
                    Path dir = Files.createDirectories(folder.resolve("class" + c));
                    for (int i = 0; i < formats.length; i++) {
                        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
                        for (int y = 0; y < 20; y++) {
                            for (int x = 0; x < 20; x++) {
                                image.setRGB(x, y, (x - 10) * (x - 10) + (y - 10) * (y - 10) < 30 + 10 * c ? 0 : 0xFFFFFF);
                            }
                        }
                        Path f = dir.resolve("digit" + i + "." + formats[i]);
                        ImageIO.write(image, formats[i], f.toFile());
                        files.add(f);
                    }
                }
                return files;
            }

            @Override
            public List<String> read(Path folder) {
                List<String> skipped = new ArrayList<>();
                new ImageFolderReader().read(folder, new ReadProgress() {
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
                return skipped;
            }
        });
        t.put("checkpoint", new Target() {
            @Override
            public List<Path> seed(Path folder) throws IOException {
                Path dir = folder.resolve("model");
                saveSmallCheckpoint(dir);
                try (Stream<Path> s = Files.list(dir)) {
                    return s.filter(Files::isRegularFile).sorted().toList();
                }
            }

            @Override
            public List<String> read(Path folder) throws IOException {
                try (Autoencoder ae = Checkpoints.load(folder.resolve("model"), Device.cpu()).model()) {
                    ae.parameterCount();
                }
                return List.of();
            }
        });
        t.put("session", new Target() {
            @Override
            public List<Path> seed(Path folder) throws IOException {
                Path dir = folder.resolve("model");
                saveSmallCheckpoint(dir);
                Checkpoints.Plain plain = Checkpoints.readPlain(dir);
                Path file = folder.resolve("s" + SessionArchive.EXTENSION);
                SessionArchive.write(file, new Session("mnist-10k", 7, List.of(new Session.Model(Session.MAIN, plain.checkpoint(),
                        plain.weights())), Map.of("view", "LATENT")));
                AtomicFiles.deleteTree(dir);
                Path inner = folder.resolve("session.json.mutate-inside");
                Files.write(inner, new byte[0]);
                return List.of(file, inner);
            }

            @Override
            public List<String> read(Path folder) throws IOException {
                Path file = folder.resolve("s" + SessionArchive.EXTENSION);
                byte[] inner = Files.readAllBytes(folder.resolve("session.json.mutate-inside"));
                if (inner.length > 0) {
                    rezipWithIndex(file, inner);
                }
                SessionArchive.read(file);
                return List.of();
            }
        });
        t.put("preset", new Target() {
            @Override
            public List<Path> seed(Path folder) throws IOException {
                return List.of(Files.writeString(folder.resolve("preset.json"), "{\n  \"format\": 1,\n  \"title\": \"Codes\",\n"
                        + "  \"description\": \"Look at the codes.\",\n  \"dataset\": \"mnist-10k\",\n"
                        + "  \"model\": { \"variant\": \"undercomplete\", \"latent_size\": 2, \"hidden_sizes\": [64, 16],"
                        + " \"input_shape\": [1, 28, 28], \"learning_rate\": 0.001 },\n  \"epochs\": 10,\n"
                        + "  \"side_by_side\": [],\n  \"view\": \"LATENT\",\n  \"train\": false\n}\n"));
            }

            @Override
            public List<String> read(Path folder) throws IOException {
                PresetLibrary.read(folder.resolve("preset.json"));
                return List.of();
            }
        });
        return t;
    }

    /** An IDX pair, the images mutated as stored (gzip) or inside the gzip, by which file the mutation hit. */
    private static final class Idx implements Target {
        @Override
        public List<Path> seed(Path folder) throws IOException {
            Random r = new Random(2);
            int n = 10;
            ByteArrayOutputStream images = new ByteArrayOutputStream();
            java.io.DataOutputStream d = new java.io.DataOutputStream(images);
            d.writeInt(0x00000803);
            d.writeInt(n);
            d.writeInt(28);
            d.writeInt(28);
            byte[] px = new byte[n * 784];
            r.nextBytes(px);
            d.write(px);
            ByteArrayOutputStream labels = new ByteArrayOutputStream();
            java.io.DataOutputStream l = new java.io.DataOutputStream(labels);
            l.writeInt(0x00000801);
            l.writeInt(n);
            for (int i = 0; i < n; i++) {
                l.write(i % 3);
            }
            Path img = Files.write(folder.resolve("train-images-idx3-ubyte.gz"), gzip(images.toByteArray()));
            Path lab = Files.write(folder.resolve("train-labels-idx1-ubyte"), labels.toByteArray());
            Path inner = Files.write(folder.resolve("images.mutate-inside"), new byte[0]);
            return List.of(img, lab, inner);
        }

        @Override
        public List<String> read(Path folder) throws IOException {
            byte[] inner = Files.readAllBytes(folder.resolve("images.mutate-inside"));
            Files.delete(folder.resolve("images.mutate-inside"));
            if (inner.length > 0) {
                byte[] raw;
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("train-images-idx3-ubyte.gz"))))) {
                    raw = in.readAllBytes();
                }
                Random r = new Random(Arrays.hashCode(inner));
                Files.write(folder.resolve("train-images-idx3-ubyte.gz"), gzip(mutate(raw, r)));
            }
            new IdxFolderReader().read(folder, ReadProgress.NONE);
            return List.of();
        }
    }

    private static void saveSmallCheckpoint(Path dir) throws IOException {
        ModelSpec spec = ModelSpec.undercomplete(2).toBuilder().hiddenSizes(List.of(8)).build().validate();
        try (Autoencoder model = Autoencoder.create(spec, Device.cpu(), 3)) {
            float[] codes = new float[3 * 2];
            Checkpoints.save(dir, new Checkpoint(spec, "mnist-10k", 7, new TrainingMetrics(0.05, 0.06, 1, 10, 1.5, List.of(
                    new TrainingMetrics.EpochRecord(1, 10, 0.07, 0.06, 0.06))), 2, codes, new int[] {0, 1, 2}), model);
        }
    }

    /** Replaces {@code session.json} in the zip with a mutation of itself (the mutation's bytes seed it). */
    private static void rezipWithIndex(Path file, byte[] seedBytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            return; // the zip itself was mutated; read it as it is
        }
        byte[] index = entries.get("session.json");
        if (index == null) {
            return;
        }
        entries.put("session.json", mutate(index, new Random(Arrays.hashCode(seedBytes))));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(raw);
        }
        return out.toByteArray();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
