package org.latentlab.ml.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.Device;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.model.Knobs;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;

class NetworkInspectorTest {
    private static float[] inputs(int n, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n * size];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextDouble();
        }
        return x;
    }

    /** The layers' activations for one input end in the model's own code and reconstruction of it. */
    private static void assertMatchesForwardPass(ModelSpec spec) {
        float[] x = inputs(1, spec.inputSize(), 3);
        try (Autoencoder model = Autoencoder.create(spec, Device.cpu(), 5);
             NetworkInspector inspector = new NetworkInspector(spec, model.weights())) {
            float[][] a = inspector.activations(x);
            List<LayerSummary> layers = inspector.layers();
            assertThat(a.length).isEqualTo(layers.size());
            for (int i = 0; i < a.length; i++) {
                assertThat(a[i]).as("layer %s holds as many values as its shape", layers.get(i).name()).hasSize(layers.get(i).size());
            }
            assertThat(a[0]).containsExactly(x, offset(0f));
            assertThat(a[inspector.codeLayer()]).as("the code layer").containsExactly(model.encode(x, 1), offset(1e-5f));
            assertThat(a[a.length - 1]).as("the last layer").containsExactly(model.reconstruct(x, 1), offset(1e-5f));
            long params = layers.stream().mapToLong(LayerSummary::parameters).sum();
            assertThat(params).as("parameters over the layers").isEqualTo(model.parameterCount());
            assertThat(layers.stream().filter(LayerSummary::code)).hasSize(1);
        }
    }

    @Test
    void aDenseModelsLayerActivationsEqualItsForwardPass() {
        assertMatchesForwardPass(ModelSpec.defaults(Variant.UNDERCOMPLETE).withHiddenSizes(List.of(32, 16)).withLatentSize(3)
                .withInputShape(1, 28, 28));
    }

    @Test
    void aConvolutionalModelsFeatureMapsEqualItsForwardPassAndAreMaps() {
        ModelSpec spec = ModelSpec.defaults(Variant.CONVOLUTIONAL).with(Knobs.FILTERS, 4).withInputShape(1, 28, 28);
        assertMatchesForwardPass(spec);
        try (Autoencoder model = Autoencoder.create(spec, Device.cpu(), 5);
             NetworkInspector inspector = new NetworkInspector(spec, model.weights())) {
            assertThat(inspector.layers().stream().filter(LayerSummary::maps).map(LayerSummary::shapeText))
                    .contains("4×28×28", "4×14×14", "4×7×7");
        }
    }

    @Test
    void aVaesCodeLayerIsItsMeanAndItsReconstructionIsDecodedFromIt() {
        assertMatchesForwardPass(ModelSpec.defaults(Variant.VAE).withHiddenSizes(List.of(24)).withLatentSize(2).withInputShape(1, 28, 28));
    }

    @Test
    void histogramsCountEveryWeightActivationAndGradientAndGradientsAreNotZero() {
        ModelSpec spec = ModelSpec.defaults(Variant.UNDERCOMPLETE).withHiddenSizes(List.of(16)).withLatentSize(2).withInputShape(1, 28, 28);
        int n = 20;
        try (Autoencoder model = Autoencoder.create(spec, Device.cpu(), 5);
             NetworkInspector inspector = new NetworkInspector(spec, model.weights())) {
            LayerHistograms h = inspector.histograms(7, inputs(n, spec.inputSize(), 9), n, 30);
            List<LayerSummary> layers = inspector.layers();
            assertThat(h.step()).isEqualTo(7);
            for (int i = 0; i < layers.size(); i++) {
                assertThat(h.activations().get(i).total()).isEqualTo(n * layers.get(i).size());
            }
            // Layer 1 is the first dense layer: 784 × 16 weights.
            assertThat(h.weights().get(1).total()).isEqualTo(784 * 16);
            assertThat(h.gradients().get(1).total()).isEqualTo(784 * 16);
            assertThat(h.gradients().get(1).max() - h.gradients().get(1).min()).as("the gradients' spread").isPositive();
            LayerHistograms again = inspector.histograms(8, inputs(n, spec.inputSize(), 9), n, 30);
            assertThat(again.gradients().get(1).counts()).as("gradients do not pile up from one request to the next")
                    .containsExactly(h.gradients().get(1).counts());
        }
    }
}
