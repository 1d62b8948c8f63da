package org.latentlab.ml.infer;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.ParameterStore;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.latentlab.ml.device.EngineSetup;
import org.latentlab.ml.device.GradMode;
import org.latentlab.ml.model.AutoencoderBlock;
import org.latentlab.ml.model.Autoencoders;
import org.latentlab.ml.model.ModelSpec;

/**
 * A trained (or loaded) autoencoder for inference: {@code float[]} in, {@code float[]} out. Every
 * call works in its own {@link NDManager} that is closed before it returns, so callers never hold
 * native memory. Inputs are flat, row after row ({@code n × inputSize}); codes are {@code n × latentSize}.
 */
public final class Autoencoder implements AutoCloseable {
    private static final int CHUNK = 1024;
    private static final Object SEED_LOCK = new Object();

    private final ModelSpec spec;
    private final Model model;
    private final AutoencoderBlock block;
    private final ParameterStore parameters;

    private Autoencoder(ModelSpec spec, Model model, AutoencoderBlock block) {
        this.spec = spec;
        this.model = model;
        this.block = block;
        this.parameters = new ParameterStore(model.getNDManager(), false);
    }

    /**
     * A new model whose weights are initialised from {@code seed}: the same seed gives the same
     * weights. The engine's random seed is global, so initialisation is serialised.
     */
    public static Autoencoder create(ModelSpec spec, Device device, long seed) {
        synchronized (SEED_LOCK) {
            Engine.getInstance().setRandomSeed((int) seed);
            return initialised(spec, device, new XavierInitializer());
        }
    }

    /**
     * A model whose weights the caller is about to overwrite (from a file or a running model's copy).
     * Its layers start at zero, so building it neither reseeds nor draws from the engine's random
     * generator, which is global and which a training run takes its noise from.
     */
    public static Autoencoder forWeights(ModelSpec spec, Device device) {
        return initialised(spec, device, Initializer.ZEROS);
    }

