package org.latentlab.analysis.projection;

import org.latentlab.analysis.KnnClassifier;

/**
 * How well a 2-D layout keeps the classes apart: leave-one-out k-nearest-neighbour accuracy, each
 * point voted on by its k nearest other points of the map (as {@link KnnClassifier} votes).
 */
public final class LayoutQuality {
    private LayoutQuality() {}

    /** Share of points whose k nearest other points of the layout vote for their own label. */
    public static double knnAccuracy(float[][] layout, int[] labels, int k) {
        int n = layout.length;
        if (labels.length != n) {
            throw new IllegalArgumentException("Expected one label per point (" + n + "), got " + labels.length + ".");
        }
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("k must be between 1 and the number of other points " + (n - 1) + ", got " + k + ".");
        }
        float[] flat = new float[n * 2];
        int classes = 1;
        for (int i = 0; i < n; i++) {
            flat[2 * i] = layout[i][0];
            flat[2 * i + 1] = layout[i][1];
            classes = Math.max(classes, labels[i] + 1);
        }
        int[] votes = new int[classes];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int[] nearest = KnnClassifier.nearest(flat, 2, flat, 2 * i, k + 1);
            java.util.Arrays.fill(votes, 0);
            int winner = -1;
            int counted = 0;
            for (int j : nearest) {
                if (j == i || counted == k) {
                    continue;
                }
                counted++;
                int label = labels[j];
                if (label < 0) {
                    continue;
                }
                votes[label]++;
                if (winner < 0 || votes[label] > votes[winner]) {
                    winner = label;
                }
            }
            if (winner == labels[i]) {
                correct++;
            }
        }
        return (double) correct / n;
    }
}
