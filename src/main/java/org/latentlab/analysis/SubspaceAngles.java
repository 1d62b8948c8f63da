package org.latentlab.analysis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Principal angles between two subspaces of R^d, each spanned by the columns of a d×k matrix:
 * orthonormalise both (QR), then the singular values of Q_aᵀ·Q_b are the cosines of the angles.
 * 0° everywhere means the same subspace; how a linear autoencoder is shown to find PCA's.
 */
public final class SubspaceAngles {
    private SubspaceAngles() {}

    /** The principal angles in degrees, smallest first; {@code a} and {@code b} are d×k, column-major per basis vector row. */
    public static double[] degrees(double[][] basisA, double[][] basisB) {
        RealMatrix qa = orthonormal(basisA);
        RealMatrix qb = orthonormal(basisB);
        double[] cosines = new SingularValueDecomposition(qa.transpose().multiply(qb)).getSingularValues();
        double[] angles = new double[cosines.length];
        for (int i = 0; i < cosines.length; i++) {
            angles[i] = Math.toDegrees(Math.acos(Math.min(1, Math.max(-1, cosines[i]))));
        }
        java.util.Arrays.sort(angles);
        return angles;
    }

    /** Basis vectors given as rows (k × d) become the columns of an orthonormal d × k matrix. */
    private static RealMatrix orthonormal(double[][] vectors) {
        RealMatrix m = new Array2DRowRealMatrix(vectors).transpose();
        RealMatrix q = new QRDecomposition(m).getQ();
        return q.getSubMatrix(0, m.getRowDimension() - 1, 0, m.getColumnDimension() - 1);
    }
}
