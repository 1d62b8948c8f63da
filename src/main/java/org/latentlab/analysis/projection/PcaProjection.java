package org.latentlab.analysis.projection;

import org.latentlab.analysis.Pca;

/**
 * The plane of two chosen principal components of the codes (numbered from 0), with each
 * component's share of the codes' variance; a point of the plane is a code (the mean plus the two
 * components), so the plane can be decoded as a lattice.
 */
public final class PcaProjection implements Projection {
    private final int first;
    private final int second;
    private volatile Pca fit;

    public PcaProjection(int first, int second) {
        if (first < 0 || second < 0 || first == second) {
            throw new IllegalArgumentException("Choose two different principal components, got "
                    + (first + 1) + " and " + (second + 1) + ".");
        }
        this.first = first;
        this.second = second;
    }

    @Override
    public float[][] layout(Codes codes, ProjectionRun run) {
        codes.requirePlane("A PCA plane");
        int d = codes.d();
        if (first >= d || second >= d) {
            throw new IllegalArgumentException("Codes of " + d + " dimensions have components 1 to " + d + ", not "
                    + (Math.max(first, second) + 1) + ".");
        }
        if (codes.n() < 2) {
            throw new IllegalArgumentException("A PCA plane needs at least 2 codes, got " + codes.n() + ".");
        }
        Pca pca = Pca.fit(codes.values(), codes.n(), d, Pca.Options.defaults().withRoute(Pca.Route.FULL));
        double[] all = pca.codes(codes.values(), codes.n(), d);
        float[][] out = new float[codes.n()][2];
        for (int i = 0; i < codes.n(); i++) {
            out[i][0] = (float) all[i * d + first];
            out[i][1] = (float) all[i * d + second];
        }
        fit = pca;
        return out;
    }

    /** Share of the codes' variance along each component, largest first (after a layout). */
    public double[] shares() {
        Pca pca = fitted();
        return pca.explainedVarianceRatio(pca.fittedComponents());
    }

    /** The shares of the two chosen components added up: the variance the plane shows. */
    public double planeShare() {
        double[] s = shares();
        return s[first] + s[second];
    }

    /** The code at point {@code (x, y)} of the plane: the mean plus x and y times the two components. */
    public float[] codeAt(double x, double y) {
        Pca pca = fitted();
        double[] mean = pca.mean();
        double[] a = pca.component(first);
        double[] b = pca.component(second);
        float[] code = new float[mean.length];
        for (int j = 0; j < code.length; j++) {
            code[j] = (float) (mean[j] + x * a[j] + y * b[j]);
        }
        return code;
    }

    public int first() {
        return first;
    }

    public int second() {
        return second;
    }

    @Override
    public String describe() {
        return "PC" + (first + 1) + " × PC" + (second + 1);
    }

    private Pca fitted() {
        Pca pca = fit;
        if (pca == null) {
            throw new IllegalStateException("Lay the codes out on the PCA plane before asking for its variance.");
        }
        return pca;
    }
}
