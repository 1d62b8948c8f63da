package org.latentlab.analysis;

/**
 * k-nearest-neighbour accuracy of codes: each validation code takes the majority label of its k
 * nearest training codes (Euclidean). A high score means classes sit in separate regions of the
 * code space, whatever their shape.
 */
public final class KnnClassifier {
    private KnnClassifier() {}

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
        double[] bestDist = new double[k];
        int[] bestLabel = new int[k];
        int[] votes = new int[Math.max(1, classes)];
        for (int i = 0; i < nVal; i++) {
            java.util.Arrays.fill(bestDist, Double.MAX_VALUE);
            int vOff = i * dim;
            for (int j = 0; j < nTrain; j++) {
                int tOff = j * dim;
                double d = 0;
                for (int c = 0; c < dim; c++) {
                    double diff = valCodes[vOff + c] - trainCodes[tOff + c];
                    d += diff * diff;
                }
                if (d < bestDist[k - 1]) {
                    int p = k - 1;
                    while (p > 0 && bestDist[p - 1] > d) {
                        bestDist[p] = bestDist[p - 1];
                        bestLabel[p] = bestLabel[p - 1];
                        p--;
                    }
                    bestDist[p] = d;
                    bestLabel[p] = trainLabels[j];
                }
            }
            java.util.Arrays.fill(votes, 0);
            int winner = bestLabel[0];
            for (int p = 0; p < k; p++) {
                votes[bestLabel[p]]++;
                if (votes[bestLabel[p]] > votes[winner]) {
                    winner = bestLabel[p];
                }
            }
            if (winner == valLabels[i]) {
                correct++;
            }
        }
        return (double) correct / nVal;
    }
}
