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
        Shape s = x.getShape();
        int h = (int) s.get(2);
        int w = (int) s.get(3);
        NDManager m = x.getManager();
        NDArray uh = repeatMatrix(m, h);
        NDArray uwT = repeatMatrix(m, w).transpose();
        return uh.matMul(x).matMul(uwT);
    }

    /**
     * Zero insertion of {@code (N, C, H, W)} into {@code (N, C, 2H, 2W)}: value (i, j) goes to
     * (2i, 2j) and every other position is 0.
     */
    public static NDArray zeroInsert(NDArray x) {
        Shape s = x.getShape();
        int h = (int) s.get(2);
        int w = (int) s.get(3);
        NDManager m = x.getManager();
        NDArray zh = strideMatrix(m, h);
        NDArray zwT = strideMatrix(m, w).transpose();
        return zh.matMul(x).matMul(zwT);
    }

    /** (2n × n) with ones at (2i, i) and (2i+1, i). */
    private static NDArray repeatMatrix(NDManager m, int n) {
        float[] u = new float[2 * n * n];
        for (int i = 0; i < n; i++) {
            u[(2 * i) * n + i] = 1;
            u[(2 * i + 1) * n + i] = 1;
        }
        return m.create(u, new Shape(2L * n, n));
    }

    /** (2n × n) with ones at (2i, i). */
    private static NDArray strideMatrix(NDManager m, int n) {
        float[] u = new float[2 * n * n];
        for (int i = 0; i < n; i++) {
            u[(2 * i) * n + i] = 1;
        }
        return m.create(u, new Shape(2L * n, n));
    }
}