    /** A new model of {@code spec} with its weight matrices from {@code weights} and zero biases. */
    private static Autoencoder initialised(ModelSpec spec, Device device, Initializer weights) {
        EngineSetup.configure();
        AutoencoderBlock block = Autoencoders.build(spec);
        Model model = Model.newInstance("autoencoder", device);
        model.setBlock(block);
        block.setInitializer(weights, Parameter.Type.WEIGHT);
        block.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, spec.inputSize()));
        return new Autoencoder(spec, model, block);
    }

    /** A model of {@code spec} holding a copy of {@code weights} (as {@link #weights()} gives them). */
    public static Autoencoder of(ModelSpec spec, Device device, Weights weights) {
        Autoencoder ae = forWeights(spec, device);
        try {
            ae.restoreWeights(weights);
        } catch (RuntimeException e) {
            ae.close();
            throw e;
        }
        return ae;
    }

    /** A model with the weights read from {@code in} (written by {@link #saveParameters}). */
    public static Autoencoder load(ModelSpec spec, Device device, InputStream in) throws IOException {
        Autoencoder ae = forWeights(spec, device);
        try {
            ae.block.loadParameters(ae.model.getNDManager(), new DataInputStream(in));
        } catch (MalformedModelException | RuntimeException e) {
            ae.close();
            throw new IOException("the weights do not fit this model's layers (" + e.getMessage() + ")", e);
        }
        return ae;
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The DJL model; for the training loop, which shares these weights. */
    public Model model() {
        return model;
    }

    /** The block; for the training loop and checkpoints. */
    public AutoencoderBlock block() {
        return block;
    }

    public Device device() {
        return model.getNDManager().getDevice();
    }

    /** Number of trainable values. */
    public long parameterCount() {
        return Autoencoders.parameterCount(block);
    }

    /** Latent codes of {@code n} inputs. */
    public float[] encode(float[] inputs, int n) {
        return chunked(inputs, n, spec.inputSize(), spec.codeSize(), x -> block.encoder().forward(parameters, new NDList(x), false).head());
    }

    /** Images decoded from {@code n} latent codes. */
    public float[] decode(float[] codes, int n) {
        return chunked(codes, n, spec.codeSize(), spec.inputSize(),
                z -> block.outputActivation(block.decoder().forward(parameters, new NDList(z), false).head()));
    }

    /**
     * Codes as the encoder gives them while training: for a VAE, samples {@code z = μ + σ·ε} from
     * each image's Gaussian (the same as {@link #encode} for the other variants).
     */
    public float[] sampleCodes(float[] inputs, int n) {
        return chunked(inputs, n, spec.inputSize(), spec.codeSize(), x -> block.encoder().forward(parameters, new NDList(x), true).head());
    }

    /**
     * The encoder's σ for each code value of {@code n} inputs, laid out like {@link #encode}'s codes;
     * null when the encoder gives no spread (every variant but the VAE).
     */
    public float[] codeSpreads(float[] inputs, int n) {
        if (!block.hasCodeSpread()) {
            return null;
        }
        return chunked(inputs, n, spec.inputSize(), spec.codeSize(),
                x -> block.codeSpread(block.encoder().forward(parameters, new NDList(x), false)));
    }

    /** Reconstructions of {@code n} inputs (decode ∘ encode). */
    public float[] reconstruct(float[] inputs, int n) {
        return chunked(inputs, n, spec.inputSize(), spec.inputSize(), x -> block.forward(parameters, new NDList(x), false).head());
    }

    /** Runs {@code f} over {@code n} rows in chunks, each in its own manager closed before the next. */
    private float[] chunked(float[] in, int n, int inWidth, int outWidth, java.util.function.UnaryOperator<NDArray> f) {
        if (in.length != (long) n * inWidth) {
            throw new IllegalArgumentException("expected " + n + "×" + inWidth + " values, got " + in.length);
        }
        GradMode.disableOnThisThread();
        if (n > 0 && n <= CHUNK) {
            // One chunk (a lattice, a slider's code): no copies of the input or the output on the Java heap.
            try (NDManager m = model.getNDManager().newSubManager()) {
                return f.apply(m.create(in, new Shape(n, inWidth))).toFloatArray();
            }
        }
        float[] out = new float[n * outWidth];
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            try (NDManager m = model.getNDManager().newSubManager()) {
                float[] chunk = new float[rows * inWidth];
                System.arraycopy(in, start * inWidth, chunk, 0, chunk.length);
                float[] values = f.apply(m.create(chunk, new Shape(rows, inWidth))).toFloatArray();
                System.arraycopy(values, 0, out, start * outWidth, values.length);
            }
        }
        return out;
    }

    /** Mean squared error per value between {@code n} inputs and their reconstructions. */
    public double reconstructionError(float[] inputs, int n) {
        return org.latentlab.analysis.ImageQuality.mse(inputs, reconstruct(inputs, n));
    }

    /** Writes the weights in DJL's parameter format. */
    public void saveParameters(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        block.saveParameters(data);
        data.flush();
    }

    /** Every parameter with its name and shape, copied into one plain array. */
    public Weights weights() {
        var params = block.getParameters();
        java.util.List<String> names = new java.util.ArrayList<>(params.size());
        long[][] shapes = new long[params.size()][];
        long total = 0;
        for (int i = 0; i < params.size(); i++) {
            names.add(params.keys().get(i));
            shapes[i] = params.valueAt(i).getArray().getShape().getShape();
            total += params.valueAt(i).getArray().size();
        }
        float[] values = new float[Math.toIntExact(total)];
        int offset = 0;
        for (int i = 0; i < params.size(); i++) {
            NDArray a = params.valueAt(i).getArray();
            // A GPU parameter is read through a CPU copy, closed here rather than left in the model's manager.
            NDArray host = a.getDevice().equals(Device.cpu()) ? a : a.toDevice(Device.cpu(), true);
            try {
                int n = Math.toIntExact(host.size());
                host.toByteBuffer(true).asFloatBuffer().get(values, offset, n);
                offset += n;
            } finally {
                if (host != a) {
                    host.close();
                }
            }
        }
        return new Weights(names, shapes, values);
    }

    /**
     * Puts back the values of {@link #weights()} taken from a model of the same spec. Each parameter
     * takes a fresh tensor that owns a copy of the values (the first tensor only wraps a direct
     * buffer the GC may free), its gradient flag kept: libtorch's in-place copy behind
     * {@code NDArray.set(Buffer)} prints a deprecation warning on stderr before any sentence.
     */
    public void restoreWeights(Weights weights) {
        var params = block.getParameters().values();
        for (int i = 0; i < params.size(); i++) {
            NDArray target = params.get(i).getArray();
            boolean trainable = target.hasGradient();
            NDArray owned;
            try (NDArray view = target.getManager().create(weights.parameter(i), target.getShape())) {
                owned = view.duplicate();
            }
            target.intern(owned);
            if (trainable) {
                target.setRequiresGradient(true);
            }
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
