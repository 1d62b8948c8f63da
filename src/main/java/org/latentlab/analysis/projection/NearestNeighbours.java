package org.latentlab.analysis.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * The k nearest rows to a chosen row, by brute force over flat rows of {@code d} values (codes
 * or pixels), with their distances, and the share of them that carry the chosen row's label.
 */
public final class NearestNeighbours {
    /** The most neighbours one query returns. */
    public static final int MAX_K = 50;

    /** How distance between two rows is measured. */
    public enum Metric {
        /** Straight-line distance. */
        EUCLIDEAN,
        /** One minus the cosine of the angle between the rows (0 for rows pointing the same way). */
        COSINE
    }

    /** A neighbour: its row and its distance to the query. */
    public record Neighbour(int index, double distance) {}

    private NearestNeighbours() {}

    /** The {@code k} rows nearest to row {@code query} (itself excluded), nearest first. */
    public static List<Neighbour> of(float[] rows, int n, int d, int query, int k, Metric metric) {
        if (d < 1 || rows.length != (long) n * d) {
            throw new IllegalArgumentException("Expected " + n + "×" + d + " values, got " + rows.length + ".");
        }
        if (query < 0 || query >= n) {
            throw new IllegalArgumentException("Point " + query + " is not among the " + n + " points.");
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("Ask for between 1 and " + MAX_K + " neighbours, got " + k + ".");
        }
        if (k > n - 1) {
            throw new IllegalArgumentException("There are only " + (n - 1) + " other points, so " + k
                    + " neighbours cannot be found.");
        }
        double[] bestDist = new double[k];
        int[] best = new int[k];
        java.util.Arrays.fill(bestDist, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(best, -1);
        int q = query * d;
        double queryNorm = metric == Metric.COSINE ? Math.sqrt(dot(rows, q, rows, q, d)) : 0;
        for (int j = 0; j < n; j++) {
            if (j == query) {
                continue;
            }
            double dist = metric == Metric.EUCLIDEAN ? squared(rows, q, j * d, d) : cosine(rows, q, j * d, d, queryNorm);
            if (dist < bestDist[k - 1] || best[k - 1] < 0) {
                int p = k - 1;
                while (p > 0 && (best[p - 1] < 0 || bestDist[p - 1] > dist)) {
                    bestDist[p] = bestDist[p - 1];
                    best[p] = best[p - 1];
                    p--;
                }
                bestDist[p] = dist;
                best[p] = j;
            }
        }
        List<Neighbour> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(new Neighbour(best[i], metric == Metric.EUCLIDEAN ? Math.sqrt(bestDist[i]) : bestDist[i]));
        }
        return out;
    }

    /** The k nearest codes to code {@code query}. */
    public static List<Neighbour> of(Codes codes, int query, int k, Metric metric) {
        return of(codes.values(), codes.n(), codes.d(), query, k, metric);
    }

    /** Share of the neighbours whose label is {@code label} (0 for none). */
    public static double sameLabelShare(List<Neighbour> neighbours, int[] labels, int label) {
        if (neighbours.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (Neighbour nb : neighbours) {
            if (labels[nb.index()] == label) {
                same++;
            }
        }
        return (double) same / neighbours.size();
    }

    private static double squared(float[] v, int a, int b, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            double diff = (double) v[a + c] - v[b + c];
            s += diff * diff;
        }
        return s;
    }

    private static double dot(float[] u, int a, float[] v, int b, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            s += (double) u[a + c] * v[b + c];
        }
        return s;
    }

    private static double cosine(float[] v, int a, int b, int d, double normA) {
        double dot = 0;
        double normB = 0;
        for (int c = 0; c < d; c++) {
            double y = v[b + c];
            dot += v[a + c] * y;
            normB += y * y;
        }
        double denominator = normA * Math.sqrt(normB);
        return denominator == 0 ? 1 : 1 - dot / denominator;
    }
}
