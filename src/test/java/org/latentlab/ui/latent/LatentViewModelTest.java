package org.latentlab.ui.latent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.concurrent.Background;

/** The axes the latent views draw codes on. */
class LatentViewModelTest {
    private static LatentSnapshot twoDimensional() {
        return new LatentSnapshot(new float[] {0, 1, 2, 3, 4, 5}, 2, new int[] {0, 1, 0}, List.of("a", "b"), "codes");
    }

    @Test
    void codesThatArePrincipalComponentsAreDrawnOnPc1AndPc2() {
        LatentViewModel pca = new LatentViewModel(Background.synchronous());
        pca.nameDimensions("PC");
        pca.accept(twoDimensional(), null, false);
        assertThat(pca.planeProperty().get().xLabel()).isEqualTo("PC1");
        assertThat(pca.planeProperty().get().yLabel()).isEqualTo("PC2");

        LatentViewModel latent = new LatentViewModel(Background.synchronous());
        latent.accept(twoDimensional(), null, false);
        assertThat(latent.planeProperty().get().xLabel()).isEqualTo("z1");
    }

    /** A background whose lanes keep their tasks without running them, to count what was asked of them. */
    private static final class HeldLanes implements Background {
        final java.util.Map<String, List<Runnable>> tasks = new java.util.HashMap<>();

        @Override
        public java.util.concurrent.Executor lane(String name) {
            List<Runnable> held = tasks.computeIfAbsent(name, n -> new java.util.ArrayList<>());
            return held::add;
        }

        @Override
        public Thread newThread(String name, Runnable work) {
            return new Thread(work, name);
        }

        @Override
        public boolean open() {
            return true;
        }

        @Override
        public void close() {}
    }

    @Test
    void aRunsStreamOfWideCodesAsksForOnePrincipalPlaneFitAtATime() {
        HeldLanes lanes = new HeldLanes();
        LatentViewModel latent = new LatentViewModel(lanes);
        int n = 50;
        int k = 64;
        for (int snapshot = 0; snapshot < 30; snapshot++) {
            float[] codes = new float[n * k];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = (float) Math.sin(i * 0.37 + snapshot);
            }
            int[] labels = new int[n];
            latent.accept(new LatentSnapshot(codes, k, labels, List.of("a"), "step " + snapshot), null, false);
        }
        // Thirty snapshots while the first fit has not ended: that one fit, not thirty queued behind it.
        assertThat(lanes.tasks.get("code-pca")).hasSize(1);
    }
}
