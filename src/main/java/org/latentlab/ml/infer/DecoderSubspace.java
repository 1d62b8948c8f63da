package org.latentlab.ml.infer;

/**
 * The subspace a linear decoder maps codes into: column j is decode(e_j) − decode(0). For a linear
 * autoencoder these span the plane (or k-flat) it reconstructs on, to compare with PCA's.
 */
public final class DecoderSubspace {
    private DecoderSubspace() {}

    /** k basis vectors of length d, one per code unit. */
    public static double[][] of(Autoencoder model) {
        int k = model.spec().codeSize();
        int d = model.spec().inputSize();
        float[] origin = model.decode(new float[k], 1);
        float[] units = new float[k * k];
        for (int j = 0; j < k; j++) {
            units[j * k + j] = 1;
        }
        float[] images = model.decode(units, k);
        double[][] basis = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < d; i++) {
                basis[j][i] = images[j * d + i] - origin[i];
            }
        }
        return basis;
    }
}
