package org.latentlab.ml.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a variant minimises: a sum of named {@link LossPart}s. It is a DJL {@link Loss}, so the
 * trainer can hold it, and it reports each part by name, so the curves can show them. The training
 * loop only sees this type: it never asks which variant it runs.
 */
public class Objective extends Loss {
    private final List<LossPart> parts;

    public Objective(List<LossPart> parts) {
        super("objective");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an objective needs at least one part");
        }
        this.parts = List.copyOf(parts);
    }

    /** The names of the parts, in order. */
    public List<String> partNames() {
        return parts.stream().map(LossPart::name).toList();
    }

    /** Each part's scalar value for this batch, by name, in order. */
    public Map<String, NDArray> parts(NDList input, NDList output) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        for (LossPart p : parts) {
            out.put(p.name(), p.evaluate(input, output));
        }
        return out;
    }

    /** The total to minimise: the sum of the parts. {@code labels} holds the clean input. */
    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray total = null;
        for (NDArray part : parts(labels, predictions).values()) {
            total = total == null ? part : total.add(part);
        }
        return total;
    }
}
