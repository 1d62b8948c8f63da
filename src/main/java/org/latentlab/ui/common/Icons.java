package org.latentlab.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons styled as the app's icons (size and colour from the stylesheet's {@code app-icon}). */
public final class Icons {
    private Icons() {}

    /** The Material Design icon with that code, e.g. {@code mdi2p-play}. */
    public static FontIcon of(String code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
