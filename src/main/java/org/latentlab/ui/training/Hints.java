package org.latentlab.ui.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.analysis.RunHints;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.ml.train.TrainingEvent;

/**
 * The hints of one run: known patterns (not learning, over-fitting, posterior collapse, dead units,
 * divergence) watched for in its epochs and codes, each told once per run in one sentence with what
 * to do; a new run starts with none.
 */
final class Hints {
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final Set<String> given = new HashSet<>();
    private final List<Double> trainLoss = new ArrayList<>();
    private final List<Double> validationLoss = new ArrayList<>();

    /** The newest hint; empty when the run has shown none. */
    ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Forgets the last run's hints. */
    void clear() {
        hint.set("");
        given.clear();
        trainLoss.clear();
        validationLoss.clear();
    }

    /** A new phase of the run trains another objective: its losses are compared among themselves. */
    void phase() {
        trainLoss.clear();
        validationLoss.clear();
    }

    /** An epoch's losses, watched for a run that is not learning and for over-fitting. */
    void epoch(TrainingEvent.Epoch e) {
        trainLoss.add((double) e.trainLoss());
        validationLoss.add((double) e.validationLoss());
        give("not learning", RunHints.notLearning(trainLoss));
        give("overfitting", RunHints.overfitting(trainLoss, validationLoss, RunHints.OVERFITTING_WINDOW));
    }

    /** An epoch's codes, watched for the patterns of the run's variant. */
    void codes(ModelSpec spec, TrainingEvent.Codes c) {
        int n = c.labels().length;
        if (spec.variant() != Variant.VAE) {
            give("not learning", RunHints.collapsedCodes(c.codes(), n, c.latentSize()));
        }
        if (spec.variant() == Variant.VAE) {
            give("collapse", RunHints.posteriorCollapse(c.codes(), n, c.latentSize()));
        } else if (spec.variant() == Variant.SPARSE
                || (spec.variant() == Variant.OVERCOMPLETE && spec.regulariser() == ModelSpec.Regulariser.SPARSE)) {
            give("dead", RunHints.deadUnitsHint(c.codes(), n, c.latentSize()));
        }
    }

    /** The run diverged: {@code message} says how, the hint what to do. */
    void diverged(String message) {
        give("diverged", Optional.of(message + " Lower the learning rate about tenfold and press Train again."));
    }

    private void give(String kind, Optional<String> sentence) {
        if (sentence.isPresent() && given.add(kind)) {
            hint.set(sentence.get());
        }
    }
}
