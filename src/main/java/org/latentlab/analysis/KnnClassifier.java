package org.latentlab.analysis;

/**
 * k-nearest-neighbour accuracy of codes: each validation code takes the majority label of its k
 * nearest training codes (Euclidean). A high score means classes sit in separate regions of the
 * code space, whatever their shape.
 */
public final class KnnClassifier {
    private KnnClassifier() {}

    /**
     * Indices of the {@code k} rows of {@code codes} ({@code dim} values each) nearest to the query
     * at {@code query[offset..offset+dim)}, nearest first (fewer when there are fewer rows).
     */
    public static int[] nearest(float[] codes, int dim, float[] query, int offset, int k) {
        int n = codes.length / dim;
        int kept = Math.min(k, n);
        double[] bestDist = new double[kept];
        int[] best = new int[kept];
        java.util.Arrays.fill(bestDist, Double.MAX_VALUE);
        for (int j = 0; j < n; j++) {
            double d = 0;
            for (int c = 0; c < dim; c++) {
                double diff = query[offset + c] - codes[j * dim + c];
                d += diff * diff;
            }
            if (kept > 0 && d < bestDist[kept - 1]) {
                int p = kept - 1;
                while (p > 0 && bestDist[p - 1] > d) {
                    bestDist[p] = bestDist[p - 1];
                    best[p] = best[p - 1];
                    p--;
                }
                bestDist[p] = d;
                best[p] = j;
            }
        }
        return best;
    }

    /** Share of validation codes whose k nearest training codes vote for their own label. */
    public static double accuracy(float[] trainCodes, int[] trainLabels, float[] valCodes, int[] valLabels, int dim, int k) {
        int nTrain = trainLabels.length;
        int nVal = valLabels.length;
        if (k < 1 || k > nTrain) {
            throw new IllegalArgumentException("k must be between 1 and the number of training codes " + nTrain + ", got " + k + ".");
        }
        int classes = 0;
        for (int l : trainLabels) {
            classes = Math.max(classes, l + 1);
        }
        int correct = 0;
        int[] votes = new int[Math.max(1, classes)];
        for (int i = 0; i < nVal; i++) {
            int[] nearest = nearest(trainCodes, dim, valCodes, i * dim, k);
            java.util.Arrays.fill(votes, 0);
            int winner = trainLabels[nearest[0]];
            for (int j : nearest) {
                int label = trainLabels[j];
                votes[label]++;
                if (votes[label] > votes[winner]) {
                    winner = label;
                }
            }
            if (winner == valLabels[i]) {
                correct++;
            }
        }
        return (double) correct / nVal;
    }
}
