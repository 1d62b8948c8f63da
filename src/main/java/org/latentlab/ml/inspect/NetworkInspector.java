package org.latentlab.ml.inspect;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.latentlab.ml.device.GradMode;
import org.latentlab.ml.infer.Autoencoder;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.loss.Objective;
import org.latentlab.ml.model.AutoencoderBlock;
import org.latentlab.ml.model.Autoencoders;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.TransposedConv2d;
import org.latentlab.ml.model.VariationalEncoder;

/**
 * A model taken apart into the layers the network view draws: the input, each layer with weights
 * (or a pooling / upsampling step) together with the activation and reshapes that follow it, the
 * code layer marked, and the reconstruction. It runs the model's own blocks one layer at a time, so
 * each layer's activations are what the model's forward pass computes there; and at a given moment
 * of a run it gives per layer the histograms of weights, activations and gradients. Every request
 * works in its own {@link NDManager}, closed before it returns; {@code float[]} in and out.
 *
 * <p>It holds its own CPU copy of the model and never draws from the engine's random generator
 * (a run takes its noise from that), so the VAE's code here is μ and the denoiser's input is clean.
 */
public final class NetworkInspector implements AutoCloseable {
    private static final Set<String> ACTIVATIONS = Set.of("relu", "sigmoid", "tanh", "elu");

    /** One layer: its blocks, run in order on the output of layer {@code from}. */
    private record Stage(LayerSummary summary, List<Block> blocks, int from) {}

    private final ModelSpec spec;
    private final Autoencoder model;
    private final List<Stage> stages = new ArrayList<>();
    private final Objective objective;

