package org.latentlab.persistence;

import java.util.List;

/**
 * One lesson of a lecture: a {@link Preset} (data, model, view, the note on what to look for, whether
 * it trains by itself), the controls it hides while it is on (by their names in the window, as
 * TensorFlow Playground's URL flags hide its controls), and the figure that shows the effect
 * measured on this run, with what a student should expect it to say. An old preset file is a
 * lesson that hides nothing and measures nothing.
 *
 * @param figure the id of the measured figure ({@code LessonFigures}), or null
 * @param expect the sentence saying what the figure should show, or null
 */
public record Lesson(Preset preset, List<String> hide, String figure, String expect) {
    public Lesson {
        hide = List.copyOf(hide);
    }

    /** An old preset as a lesson. */
    public static Lesson of(Preset preset) {
        return new Lesson(preset, List.of(), null, null);
    }

    public String title() {
        return preset.title();
    }

    @Override
    public String toString() {
        return preset.title();
    }
}
