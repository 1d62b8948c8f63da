package org.latentlab.ml.inspect;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.latentlab.concurrent.Background;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ml.model.ModelSpec;

/**
 * The network view's lane: one {@link NetworkInspector} kept in step with the model on show,
 * answering "each layer's activations for this input" and "the histograms at this step". As on the
 * decoder's lane, a newer request on a channel replaces an older one that has not started.
 */
public final class NetworkService implements AutoCloseable {
    private final Executor lane;
    private final Map<String, CompletableFuture<?>> waiting = new ConcurrentHashMap<>();
    private volatile ModelSpec pendingSpec;
    private volatile Weights pendingWeights;
    private volatile boolean closed;
    private NetworkInspector inspector;
    private Weights applied;

    public NetworkService(Background background) {
        this.lane = background.lane("network");
    }

    /** Uses {@code weights} of a model of {@code spec} from the next request on; null forgets the model. */
    public void setWeights(ModelSpec spec, Weights weights) {
        pendingSpec = spec;
        pendingWeights = weights;
    }

    /** The model's layers and {@code input}'s activations in each. */
    public CompletableFuture<Inspection> inspect(String channel, float[] input) {
        return submit(channel, i -> new Inspection(i.layers(), i.codeLayer(), i.activations(input)));
    }

    /** Per layer, the weights, the activations over the {@code n} probe inputs and the objective's gradients. */
    public CompletableFuture<LayerHistograms> histograms(String channel, long step, float[] probe, int n, int bins) {
        return submit(channel, i -> i.histograms(step, probe, n, bins));
    }

    private <T> CompletableFuture<T> submit(String channel, Function<NetworkInspector, T> work) {
        CompletableFuture<T> request = new CompletableFuture<>();
        CompletableFuture<?> older = waiting.put(channel, request);
        if (older != null) {
            older.completeExceptionally(new CancellationException("replaced by a newer request"));
        }
        if (closed) {
            request.completeExceptionally(new CancellationException("the network view is closed"));
            return request;
        }
        try {
            lane.execute(() -> {
                if (!waiting.remove(channel, request)) {
                    return;
                }
                try {
                    request.complete(work.apply(current()));
                } catch (RuntimeException | Error e) {
                    request.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            request.completeExceptionally(new CancellationException("the network view is closed"));
        }
        return request;
    }

    /** The inspector for the newest spec and weights; rebuilt only when the spec changes. Runs on the lane. */
    private NetworkInspector current() {
        ModelSpec spec = pendingSpec;
        Weights weights = pendingWeights;
        if (spec == null || weights == null) {
            throw new IllegalStateException("No model yet: train one or open one first.");
        }
        if (inspector == null || !inspector.spec().equals(spec)) {
            if (inspector != null) {
                inspector.close();
            }
            inspector = null;
            inspector = new NetworkInspector(spec, weights);
            applied = weights;
        }
        if (weights != applied) {
            inspector.update(weights);
            applied = weights;
        }
        return inspector;
    }

    /** Frees the inspector's model once the requests before it have run. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lane.execute(() -> {
                if (inspector != null) {
                    inspector.close();
                    inspector = null;
                }
            });
        } catch (RejectedExecutionException e) {
            // The lanes are already shut; nothing ran on this one since.
        }
    }
}