    /** The layers of a model of {@code spec} holding {@code weights}. */
    public NetworkInspector(ModelSpec spec, Weights weights) {
        this.spec = spec;
        this.model = Autoencoder.forWeights(spec, Device.cpu());
        try {
            model.restoreWeights(weights);
            this.objective = Autoencoders.objective(spec, model.block());
            build();
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    public ModelSpec spec() {
        return spec;
    }

    /** Puts in newer weights of the same model. */
    public void update(Weights weights) {
        model.restoreWeights(weights);
    }

    /** The layers from the input to the reconstruction. */
    public List<LayerSummary> layers() {
        return stages.stream().map(Stage::summary).toList();
    }

    /** Index of the code layer. */
    public int codeLayer() {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).summary().code()) {
                return i;
            }
        }
        return -1;
    }

    /** Each layer's activations for one input ({@code inputSize} values), in layer order; layer 0 is the input. */
    public float[][] activations(float[] input) {
        if (input.length != spec.inputSize()) {
            throw new IllegalArgumentException("expected " + spec.inputSize() + " values, got " + input.length);
        }
        GradMode.disableOnThisThread();
        try (NDManager m = model.model().getNDManager().newSubManager()) {
            NDArray[] out = forward(m, m.create(input, new Shape(1, spec.inputSize())));
            float[][] values = new float[out.length][];
            for (int i = 0; i < out.length; i++) {
                values[i] = out[i].toFloatArray();
            }
            return values;
        }
    }

    /**
     * At {@code step}: each layer's weights, its activations over the {@code n} probe inputs, and the
     * gradient of the model's objective on them with respect to the layer's weights, in {@code bins} bins.
     */
    public LayerHistograms histograms(long step, float[] probe, int n, int bins) {
        GradMode.disableOnThisThread();
        List<Histogram> weights = new ArrayList<>();
        List<Histogram> activations = new ArrayList<>();
        List<Histogram> gradients = new ArrayList<>();
        try (NDManager m = model.model().getNDManager().newSubManager()) {
            NDArray x = m.create(probe, new Shape(n, spec.inputSize()));
            for (NDArray a : forward(m, x)) {
                activations.add(Histogram.of(a.toFloatArray(), bins));
            }
            List<Parameter> all = model.block().getParameters().values();
            ParameterStore ps = new ParameterStore(m, false);
            NDList input = new NDList(x);
            ThreadGradients.backward(all, () -> objective.evaluate(input, model.block().forward(ps, input, false)));
            for (Stage s : stages) {
                List<float[]> w = new ArrayList<>();
                List<float[]> g = new ArrayList<>();
                for (Block b : s.blocks()) {
                    for (Parameter p : b.getParameters().values()) {
                        if (p.getType() == Parameter.Type.WEIGHT && all.contains(p)) {
                            w.add(p.getArray().toFloatArray());
                            NDArray grad = p.getArray().getGradient();
                            g.add(grad.toFloatArray());
                            grad.close();
                        }
                    }
                }
                weights.add(Histogram.of(concat(w), bins));
                gradients.add(Histogram.of(concat(g), bins));
            }
        }
        return new LayerHistograms(step, weights, activations, gradients);
    }

    /** Runs every stage on {@code x}; element {@code i} is layer {@code i}'s output (flat rows). */
    private NDArray[] forward(NDManager m, NDArray x) {
        ParameterStore ps = new ParameterStore(m, false);
        NDArray[] raw = new NDArray[stages.size()];
        NDArray[] out = new NDArray[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            NDList list = new NDList(s.from() < 0 ? x : raw[s.from()]);
            for (Block b : s.blocks()) {
                list = b.forward(ps, list, false);
            }
            raw[i] = list.head();
            out[i] = raw[i].reshape(x.getShape().get(0), -1);
        }
        return out;
    }

    private static float[] concat(List<float[]> parts) {
        int n = parts.stream().mapToInt(a -> a.length).sum();
        float[] all = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    // ---- Taking the model apart (once, on a zero input to learn each layer's shape)

    private void build() {
        AutoencoderBlock block = model.block();
        long[] image = {spec.channels(), spec.height(), spec.width()};
        stages.add(new Stage(new LayerSummary("input", image, 0, false), List.of(), -1));
        try (NDManager m = model.model().getNDManager().newSubManager()) {
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.zeros(new Shape(1, spec.inputSize()));
            int code;
            NDArray codeValue;
            if (block.encoder() instanceof VariationalEncoder vae) {
                List<Block> children = vae.getChildren().values();
                NDArray h = group("encoder", children.get(0).getChildren().values(), 0, x, ps);
                int hidden = stages.size() - 1;
                codeValue = group("μ", List.of(children.get(1)), hidden, h, ps);
                code = stages.size() - 1;
                group("log σ²", List.of(children.get(2)), hidden, h, ps);
            } else {
                codeValue = group("encoder", children(block.encoder()), 0, x, ps);
                code = stages.size() - 1;
            }
            Stage c = stages.get(code);
            LayerSummary s = c.summary();
            stages.set(code, new Stage(new LayerSummary(s.name() + " · code", s.shape(), s.parameters(), true), c.blocks(), c.from()));
            List<Block> decoder = new ArrayList<>(children(block.decoder()));
            decoder.add(new LambdaBlock(list -> new NDList(block.outputActivation(list.head())), block.sigmoidOutput() ? "sigmoid" : "linear"));
            group("decoder", decoder, code, codeValue, ps);
            Stage last = stages.get(stages.size() - 1);
            LayerSummary l = last.summary();
            stages.set(stages.size() - 1, new Stage(new LayerSummary("reconstruction · " + l.name().replace("decoder · ", ""), image,
                    l.parameters(), false), last.blocks(), last.from()));
        }
    }

    private static List<Block> children(Block b) {
        return b instanceof SequentialBlock ? b.getChildren().values() : List.of(b);
    }

    /**
     * Adds the stages {@code blocks} make, fed by layer {@code from} whose output is {@code x}: a block
     * with weights, a pooling or an upsampling starts a layer, an activation or a reshape joins the layer
     * before it (the first layer when none is before it). Returns the last stage's output.
     */
    private NDArray group(String part, List<Block> blocks, int from, NDArray x, ParameterStore ps) {
        List<List<Block>> groups = new ArrayList<>();
        List<long[]> shapes = new ArrayList<>();
        List<Block> pending = new ArrayList<>();
        NDArray value = x;
        for (Block b : blocks) {
            long[] before = value.getShape().getShape();
            value = b.forward(ps, new NDList(value), false).head();
            long[] after = value.getShape().getShape();
            if (!b.getParameters().isEmpty() || resizesMaps(before, after)) {
                List<Block> g = new ArrayList<>(pending);
                pending.clear();
                g.add(b);
                groups.add(g);
                shapes.add(after);
            } else if (groups.isEmpty()) {
                pending.add(b);
            } else {
                groups.get(groups.size() - 1).add(b);
                long[] shown = shapes.get(shapes.size() - 1);
                // A reshape to flat rows keeps the maps as the layer's picture.
                if (after.length == 4 || count(after) != count(shown)) {
                    shapes.set(shapes.size() - 1, after);
                }
            }
        }
        if (groups.isEmpty() && !pending.stream().allMatch(NetworkInspector::isIdentity)) {
            groups.add(new ArrayList<>(pending));
            shapes.add(value.getShape().getShape());
        }
        int feed = from;
        for (int i = 0; i < groups.size(); i++) {
            long[] shape = shapes.get(i);
            long[] perInput = java.util.Arrays.copyOfRange(shape, 1, shape.length);
            long params = groups.get(i).stream().mapToLong(NetworkInspector::parameterCount).sum();
            stages.add(new Stage(new LayerSummary(part + " · " + name(groups.get(i), perInput), perInput, params, false),
                    List.copyOf(groups.get(i)), feed));
            feed = stages.size() - 1;
        }
        return value;
    }

    private static boolean isIdentity(Block b) {
        return b instanceof LambdaBlock l && "identity".equals(l.getName());
    }

    private static boolean resizesMaps(long[] before, long[] after) {
        return before.length == 4 && after.length == 4 && (before[2] != after[2] || before[3] != after[3]);
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    private static long parameterCount(Block b) {
        return b.getParameters().values().stream().filter(p -> p.getArray() != null).mapToLong(p -> p.getArray().size()).sum();
    }

    /** "dense 64 relu", "conv 3×3 relu", "max pool", "upsample", … */
    private static String name(List<Block> blocks, long[] shape) {
        StringBuilder b = new StringBuilder();
        String activation = null;
        for (Block block : blocks) {
            String what = null;
            if (block instanceof Linear) {
                what = "dense " + shape[0];
            } else if (block instanceof Conv2d) {
                what = "conv 3×3";
            } else if (block instanceof TransposedConv2d) {
                what = "transposed conv";
            } else if (block instanceof LambdaBlock l) {
                String n = l.getName().toLowerCase(Locale.ROOT);
                if (ACTIVATIONS.contains(n)) {
                    activation = n;
                } else if (n.contains("pool")) {
                    what = "max pool";
                } else if (n.contains("upsample")) {
                    what = "upsample";
                } else if (n.equals("top_k")) {
                    activation = activation == null ? "top-k" : activation + ", top-k";
                }
            } else if (!block.getParameters().isEmpty()) {
                what = "dense";
            }
            if (what != null && b.isEmpty()) {
                b.append(what);
            }
        }
        if (b.isEmpty()) {
            b.append("layer");
        }
        return activation == null ? b.toString() : b + " " + activation;
    }

    @Override
    public void close() {
        model.close();
    }
}
