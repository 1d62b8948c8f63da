package org.latentlab.ml.infer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@link Weights} kept outside the Java heap until they are needed again: the replay keeps one set
 * per epoch (up to a hundred megabytes), and on the heap a set smaller than half a G1 region is
 * copied by every young collection until it reaches the old generation (larger sets are one
 * humongous array that is not copied, but the replay's sets would still fill the heap).
 * The copy itself (about 8 ms for a 3 MB model on this 2-core machine) is made on a background
 * thread, so parking the weights at the end of each epoch costs the UI thread nothing; until the copy
 * is made, the parked weights are the array they were given, which nobody changes.
 */
public final class ParkedWeights {
    private static final ExecutorService COPIER = Executors.newSingleThreadExecutor(
            r -> org.latentlab.ml.device.BackgroundPriority.newThread(r, "latentlab-park"));

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

    /** Parks {@code weights}: they move to native memory on a background thread. Returns at once. */
    public static ParkedWeights park(Weights weights) {
        ParkedWeights parked = new ParkedWeights(weights);
        COPIER.execute(parked::copyOffHeap);
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
