package org.latentlab.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * One view of the explorer, described once: the window's tabs, the View menu, the lab report,
 * {@code figure}, the settings and sessions all read it. Adding a view is its class and one entry
 * in {@link ViewRegistry}.
 *
 * @param id the name sessions, settings, presets and {@code figure --view} use (lower case, no spaces)
 * @param title the tab's and the menu item's text
 * @param icon the Ikonli code of the tab's icon, or null
 * @param tip the tab's tooltip
 * @param shortcut the key that selects it (Ctrl+1 …), or null
 * @param place whether it is a tab or the strip below the tabs
 * @param inReport whether the lab report holds a picture of it
 * @param inFigure whether {@code figure} renders it
 * @param ownCurves whether it shows curves of its own, so the strip of curves below gives it the room
 * @param factory builds the view from what the window wires
 */
public record ViewDescriptor(String id, String title, String icon, String tip, KeyCombination shortcut, Place place,
                             boolean inReport, boolean inFigure, boolean ownCurves, Function<ViewContext, Built> factory) {
    /** Where the window puts a view. */
    public enum Place { TAB, BELOW_TABS }

    /**
     * A built view: the node the window shows, its "drawn" signal (true once what it holds is painted,
     * an empty-state line included), whether it has anything worth a picture in the lab report, what
     * {@code figure} does first so the view has something to show, and its parts, found by type.
     */
    public record Built(Node node, ObservableBooleanValue drawn, BooleanSupplier hasContent, Runnable prepareFigure, List<Object> parts) {
        /** A view that is its own single part, always worth a picture, with nothing to prepare. */
        public static Built of(Node view, ObservableBooleanValue drawn) {
            return new Built(view, drawn, () -> true, () -> { }, List.of(view));
        }

        public Built withPrepareFigure(Runnable prepare) {
            return new Built(node, drawn, hasContent, prepare, parts);
        }

        public Built withHasContent(BooleanSupplier content) {
            return new Built(node, drawn, content, prepareFigure, parts);
        }

        public Built withParts(Object... more) {
            return new Built(node, drawn, hasContent, prepareFigure, List.of(more));
        }
    }

    public ViewDescriptor {
        if (!id.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("A view's id is lower-case letters and digits, got '" + id + "'.");
        }
    }

    /** A view in a tab, in the lab report and in {@code figure}, with no curves of its own. */
    public static ViewDescriptor tab(String id, String title, String icon, String tip, String shortcut, Function<ViewContext, Built> factory) {
        return new ViewDescriptor(id, title, icon, tip, shortcut == null ? null : KeyCombination.valueOf(shortcut), Place.TAB,
                true, true, false, factory);
    }

    /** The strip below the tabs (the training curves), in the lab report and in {@code figure}, with no shortcut. */
    public static ViewDescriptor belowTabs(String id, String title, String icon, String tip, Function<ViewContext, Built> factory) {
        return new ViewDescriptor(id, title, icon, tip, null, Place.BELOW_TABS, true, true, false, factory);
    }

    public ViewDescriptor notInFigure() {
        return new ViewDescriptor(id, title, icon, tip, shortcut, place, inReport, false, ownCurves, factory);
    }

    public ViewDescriptor withOwnCurves() {
        return new ViewDescriptor(id, title, icon, tip, shortcut, place, inReport, inFigure, true, factory);
    }


    /** True when {@code name} names this view: its id, or the upper-case name older sessions and presets wrote (SIDE_BY_SIDE). */
    public boolean isNamed(String name) {
        return name != null && id.equals(name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
    }
}
