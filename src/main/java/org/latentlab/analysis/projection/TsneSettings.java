package org.latentlab.analysis.projection;

/**
 * What a t-SNE run is asked: the perplexity (effective number of neighbours), the learning rate,
 * the number of iterations, the seed of the starting layout, the supervise weight (0: labels
 * ignored, 1: points of other labels pushed far apart) and how many iterations pass between
 * reported layouts (the same seed and interval give the same map).
 */
public record TsneSettings(double perplexity, double learningRate, int iterations, long seed, double supervise,
                           int reportEvery) {
    /** Perplexity 30, learning rate 200, 1,000 iterations, seed 1, unsupervised, a layout every 25. */
    public static TsneSettings defaults() {
        return new TsneSettings(30, 200, 1000, 1, 0, 25);
    }

    /** Checks each setting alone; the perplexity against the number of points is checked per run. */
    public TsneSettings {
        if (!(perplexity > 0)) {
            throw new IllegalArgumentException("Perplexity must be a positive number, got " + perplexity + ".");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("The learning rate must be a positive number, got " + learningRate + ".");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("t-SNE needs at least 1 iteration, got " + iterations + ".");
        }
        if (!(supervise >= 0 && supervise <= 1)) {
            throw new IllegalArgumentException("The supervise weight must be between 0 and 1, got " + supervise + ".");
        }
        if (reportEvery < 1) {
            throw new IllegalArgumentException("Layouts are reported every 1 or more iterations, got " + reportEvery + ".");
        }
    }

    public TsneSettings withPerplexity(double p) {
        return new TsneSettings(p, learningRate, iterations, seed, supervise, reportEvery);
    }

    public TsneSettings withLearningRate(double r) {
        return new TsneSettings(perplexity, r, iterations, seed, supervise, reportEvery);
    }

    public TsneSettings withIterations(int i) {
        return new TsneSettings(perplexity, learningRate, i, seed, supervise, reportEvery);
    }

    public TsneSettings withSeed(long s) {
        return new TsneSettings(perplexity, learningRate, iterations, s, supervise, reportEvery);
    }

    public TsneSettings withSupervise(double w) {
        return new TsneSettings(perplexity, learningRate, iterations, seed, w, reportEvery);
    }

    public TsneSettings withReportEvery(int every) {
        return new TsneSettings(perplexity, learningRate, iterations, seed, supervise, every);
    }
}
