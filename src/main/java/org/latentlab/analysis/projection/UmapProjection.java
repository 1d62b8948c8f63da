package org.latentlab.analysis.projection;

import tagbio.umap.Umap;

/**
 * UMAP of the codes by Tag.bio's {@link Umap}, on one thread so that the same seed gives the same
 * map. The library starts from a random layout and runs to its end: a run reports one layout, a
 * warm start is not used, and cancelling takes effect before it starts.
 */
public final class UmapProjection implements Projection {
    private final UmapSettings settings;

    public UmapProjection(UmapSettings settings) {
        this.settings = settings;
    }

    public UmapSettings settings() {
        return settings;
    }

    @Override
    public float[][] layout(Codes codes, ProjectionRun run) {
        codes.requirePlane("UMAP");
        int n = codes.n();
        if (settings.neighbours() > n - 1) {
            throw new IllegalArgumentException("UMAP cannot take " + settings.neighbours() + " neighbours of each of " + n
                    + " codes: each has only " + (n - 1) + " others.");
        }
        if (!run.proceed()) {
            return run.warmStart() != null ? run.warmStart() : new float[n][2];
        }
        Umap umap = new Umap();
        umap.setNumberComponents(2);
        umap.setNumberNearestNeighbours(settings.neighbours());
        umap.setMinDist((float) settings.minDistance());
        if (settings.epochs() > 0) {
            umap.setNumberEpochs(settings.epochs());
        }
        umap.setSeed(settings.seed());
        umap.setThreads(1);
        umap.setVerbose(false);
        float[][] layout = umap.fitTransform(codes.floatRows());
        for (float[] p : layout) {
            if (!Float.isFinite(p[0]) || !Float.isFinite(p[1])) {
                throw new DivergedException("UMAP's layout left the finite numbers: try more neighbours or another seed.",
                        run.warmStart() != null ? run.warmStart() : new float[n][2]);
            }
        }
        run.report(layout.length, copy(layout));
        return layout;
    }

    private static float[][] copy(float[][] layout) {
        float[][] out = new float[layout.length][];
        for (int i = 0; i < layout.length; i++) {
            out[i] = layout[i].clone();
        }
        return out;
    }

    @Override
    public String describe() {
        return "UMAP (" + settings.neighbours() + " neighbours)";
    }
}
