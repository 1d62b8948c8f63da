package org.latentlab.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Doubling an image's size with two matrix products by constant 0/1 matrices, {@code U_h·x·U_wᵀ}:
 * DJL's PyTorch engine has no upsampling op, and this route is several times faster than
 * expand/reshape (DESIGN.md). The same trick with zeros in between gives the zero-insertion that
 * turns a transposed convolution into an ordinary one.
 */
public final class Upsampling2d {
    private Upsampling2d() {}

    /** Nearest-neighbour 2× upsampling of {@code (N, C, H, W)}: every value becomes a 2×2 block. */
    public static NDArray nearest(NDArray x) {
        return spread(x, true);
    }

    /**
     * Zero insertion of {@code (N, C, H, W)} into {@code (N, C, 2H, 2W)}: value (i, j) goes to
     * (2i, 2j) and every other position is 0.
     */
    public static NDArray zeroInsert(NDArray x) {
        return spread(x, false);
    }

    /** {@code M_h · x · M_wᵀ} with M of shape (2n × n): ones at (2i, i), and at (2i+1, i) when repeating. */
    private static NDArray spread(NDArray x, boolean repeat) {
        Shape s = x.getShape();
        NDManager m = x.getManager();
        return matrix(m, (int) s.get(2), repeat).matMul(x).matMul(matrix(m, (int) s.get(3), repeat).transpose());
    }

    private static NDArray matrix(NDManager m, int n, boolean repeat) {
        float[] u = new float[2 * n * n];
        for (int i = 0; i < n; i++) {
            u[(2 * i) * n + i] = 1;
            if (repeat) {
                u[(2 * i + 1) * n + i] = 1;
            }
        }
        return m.create(u, new Shape(2L * n, n));
    }
}
