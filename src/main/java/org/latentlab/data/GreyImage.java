package org.latentlab.data;

/** A grey image as values in [0,1], row after row: 0 is black. */
public record GreyImage(float[] values, int width, int height) {
    public GreyImage {
        if (width < 1 || height < 1 || values.length != (long) width * height) {
            throw new IllegalArgumentException("values must be width × height");
        }
    }

    public float at(int x, int y) {
        return values[y * width + x];
    }

    /** The centre of mass of the values, {x, y}, with pixel i covering [i, i+1): the centre of an n-pixel side is n/2. */
    public double[] centreOfMass() {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = values[y * width + x];
                sum += v;
                sx += v * (x + 0.5);
                sy += v * (y + 0.5);
            }
        }
        return sum == 0 ? new double[] {width / 2.0, height / 2.0} : new double[] {sx / sum, sy / sum};
    }
}
