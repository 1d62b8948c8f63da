package org.latentlab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * One tooltip for a whole pane of image tiles, whose text is that of the tile under the pointer.
 * Making a {@link Tooltip} makes a window, too costly for every tile of a grid rebuilt while a model trains.
 */
public final class TileTips {
    private static final String KEY = "latentlab.tile-tip";

    private TileTips() {}

    /**
     * Installs the pane's tooltip. Over a tile it shows the text given with {@link #set}; between
     * tiles, {@code between}.
     */
    public static void install(Pane pane, String between) {
        Tooltip tip = new Tooltip(between);
        pane.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            String text = textAt(pane, e.getPickResult().getIntersectedNode());
            tip.setText(text == null ? between : text);
        });
        Tooltip.install(pane, tip);
    }

    /** The text the pane's tooltip shows over {@code tile}. */
    public static void set(Node tile, String text) {
        tile.getProperties().put(KEY, text);
    }

    /** The text set for the pane's child that holds {@code hit}, or null. */
    private static String textAt(Pane pane, Node hit) {
        for (Node n = hit; n != null && n != pane; n = n.getParent()) {
            if (n.getParent() == pane) {
                Object text = n.getProperties().get(KEY);
                return text == null ? null : text.toString();
            }
        }
        return null;
    }
}
