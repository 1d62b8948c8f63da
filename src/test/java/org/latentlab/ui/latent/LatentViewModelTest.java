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
}
