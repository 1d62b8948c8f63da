package org.latentlab.ml.infer;

import ai.djl.Device;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.latentlab.concurrent.Background;
import org.latentlab.ml.model.ModelSpec;

/**
 * The inference lane behind the explorer's views: one CPU copy of the model, kept in step with
 * a run through {@link #setWeights}, answering encode / decode / reconstruct requests. Requests on
 * the same channel (one per view: the pointer, a slider, the grid) coalesce: the newest replaces an
 * older one that has not started, so dragging never builds a queue.
 */
public final class DecoderService implements AutoCloseable {
    private final Executor thread;
    private volatile boolean closed;
    private final Map<String, CompletableFuture<float[]>> waiting = new ConcurrentHashMap<>();
    private volatile ModelSpec pendingSpec;
    private volatile Weights pendingWeights;
    private volatile long version;
    private ModelSpec spec;
    private Autoencoder model;
    private Weights applied;

    /** Runs its requests one at a time on a lane of {@code background}. */
    public DecoderService(Background background) {
        this.thread = background.lane("decoder");
    }

    /** Uses {@code weights} of a model of {@code spec} for every request from now on. */
    public void setWeights(ModelSpec spec, Weights weights) {
        pendingSpec = spec;
        pendingWeights = weights;
        version++;
    }

    /** True once a model has been given. */
    public boolean hasModel() {
        return pendingSpec != null;
    }

    /** The spec of the model requests use, or null. */
    public ModelSpec spec() {
        return pendingSpec;
    }

    /** Changes every time new weights arrive, so views know their decoded images are stale. */
    public long version() {
        return version;
    }

    /** Decodes {@code n} codes; on {@code channel} a newer request replaces this one if it has not started. */
    public CompletableFuture<float[]> decode(String channel, float[] codes, int n) {
        return submit(channel, m -> m.decode(codes, n));
    }

    /** Decodes {@code n} codes with the given weights of the current spec (a replayed moment of the run), not the newest. */
    public CompletableFuture<float[]> decode(String channel, Weights weights, float[] codes, int n) {
        return submit(channel, weights, m -> m.decode(codes, n));
    }

    /** Encodes {@code n} inputs (the mean code for a VAE). */
    public CompletableFuture<float[]> encode(String channel, float[] inputs, int n) {
        return submit(channel, m -> m.encode(inputs, n));
    }

    /** The encoder's σ for each code value of {@code n} inputs; completes with null for an encoder without one. */
    public CompletableFuture<float[]> codeSpreads(String channel, float[] inputs, int n) {
        return submit(channel, m -> m.codeSpreads(inputs, n));
    }

    /** Reconstructs {@code n} inputs. */
    public CompletableFuture<float[]> reconstruct(String channel, float[] inputs, int n) {
        return submit(channel, m -> m.reconstruct(inputs, n));
    }

    private CompletableFuture<float[]> submit(String channel, Function<Autoencoder, float[]> work) {
        return submit(channel, null, work);
    }

    /** Runs {@code work} with {@code weights} (null: the newest given) on the inference thread. */
    private CompletableFuture<float[]> submit(String channel, Weights weights, Function<Autoencoder, float[]> work) {
        CompletableFuture<float[]> request = new CompletableFuture<>();
        CompletableFuture<float[]> older = waiting.put(channel, request);
        if (older != null) {
            older.completeExceptionally(new CancellationException("replaced by a newer request"));
        }
        if (closed) {
            request.completeExceptionally(new CancellationException("the decoder is closed"));
            return request;
        }
        execute(() -> {
            if (!waiting.remove(channel, request)) {
                return; // replaced before it started
            }
            try {
                request.complete(work.apply(current(weights)));
            } catch (RuntimeException | Error e) {
                request.completeExceptionally(e);
            }
        });
        return request;
    }

    /**
     * The model with {@code override} (or the newest weights), restored only when they differ from
     * those it holds; rebuilt only when the spec changes. Runs on the inference thread.
     */
    private Autoencoder current(Weights override) {
        ModelSpec wanted = pendingSpec;
        Weights weights = override != null ? override : pendingWeights;
        if (wanted == null) {
            throw new IllegalStateException("No model yet: train one or open one first.");
        }
        if (model == null || !wanted.equals(spec)) {
            if (model != null) {
                model.close();
            }
            model = Autoencoder.forWeights(wanted, Device.cpu());
            spec = wanted;
            applied = null;
        }
        if (weights != applied) {
            model.restoreWeights(weights);
            applied = weights;
        }
        return model;
    }


    /** Runs {@code task} on the lane; when the application is closing, the request is dropped. */
    private void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            waiting.values().forEach(f -> f.completeExceptionally(new CancellationException("the decoder is closed")));
            waiting.clear();
        }
    }

    /** Frees the model once the requests before it have run; later requests are cancelled. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        execute(() -> {
            if (model != null) {
                model.close();
                model = null;
            }
        });
    }
}
