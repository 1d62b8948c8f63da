package org.latentlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Known patterns in a run, each as one sentence a student can act on: over-fitting (validation
 * loss rising while training loss falls), not learning (loss flat from the first epoch, or codes
 * collapsed to a point), posterior collapse (VAE code dimensions that carry no information), and
 * dead units in a sparse code. Plain arrays in, sentences out.
 */
public final class RunHints {
    /** A VAE dimension whose mean code varies less than this across images is inactive (Burda et al.'s "active units"). */
    public static final double ACTIVE_UNIT_VARIANCE = 0.01;
    /** A code unit whose activation never exceeds this on any validation image is dead. */
    public static final double DEAD_UNIT_ACTIVATION = 0.01;

    private RunHints() {}

    /** Epochs over which the validation loss must rise, while the training loss falls, to call it over-fitting. */
    public static final int OVERFITTING_WINDOW = 3;
    /** How far (relative) the validation loss must have risen above its best to call it over-fitting rather than noise. */
    public static final double OVERFITTING_RISE = 0.01;
    /** Epochs after which a run whose training loss is not below its first epoch's is not learning. */
    public static final int NOT_LEARNING_EPOCHS = 3;
    /** How much (relative) lower than its first epoch's the training loss must be by then to count as learning. */
    public static final double LEARNING_DROP = 0.02;
    /** Codes whose every dimension varies less than this across the images have collapsed to a point. */
    public static final double COLLAPSED_CODE_VARIANCE = 1e-8;

    private static final String NOT_LEARNING_ADVICE = " The learning rate is probably too high (steps overshoot) or far too low: "
            + "set it back to the variant's default (or about tenfold lower) and press Train again.";

    /**
     * Over-fitting: over the last {@code window} epochs the validation loss rose every epoch, ending
     * more than {@link #OVERFITTING_RISE} above its best, while the training loss fell over the same epochs.
     */
    public static Optional<String> overfitting(List<Double> trainLoss, List<Double> validationLoss, int window) {
        int n = Math.min(trainLoss.size(), validationLoss.size());
        if (n < window + 1) {
            return Optional.empty();
        }
        for (int i = n - window; i < n; i++) {
            if (!(validationLoss.get(i) > validationLoss.get(i - 1))) {
                return Optional.empty();
            }
        }
        double best = validationLoss.subList(0, n).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double last = validationLoss.get(n - 1);
        if (!(trainLoss.get(n - 1) < trainLoss.get(n - 1 - window)) || !(last > best * (1 + OVERFITTING_RISE))) {
            return Optional.empty();
        }
        return Optional.of(String.format("Over-fitting: for %d epochs the training loss fell while the validation loss rose "
                + "(%.4g → %.4g). The model is memorising its training images: stop here, shrink the model, "
                + "or add a regulariser (noise, sparsity).", window, validationLoss.get(n - window - 1), last));
    }

    /**
     * Not learning: after {@link #NOT_LEARNING_EPOCHS} epochs the training loss is not
     * {@link #LEARNING_DROP} below the first epoch's (or is not a number).
     */
    public static Optional<String> notLearning(List<Double> trainLoss) {
        int n = trainLoss.size();
        if (n < NOT_LEARNING_EPOCHS) {
            return Optional.empty();
        }
        double first = trainLoss.get(0);
        double last = trainLoss.get(n - 1);
        if (last < first * (1 - LEARNING_DROP)) {
            return Optional.empty();
        }
        return Optional.of(String.format("Not learning: after %d epochs the training loss (%.4g) is no lower than after the first (%.4g).",
                n, last, first) + NOT_LEARNING_ADVICE);
    }

    /** True when every dimension of the {@code n} codes varies less than {@link #COLLAPSED_CODE_VARIANCE} across them. */
    public static boolean collapsedToAPoint(float[] codes, int n, int k) {
        for (int j = 0; j < k; j++) {
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double v = codes[i * k + j];
                sum += v;
                sq += v * v;
            }
            double mean = sum / n;
            if (!(sq / n - mean * mean < COLLAPSED_CODE_VARIANCE)) {
                return false;
            }
        }
        return n > 1;
    }

    /** Not learning: the sentence for codes that collapsed to one point, so the decoder sees the same code for every image. */
    public static Optional<String> collapsedCodes(float[] codes, int n, int k) {
        if (!collapsedToAPoint(codes, n, k)) {
            return Optional.empty();
        }
        return Optional.of("Not learning: every image gets the same code, so the decoder can only draw their average." + NOT_LEARNING_ADVICE);
    }

    /** The indices of VAE code dimensions whose mean code {@code μ_j} barely varies across the {@code n} images. */
    public static List<Integer> inactiveDimensions(float[] means, int n, int k) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double v = means[i * k + j];
                sum += v;
                sq += v * v;
            }
            double mean = sum / n;
            if (sq / n - mean * mean < ACTIVE_UNIT_VARIANCE) {
                out.add(j);
            }
        }
        return out;
    }

    /** Posterior collapse: the sentence for the inactive dimensions of a VAE's codes, if any. */
    public static Optional<String> posteriorCollapse(float[] means, int n, int k) {
        List<Integer> inactive = inactiveDimensions(means, n, k);
        if (inactive.isEmpty()) {
            return Optional.empty();
        }
        String which = inactive.size() == k ? "all " + k + " dimensions" : inactive.size() + " of " + k + " dimensions ("
                + String.join(", ", inactive.stream().map(j -> "z" + (j + 1)).toList()) + ")";
        return Optional.of("Posterior collapse: " + which + " of the code carry no information — their mean code hardly changes "
                + "from image to image, so their KL part is near zero and the decoder ignores them. Lower β to bring them back.");
    }

    /** The indices of code units that never exceed {@link #DEAD_UNIT_ACTIVATION} on any of the {@code n} codes. */
    public static List<Integer> deadUnits(float[] codes, int n, int k) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, Math.abs(codes[i * k + j]));
            }
            if (max < DEAD_UNIT_ACTIVATION) {
                out.add(j);
            }
        }
        return out;
    }

    /** Dead units: the sentence for a sparse code's units that never fire, if any. */
    public static Optional<String> deadUnitsHint(float[] codes, int n, int k) {
        List<Integer> dead = deadUnits(codes, n, k);
        if (dead.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format("Dead units: %d of %d code units never fire on any validation image, so they learn nothing. "
                + "The sparsity penalty is too strong for this code size: lower λ or the target rate, or use fewer units.", dead.size(), k));
    }
}
