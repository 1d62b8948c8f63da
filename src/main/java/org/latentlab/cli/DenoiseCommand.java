package org.latentlab.cli;

import ai.djl.Device;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.latentlab.data.DataException;
import org.latentlab.data.ImageImport;
import org.latentlab.data.Noise;
import org.latentlab.data.PicturePreparation;
import org.latentlab.data.Preparation;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Denoising;
import org.latentlab.persistence.AtomicFiles;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.persistence.ImageExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code denoise}: prepares each picture as the model's data was prepared (as MNIST was made, or as
 * a picture of its size and colour), adds noise, runs the model, and writes
 * the noisy and denoised images. One unreadable file gets its sentence and never stops the others.
 */
@Command(name = "denoise", mixinStandardHelpOptions = true,
        description = "Prepare pictures, add noise, denoise them with a model, and write the noisy and denoised PNGs.")
final class DenoiseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "A checkpoint folder (from train --out).")
    Path model;

    @Option(names = "--noise", defaultValue = "gaussian:0.5", description = "gaussian:SIGMA, masking:Q, saltpepper:Q or none (default: ${DEFAULT-VALUE}).")
    String noise;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Folder for NAME-noisy.png and NAME-denoised.png.")
    Path out;

    @Mixin
    JsonOption output;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "Pictures, or folders of pictures.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Noise corruption = Noise.parse(noise);
        if (!Checkpoints.isCheckpoint(model)) {
            throw new IllegalArgumentException(model + " is not a checkpoint folder (it needs spec.json and weights.params).");
        }
        AtomicFiles.prepareFolder(out, "The denoised pictures");
        List<Path> files = expand(inputs);
        List<String> stems = stems(files);
        JsonArray records = new JsonArray();
        int failed = 0;
        List<Path> unwritten = new ArrayList<>();
        Checkpoints.Loaded loaded = Checkpoints.load(model, Device.cpu());
        Preparation preparation = loaded.checkpoint().preparation();
        try (Autoencoder ae = loaded.model()) {
            int size = ae.spec().height();
            int channels = ae.spec().channels();
            boolean asPictures = preparation.mode() == Preparation.Mode.PICTURES;
            if (ae.spec().width() != size || !(channels == 1 || asPictures && channels == preparation.channels() && size == preparation.size())) {
                throw new IllegalArgumentException("denoise needs a model of square pictures; this one takes "
                        + ae.spec().channels() + "×" + ae.spec().height() + "×" + ae.spec().width() + ".");
            }
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                JsonObject r = new JsonObject();
                r.addProperty("file", file.toString());
                try {
                    float[] input = asPictures ? PicturePreparation.prepare(file, preparation) : ImageImport.prepare(file, size).input().values();
                    Denoising.Result d = Denoising.run(ae, input, corruption, seed + i);
                    String stem = stems.get(i);
                    Path noisyFile = out.resolve(stem + "-noisy.png");
                    Path denoisedFile = out.resolve(stem + "-denoised.png");
                    for (Path target : List.of(noisyFile, denoisedFile)) {
                        try {
                            ImageExport.writePng(target == noisyFile ? d.noisy() : d.denoised(), channels, size, size, target);
                        } catch (IOException e) {
                            unwritten.add(target);
                            throw new IOException(Sentences.after(target + " cannot be written", e), e);
                        }
                    }
                    r.addProperty("psnr_before", round(d.psnrBefore()));
                    r.addProperty("psnr_after", round(d.psnrAfter()));
                    r.addProperty("noisy", noisyFile.toString());
                    r.addProperty("denoised", denoisedFile.toString());
                    if (!output.requested()) {
                        stdout.printf("%s: PSNR %.2f dB noisy, %.2f dB denoised%n", file, d.psnrBefore(), d.psnrAfter());
                    }
                } catch (DataException | IOException e) {
                    failed++;
                    r.addProperty("error", Sentences.of(e));
                    if (!output.requested()) {
                        stderr.println(Sentences.of(e));
                    }
                }
                records.add(r);
            }
        }
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.addProperty("model", model.toString());
            o.addProperty("noise", corruption.toString());
            o.add("images", records);
            Json.print(stdout, o);
        }
        if (!unwritten.isEmpty()) {
            stderr.println(unwritten.size() == 1 ? "1 output was not written: " + unwritten.get(0) + "."
                    : unwritten.size() + " outputs were not written: " + String.join(", ", unwritten.stream().map(Path::toString).toList()) + ".");
            return 1;
        }
        return failed == files.size() ? 1 : 0;
    }

    /**
     * The name each input's outputs start with: its name without the extension, or, where two
     * inputs share that, with its folder's name in front, then its extension after, then a number.
     */
    static List<String> stems(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            names.add(stem(f));
        }
        names = widen(files, names, (f, n) -> folderName(f) + "_" + n);
        names = widen(files, names, (f, n) -> n + "_" + extension(f));
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            int count = seen.merge(n, 1, Integer::sum);
            out.add(count == 1 ? n : n + "_" + count);
        }
        return out;
    }

    /** The names, with {@code how} applied to each that is not unique. */
    private static List<String> widen(List<Path> files, List<String> names, BiFunction<Path, String, String> how) {
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(counts.get(names.get(i)) > 1 ? how.apply(files.get(i), names.get(i)) : names.get(i));
        }
        return out;
    }

    private static String folderName(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "root" : parent.getFileName().toString();
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }


    /** The files named, with each folder replaced by the pictures in it (sorted by name). */
    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static double round(double v) {
        return Double.isInfinite(v) ? 999 : Math.round(v * 100) / 100.0;
    }
}
