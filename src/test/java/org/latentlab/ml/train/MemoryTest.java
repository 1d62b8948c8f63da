package org.latentlab.ml.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.device.ResidentMemory;
import org.latentlab.ml.model.ModelSpec;
import org.junit.jupiter.api.Test;

/**
 * A leak in the training loop (an array left in a manager that lives longer than its step) grows
 * resident memory without bound; a correct loop levels off after the allocator warms up.
 */
class MemoryTest {
    @Test
    void residentMemoryLevelsOffBetweenStep5000And10000() {
        assumeTrue(ResidentMemory.available(), "resident memory is read from /proc (Linux)");
        Dataset.Split split = DatasetCatalog.load("mnist-10k").split(DatasetCatalog.VALIDATION_FRACTION, 7);
        double[] rss = new double[2];
        AtomicReference<TrainingService> service = new AtomicReference<>();
        service.set(new TrainingService(new TrainingPlan(split, ModelSpec.undercomplete(2), 200, 7, "cpu", 0), e -> {
            if (e instanceof TrainingEvent.Step s) {
                if (s.step() == 5000) {
                    System.gc();
                    rss[0] = ResidentMemory.megabytes();
                } else if (s.step() == 10_000) {
                    System.gc();
                    rss[1] = ResidentMemory.megabytes();
                    service.get().stop();
                }
            }
        }));
        service.get().run().model().close();
        System.out.printf("resident memory: %.0f MiB at step 5000, %.0f MiB at step 10000%n", rss[0], rss[1]);
        assertThat(rss[1]).isLessThan(rss[0] * 1.05);
    }
}
