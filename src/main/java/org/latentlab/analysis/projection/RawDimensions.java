package org.latentlab.analysis.projection;

/** Two chosen code dimensions as the axes (numbered from 0). */
public record RawDimensions(int x, int y) implements Projection {
    @Override
    public float[][] layout(Codes codes, ProjectionRun run) {
        codes.requirePlane("A plane of two dimensions");
        int d = codes.d();
        if (x < 0 || y < 0 || x >= d || y >= d || x == y) {
            throw new IllegalArgumentException("Choose two different dimensions between 1 and " + d + ", got "
                    + (x + 1) + " and " + (y + 1) + ".");
        }
        float[][] out = new float[codes.n()][2];
        float[] v = codes.values();
        for (int i = 0; i < codes.n(); i++) {
            out[i][0] = v[i * d + x];
            out[i][1] = v[i * d + y];
        }
        return out;
    }

    @Override
    public String describe() {
        return "z" + (x + 1) + " × z" + (y + 1);
    }
}
