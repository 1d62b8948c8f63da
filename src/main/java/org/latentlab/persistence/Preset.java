package org.latentlab.persistence;

import java.util.List;
import org.latentlab.ml.model.ModelSpec;

/**
 * A ready scenario for one phenomenon of the course: the data set, the variant and knobs for the
 * sidebar, optionally a shipped model to open and shipped models to put side by side, the view to
 * show, and two or three sentences on what to look for.
 *
 * @param open     a shipped model to open in the main window, or null (the knobs are set, not trained)
 * @param sideBySide shipped models for the side-by-side panels (empty: the panels are left alone)
 * @param view     the view to show, by its name in the window ({@code LATENT}, {@code FILTERS}, ...)
 * @param train    start training at once (for phenomena that only show while a run goes)
 */
public record Preset(String title, String description, String dataset, ModelSpec spec, int epochs, String open,
                     List<String> sideBySide, String view, boolean train) {
    public Preset {
        sideBySide = List.copyOf(sideBySide);
    }

    @Override
    public String toString() {
        return title;
    }
}
