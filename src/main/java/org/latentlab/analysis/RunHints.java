package org.latentlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Known patterns in a run, each as one sentence a student can act on: over-fitting (validation
 * loss rising while training loss falls), posterior collapse (VAE code dimensions that carry no
 * information), and dead units in a sparse code. Plain arrays in, sentences out.
 */
public final class RunHints {
    /** A VAE dimension whose mean code varies less than this across images is inactive (Burda et al.'s "active units"). */
    public static final double ACTIVE_UNIT_VARIANCE = 0.01;
    /** A code unit whose activation never exceeds this on any validation image is dead. */
    public static final double DEAD_UNIT_ACTIVATION = 0.01;

    private RunHints() {}

    /**
     * Over-fitting: the validation loss rose over the last {@code epochs} epochs while the
     * training loss fell over the same epochs.
     */
    public static Optional<String> overfitting(List<Double> trainLoss, List<Double> validationLoss, int epochs) {
        int n = Math.min(trainLoss.size(), validationLoss.size());
        if (n < epochs + 1) {
            return Optional.empty();
        }
        for (int i = n - epochs; i < n; i++) {
            if (!(validationLoss.get(i) > validationLoss.get(i - 1) && trainLoss.get(i) < trainLoss.get(i - 1))) {
                return Optional.empty();
            }
        }
        return Optional.of(String.format("Over-fitting: for %d epochs the training loss fell while the validation loss rose "
                + "(%.4g → %.4g). The model is memorising its training images: stop here, shrink the model, "
                + "or add a regulariser (noise, sparsity).", epochs, validationLoss.get(n - epochs - 1), validationLoss.get(n - 1)));
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
