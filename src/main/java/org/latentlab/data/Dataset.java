package org.latentlab.data;

import java.util.List;
import java.util.Objects;

/**
 * A labelled image data set held in memory: {@code count} samples of {@code channels×height×width}
 * values in [0,1] (or a table's rows of standardised features, 1×1×features), stored row-major in one float array so it can become one tensor without copying
 * sample by sample.
 */
public final class Dataset {
    private final String name;
    private final float[] values;
    private final int[] labels;
    private final List<String> classNames;
    private final int channels;
    private final int height;
    private final int width;
    private final Standardisation standardisation;

    public Dataset(String name, float[] values, int[] labels, List<String> classNames, int channels, int height, int width) {
        this(name, values, labels, classNames, channels, height, width, null);
    }

    /**
     * A data set whose values are a table's features standardised by {@code standardisation} (null
     * for pictures, whose values are in [0,1]).
     */
    public Dataset(String name, float[] values, int[] labels, List<String> classNames, int channels, int height, int width,
                   Standardisation standardisation) {
        this.name = Objects.requireNonNull(name);
        this.values = Objects.requireNonNull(values);
        this.labels = Objects.requireNonNull(labels);
        this.classNames = List.copyOf(classNames);
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.standardisation = standardisation;
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new DataException(name + " has an empty sample shape " + channels + "×" + height + "×" + width + ".");
        }
        if ((long) labels.length * sampleSize() != values.length) {
            throw new DataException(String.format(
                    "%s holds %d values, which is not %d samples of %d values.", name, values.length, labels.length, sampleSize()));
        }
        for (int label : labels) {
            if (label < 0 || label >= classNames.size()) {
                throw new DataException(name + " has a label " + label + " outside its " + classNames.size() + " classes.");
            }
        }
    }

    /** Builds a data set from IDX images and labels (bytes 0–255 become values k/255). */
    public static Dataset fromIdx(String name, IdxReader.Images images, byte[] labels, List<String> classNames) {
        if (images.count() != labels.length) {
            throw new DataException(String.format(
                    "%s: the image file holds %d images but the label file holds %d labels.", name, images.count(), labels.length));
        }
        byte[] px = images.pixels();
        float[] values = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            values[i] = (px[i] & 0xff) / 255f;
        }
        int[] ls = new int[labels.length];
        int maxLabel = 0;
        for (int i = 0; i < ls.length; i++) {
            ls[i] = labels[i] & 0xff;
            maxLabel = Math.max(maxLabel, ls[i]);
        }
        List<String> names = classNames;
        if (names == null || names.size() <= maxLabel) {
            names = java.util.stream.IntStream.rangeClosed(0, maxLabel).mapToObj(Integer::toString).toList();
        }
        return new Dataset(name, values, ls, names, images.channels(), images.rows(), images.cols());
    }

    public String name() {
        return name;
    }

    /** Number of samples. */
    public int size() {
        return labels.length;
    }

    /** Values per sample (channels × height × width). */
    public int sampleSize() {
        return channels * height * width;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** True for a table of features (standardised), false for pictures. */
    public boolean isTable() {
        return standardisation != null;
    }

    /** The table's z-score, or null for pictures. */
    public Standardisation standardisation() {
        return standardisation;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** All values, row-major, sample after sample; callers must not modify it. */
    public float[] values() {
        return values;
    }

    /** Class index of every sample; callers must not modify it. */
    public int[] labels() {
        return labels;
    }

    /** A copy of one sample's values. */
    public float[] sample(int index) {
        float[] out = new float[sampleSize()];
        System.arraycopy(values, index * sampleSize(), out, 0, out.length);
        return out;
    }

    /** The samples at the given indices, in that order, as a new data set. */
    public Dataset subset(String subsetName, int[] indices) {
        int d = sampleSize();
        float[] v = new float[indices.length * d];
        int[] l = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(values, indices[i] * d, v, i * d, d);
            l[i] = labels[indices[i]];
        }
        return new Dataset(subsetName, v, l, classNames, channels, height, width, standardisation);
    }

    /**
     * Splits into training and validation sets with a seeded shuffle: the same seed always gives
     * the same split, so the autoencoder and PCA are compared on the same samples.
     */
    public Split split(double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0,1), got " + validationFraction);
        }
        int n = size();
        int nVal = (int) Math.round(n * validationFraction);
        if (nVal < 1 || n - nVal < 1) {
            throw new DataException(name + " has only " + n + " samples: too few to split into training and validation sets.");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] val = java.util.Arrays.copyOfRange(order, 0, nVal);
        int[] train = java.util.Arrays.copyOfRange(order, nVal, n);
        return new Split(subset(name + " (train)", train), subset(name + " (validation)", val));
    }

    /** A training set and a validation set drawn from one data set. */
    public record Split(Dataset train, Dataset validation) {}
}
