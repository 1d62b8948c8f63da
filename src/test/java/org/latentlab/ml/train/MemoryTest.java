package org.latentlab.ml.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.latentlab.ml.device.ResidentMemory;
import org.junit.jupiter.api.Test;

/**
 * A leak in the training loop (an array left in a manager that lives longer than its step) grows
 * resident memory without bound; a correct loop levels off after the allocator warms up. The test
 * runs {@code bench training} in its own JVM with a fixed, pre-touched heap, so the figures are
 * those of the loop and libtorch, not of garbage left by other tests in this JVM.
 */
class MemoryTest {
    @Test
    void residentMemoryLevelsOffBetweenStep5000And10000() throws Exception {
        assumeTrue(ResidentMemory.available(), "resident memory is read from /proc (Linux)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xms768m", "-Xmx768m", "-XX:+AlwaysPreTouch",
                "-cp", System.getProperty("java.class.path"), "org.latentlab.app.Main",
                "bench", "training", "--steps", "10000", "--json"));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        JsonObject o = JsonParser.parseString(out.strip()).getAsJsonObject();
        double at5000 = o.get("rss_mb_at_5000").getAsDouble();
        double at10000 = o.get("rss_mb_at_10000").getAsDouble();
        System.out.printf("resident memory: %.0f MiB at step 5000, %.0f MiB at step 10000, step %.2f ms%n",
                at5000, at10000, o.get("train_step_ms").getAsDouble());
        assertThat(at10000).isLessThan(at5000 * 1.05);
    }
}
