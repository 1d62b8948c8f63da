package org.latentlab.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;

/**
 * The theme the application shows: AtlantaFX Primer, light or dark, for the controls, and the matching
 * {@link Palette} for what views draw on a canvas. Switching it restyles every window and redraws
 * every canvas view that asked to follow it. Used on the JavaFX thread only.
 */
public enum Theme {
    LIGHT(Palette.LIGHT), DARK(Palette.DARK);

    private static final ReadOnlyObjectWrapper<Theme> CURRENT = new ReadOnlyObjectWrapper<>(LIGHT);
    private static final String LISTENER_KEY = Theme.class.getName();

    private final Palette palette;

    Theme(Palette palette) {
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    /** The theme on show. */
    public static Theme current() {
        return CURRENT.get();
    }

    /** The palette of the theme on show, for a view about to draw. */
    public static Palette currentPalette() {
        return CURRENT.get().palette;
    }

    public static ReadOnlyObjectProperty<Theme> currentProperty() {
        return CURRENT.getReadOnlyProperty();
    }

    /** Shows {@code theme}: the controls' stylesheet and the canvas views' palette. */
    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        CURRENT.set(theme);
    }

    /** The theme named {@code name} ("light" or "dark", any case); anything else is refused with a sentence. */
    public static Theme named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            default -> throw new IllegalArgumentException("There is no theme called '" + name + "': use light or dark.");
        };
    }

    /**
     * Calls {@code redraw} whenever the theme changes, for as long as {@code owner} lives (the listener is
     * held by the node, so a closed view is not kept alive by the theme).
     */
    public static void redrawOnChange(Node owner, Runnable redraw) {
        ChangeListener<Theme> listener = (obs, old, now) -> redraw.run();
        owner.getProperties().put(LISTENER_KEY + "#" + System.identityHashCode(listener), listener);
        CURRENT.addListener(new WeakChangeListener<>(listener));
    }
}
