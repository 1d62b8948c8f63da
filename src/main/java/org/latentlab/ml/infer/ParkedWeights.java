package org.latentlab.ml.infer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;

/**
 * {@link Weights} kept outside the Java heap until they are needed again: the replay keeps one set
 * per epoch (up to a hundred megabytes), and on the heap each new set was copied by every young
 * collection until it reached the old generation, pausing the window for 40–50 ms at a time.
 */
public final class ParkedWeights {
    private final List<String> names;
    private final long[][] shapes;
    private final int[] lengths;
    private final FloatBuffer values;

    private ParkedWeights(List<String> names, long[][] shapes, int[] lengths, FloatBuffer values) {
        this.names = names;
        this.shapes = shapes;
        this.lengths = lengths;
        this.values = values;
    }

    /** A copy of {@code weights} in native memory. */
    public static ParkedWeights park(Weights weights) {
        float[][] v = weights.values();
        int[] lengths = new int[v.length];
        long total = 0;
        for (int i = 0; i < v.length; i++) {
            lengths[i] = v[i].length;
            total += v[i].length;
        }
        if (total > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("weights too large to park: " + total + " values");
        }
        FloatBuffer buffer = ByteBuffer.allocateDirect((int) total * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (float[] a : v) {
            buffer.put(a);
        }
        return new ParkedWeights(weights.names(), weights.shapes(), lengths, buffer);
    }

    /** The weights as plain arrays again (a new copy each call). */
    public Weights unpark() {
        float[][] v = new float[lengths.length][];
        int offset = 0;
        for (int i = 0; i < lengths.length; i++) {
            v[i] = new float[lengths[i]];
            values.get(offset, v[i]);
            offset += lengths[i];
        }
        return new Weights(names, shapes, v);
    }

    /** Bytes held in native memory. */
    public long bytes() {
        return 4L * values.capacity();
    }
}
