package org.latentlab.analysis.projection;

/**
 * What a UMAP run is asked: the number of neighbours of each point's local neighbourhood, the
 * minimum distance between points of the map, the number of epochs (0: the library's choice, 500
 * under 10,000 points, 200 above) and the seed.
 */
public record UmapSettings(int neighbours, double minDistance, int epochs, long seed) {
    /** 15 neighbours, minimum distance 0.1, the library's epochs, seed 1. */
    public static UmapSettings defaults() {
        return new UmapSettings(15, 0.1, 0, 1);
    }

    /** Checks each setting alone; the neighbours against the number of points are checked per run. */
    public UmapSettings {
        if (neighbours < 2) {
            throw new IllegalArgumentException("UMAP needs at least 2 neighbours, got " + neighbours + ".");
        }
        if (!(minDistance > 0 && minDistance <= 1)) {
            throw new IllegalArgumentException("The minimum distance must be above 0 and at most 1, got " + minDistance + ".");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("The number of epochs must be 0 (automatic) or more, got " + epochs + ".");
        }
    }

    public UmapSettings withNeighbours(int k) {
        return new UmapSettings(k, minDistance, epochs, seed);
    }

    public UmapSettings withMinDistance(double m) {
        return new UmapSettings(neighbours, m, epochs, seed);
    }

    public UmapSettings withEpochs(int e) {
        return new UmapSettings(neighbours, minDistance, e, seed);
    }

    public UmapSettings withSeed(long s) {
        return new UmapSettings(neighbours, minDistance, epochs, s);
    }
}
