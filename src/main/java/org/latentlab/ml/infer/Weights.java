package org.latentlab.ml.infer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;

/**
 * A copy of every parameter of a model, in the block's parameter order: what a view needs to decode
 * at a given moment of a run, to draw the first layer's filters, or to save. Read-only once made.
 *
 * <p>The values live outside the Java heap. A run hands the window a new set several times a second
 * and the replay keeps one per epoch; on the heap, every young collection that found a set alive
 * copied it (3–7 MB for the 2-D model, at about 3 ms a megabyte on this 2-core machine), and those
 * pauses stopped the window for 10–40 ms. A view that wants plain arrays asks for one parameter's
 * {@link #values(int)}.
 */
public final class Weights {
    private final List<String> names;
    private final long[][] shapes;
    /** Where each parameter starts in {@link #data}, in floats; one more entry for the end. */
    private final int[] offsets;
    private final FloatBuffer data;

    private Weights(List<String> names, long[][] shapes, int[] offsets, FloatBuffer data) {
        this.names = names;
        this.shapes = shapes;
        this.offsets = offsets;
        this.data = data;
    }

    /** Copies {@code values} (one array per parameter, shaped as {@code shapes}) out of the heap. */
    public static Weights of(List<String> names, long[][] shapes, float[][] values) {
        FloatBuffer[] sources = new FloatBuffer[values.length];
        for (int i = 0; i < values.length; i++) {
            sources[i] = FloatBuffer.wrap(values[i]);
        }
        return copyOf(names, shapes, sources);
    }

    /** Copies the parameters' values, read from each buffer's position to its limit, into one native block. */
    static Weights copyOf(List<String> names, long[][] shapes, FloatBuffer[] sources) {
        List<String> n = List.copyOf(names);
        if (n.size() != shapes.length || shapes.length != sources.length) {
            throw new IllegalArgumentException("one name and one shape per parameter");
        }
        int[] offsets = new int[sources.length + 1];
        long total = 0;
        for (int i = 0; i < sources.length; i++) {
            long expected = 1;
            for (long d : shapes[i]) {
                expected *= d;
            }
            if (sources[i].remaining() != expected) {
                throw new IllegalArgumentException(String.format("parameter %s has %d values, its shape needs %d", n.get(i),
                        sources[i].remaining(), expected));
            }
            total += expected;
            if (total > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException("weights too large to copy: more than " + Integer.MAX_VALUE / 4 + " values");
            }
            offsets[i + 1] = (int) total;
        }
        FloatBuffer data = ByteBuffer.allocateDirect((int) total * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (FloatBuffer source : sources) {
            data.put(source.duplicate());
        }
        return new Weights(n, shapes.clone(), offsets, data.asReadOnlyBuffer());
    }

    /** The parameters' names, in the block's order. */
    public List<String> names() {
        return names;
    }

    /** Each parameter's shape. */
    public long[][] shapes() {
        return shapes;
    }

    /** How many parameters there are. */
    public int count() {
        return names.size();
    }

    /** Parameter {@code i}'s values as a new plain array. */
    public float[] values(int i) {
        float[] v = new float[offsets[i + 1] - offsets[i]];
        data.get(offsets[i], v);
        return v;
    }

    /** Parameter {@code i}'s values as a read-only buffer over the native copy (no copy is made). */
    FloatBuffer buffer(int i) {
        return data.slice(offsets[i], offsets[i + 1] - offsets[i]);
    }

    /** Bytes the values take. */
    public long bytes() {
        return 4L * offsets[offsets.length - 1];
    }

    /** The first layer's weight matrix: the encoder's first parameter with at least two dimensions, or -1. */
    public int firstLayerIndex() {
        for (int i = 0; i < shapes.length; i++) {
            if (shapes[i].length >= 2) {
                return i;
            }
        }
        return -1;
    }
}
