package org.latentlab.ui.common;

import javafx.scene.Node;

/** Whether a node can be seen: in a scene and visible all the way up (a view in an unselected tab is not). */
public final class Visibility {
    private Visibility() {}

    /**
     * Runs {@code catchUp} at the next frame in which {@code node} is shown, whenever {@code stale}
     * says there is something to catch up on. A tab's content is hidden through its parent, so
     * the node's own visible property never changes; this checks once per frame instead.
     */
    public static void catchUpWhenShown(Node node, java.util.function.BooleanSupplier stale, Runnable catchUp) {
        new FrameLoop(() -> {
            if (stale.getAsBoolean() && shown(node)) {
                catchUp.run();
            }
        }).runWhileShowing(node);
    }

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
