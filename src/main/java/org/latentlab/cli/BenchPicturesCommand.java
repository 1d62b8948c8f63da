package org.latentlab.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.data.Preparation;
import org.latentlab.data.ReadProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench pictures}: seconds and peak heap to open a folder of photographs as pictures (by
 * default 10,000 JPEGs of 500×375 in five class folders, made for the run, at 32×32 colour), as the
 * window and {@code train --as pictures} read them.
 */
@Command(name = "pictures", mixinStandardHelpOptions = true,
        description = "Seconds and peak heap to read a folder of JPEG photographs as pictures (made for the run, or --folder).")
final class BenchPicturesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", defaultValue = "10000", description = "Photographs to make (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--width", defaultValue = "500", description = "Their width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "375", description = "Their height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--size", defaultValue = "32", description = "The square size they are read at (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--grey", description = "Read them grey instead of in colour.")
    boolean grey;

    @Option(names = "--folder", description = "Read this folder of pictures instead of making one.")
    Path folder;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (count < 1 || count > 1_000_000 || width < 1 || height < 1 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException("--count must be between 1 and 1000000 and the sides between 1 and 20000 pixels.");
        }
        Preparation preparation = Preparation.pictures(size, !grey);
        Path made = null;
        Path read = folder;
        double makeSeconds = 0;
        long bytes = 0;
        try {
            if (read == null) {
                made = Files.createTempDirectory("latentlab-bench-pictures");
                long t0 = System.nanoTime();
                make(made);
                makeSeconds = (System.nanoTime() - t0) / 1e9;
                read = made;
            }
            try (var files = Files.walk(read)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            Dataset data = DatasetCatalog.load(read.toString(), preparation, ReadProgress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            JsonObject o = new JsonObject();
            o.addProperty("pictures_read", data.size());
            o.addProperty("shape", data.channels() + "x" + data.height() + "x" + data.width());
            o.addProperty("folder_megabytes", Math.round(bytes / 1e5) / 10.0);
            o.addProperty("made_pictures", made != null ? count : 0);
            o.addProperty("make_seconds", Math.round(makeSeconds * 100) / 100.0);
            o.addProperty("read_seconds", Math.round(seconds * 100) / 100.0);
            o.addProperty("pictures_per_second", Math.round(data.size() / seconds));
            o.addProperty("heap_before_megabytes", Math.round(before / 1e6));
            o.addProperty("peak_heap_megabytes", Math.round(peak / 1e6));
            o.addProperty("max_heap_megabytes", Math.round(Runtime.getRuntime().maxMemory() / 1e6));
            o.addProperty("cores", Runtime.getRuntime().availableProcessors());
            if (output.requested()) {
                stdout.println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
            } else {
                stdout.printf(java.util.Locale.ROOT, "read %d pictures (%.1f MB) as %s in %.2f s (%d a second), peak heap %d MB (%d MB before, -Xmx %d MB)%n",
                        data.size(), bytes / 1e6, o.get("shape").getAsString(), seconds, Math.round(data.size() / seconds), Math.round(peak / 1e6),
                        Math.round(before / 1e6), Math.round(Runtime.getRuntime().maxMemory() / 1e6));
            }
            stdout.flush();
            return 0;
        } finally {
            if (made != null) {
                try (var files = Files.walk(made)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** {@code count} photograph-like JPEGs (a lit gradient, blurred shapes, grain) in five class folders. */
    private void make(Path root) throws IOException {
        for (int c = 0; c < 5; c++) {
            Files.createDirectories(root.resolve("class-" + c));
        }
        IntStream.range(0, count).parallel().forEach(i -> {
            SplittableRandom r = new SplittableRandom(i);
            int c = i % 5;
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color base = Color.getHSBColor(c / 5f + (float) r.nextDouble(-0.05, 0.05), 0.5f, 0.7f);
            g.setPaint(new GradientPaint(0, 0, base, width, height, base.darker().darker()));
            g.fillRect(0, 0, width, height);
            for (int s = 0; s < 12; s++) {
                g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 160));
                int w = r.nextInt(width / 8, width / 2);
                int h = r.nextInt(height / 8, height / 2);
                g.fillOval(r.nextInt(width) - w / 2, r.nextInt(height) - h / 2, w, h);
            }
            g.dispose();
            for (int y = 0; y < height; y += 2) {
                for (int x = 0; x < width; x += 2) {
                    int rgb = img.getRGB(x, y);
                    int n = r.nextInt(-12, 13);
                    int red = Math.max(0, Math.min(255, ((rgb >> 16) & 0xff) + n));
                    int green = Math.max(0, Math.min(255, ((rgb >> 8) & 0xff) + n));
                    int blue = Math.max(0, Math.min(255, (rgb & 0xff) + n));
                    img.setRGB(x, y, (red << 16) | (green << 8) | blue);
                }
            }
            try {
                ImageIO.write(img, "jpg", root.resolve("class-" + c).resolve(String.format("photo-%05d.jpg", i)).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
