package org.latentlab.ui.common;

import javafx.scene.Node;

/** Whether a node can be seen: in a scene and visible all the way up (a view in an unselected tab is not). */
public final class Visibility {
    private Visibility() {}

    /** True when {@code node} and every ancestor are visible and it is in a scene. */
    public static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
