package org.latentlab.persistence;

import java.util.List;
import java.util.Map;
import org.latentlab.ml.infer.Weights;

/**
 * Where a person got to, as plain values: the data set, the seed, every model on show (the main
 * window's and each side-by-side panel's: spec, weights, metrics, codes) and the view settings
 * (which view, grid size, plane, the selected points), by name.
 */
public record Session(String dataset, long seed, List<Model> models, Map<String, String> view) {
    /** The role of the main window's model; side-by-side panels are {@code panel-1} … {@code panel-4}. */
    public static final String MAIN = "main";

    public Session {
        models = List.copyOf(models);
        view = Map.copyOf(view);
    }

    /** One model of the session: its role, its checkpoint record and its weights. */
    public record Model(String role, Checkpoint checkpoint, Weights weights) {}
}
