package org.latentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees on stderr from a real process (so that what libtorch itself prints, outside
 * Java's streams, counts too): nothing when a command succeeds, one sentence when it fails.
 */
class StderrTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run main(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "org.latentlab.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void evaluatingAShippedModelPrintsNothingOnStderr() throws Exception {
        Run r = main("evaluate", "--model", "models/mnist-linear-2d");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("validation MSE");
        assertThat(r.err()).as("libtorch's deprecation warning, or anything else, on stderr").isEmpty();
    }

    @Test
    void aFigureOfAShippedModelPrintsOnlyWhatItWroteAndNothingOnStderr() throws Exception {
        Path out = dir.resolve("figures");

        Run r = main("figure", "--model", "models/mnist-vae-2d", "--view", "latent", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("wrote " + out.resolve("latent.png"));
        assertThat(r.err()).as("JavaFX's WARNING lines, or anything else, on stderr").isEmpty();
    }

    @Test
    void denoisingIntoAFolderThatCannotBeMadeSaysOneSentenceBeforeLoadingTheModel() throws Exception {
        Path file = dir.resolve("a-file");
        java.nio.file.Files.writeString(file, "kept");

        Run r = main("denoise", "--model", "models/mnist-denoising", "assets/samples", "--out", file.resolve("out").toString());

        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).doesNotContain("\n")
                .startsWith("The denoised pictures cannot be written to " + file.resolve("out").toAbsolutePath())
                .endsWith(".");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("kept");
    }
}
