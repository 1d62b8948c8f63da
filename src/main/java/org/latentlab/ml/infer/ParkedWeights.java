package org.latentlab.ml.infer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * {@link Weights} kept outside the Java heap until they are needed again: the replay keeps one set per
 * epoch, which on the heap would be copied by young collections or fill it. The copy is made on a
 * background executor; until then the parked weights are the array they were given, which nobody changes.
 */
public final class ParkedWeights {
    private final List<String> names;
    private final long[][] shapes;
    private final int total;
    /** The array, until {@link #values} holds its copy. */
    private float[] heap;
    private FloatBuffer values;

    private ParkedWeights(Weights weights) {
        this.names = weights.names();
        this.shapes = weights.shapes();
        this.heap = weights.values();
        if (heap.length > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("weights too large to park: " + heap.length + " values");
        }
        this.total = heap.length;
    }

    /** Parks {@code weights}: they move to native memory on {@code copier}. Returns at once. */
    public static ParkedWeights park(Weights weights, Executor copier) {
        ParkedWeights parked = new ParkedWeights(weights);
        try {
            copier.execute(parked::copyOffHeap);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the weights stay on the heap
        }
        return parked;
    }

    private void copyOffHeap() {
        float[] array;
        synchronized (this) {
            array = heap;
        }
        if (array == null) {
            return;
        }
        FloatBuffer buffer = ByteBuffer.allocateDirect(total * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        buffer.put(array);
        synchronized (this) {
            values = buffer;
            heap = null;
        }
    }

    /** True once the weights live outside the Java heap. */
    public synchronized boolean offHeap() {
        return values != null;
    }

    /** The weights as a plain array again (a new copy each call). */
    public synchronized Weights unpark() {
        float[] v;
        if (values != null) {
            v = new float[total];
            values.get(0, v);
        } else {
            v = heap.clone();
        }
        return new Weights(names, shapes, v);
    }

    /** Bytes the weights take once parked. */
    public long bytes() {
        return 4L * total;
    }
}
