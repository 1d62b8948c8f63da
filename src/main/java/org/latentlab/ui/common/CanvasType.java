package org.latentlab.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Type size for what views draw on a canvas, which CSS does not reach: larger in presenter mode
 * (when the node sits inside a {@code .presenter} container), so tick labels and captions stay
 * readable at projector distance like the rest of the window.
 */
public final class CanvasType {
    /** How much larger canvas type and the margins that hold it are in presenter mode. */
    public static final double PRESENTER_SCALE = 1.4;
    /** The style class of the regions that lay out a canvas; they are laid out again when the type size changes. */
    public static final String STYLE_CLASS = "canvas-view";
    private static final double BASE_SIZE = 12;
    /**
     * The left and bottom margins of a latent plot at normal type size, shared by the scatter and the
     * decoded lattice so that the lattice lines up with the scatter's axes.
     */
    public static final double PLOT_LEFT = 52;
    public static final double PLOT_BOTTOM = 34;

    private CanvasType() {}

    /** Lays out every canvas under {@code root} again, so each picks up a new type size. */
    public static void refresh(Parent root) {
        for (Node n : root.lookupAll("." + STYLE_CLASS)) {
            if (n instanceof Parent p) {
                p.requestLayout();
            }
        }
    }

    /** 1, or {@link #PRESENTER_SCALE} when {@code node} is shown in presenter mode. */
    public static double scale(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("presenter")) {
                return PRESENTER_SCALE;
            }
        }
        return 1;
    }

    private static final Font NORMAL = Font.font(BASE_SIZE);
    private static final Font PRESENTER = Font.font(BASE_SIZE * PRESENTER_SCALE);

    /** The font for canvas text at {@code scale} (made once: views ask for it on every redraw). */
    public static Font font(double scale) {
        return scale == 1 ? NORMAL : scale == PRESENTER_SCALE ? PRESENTER : Font.font(BASE_SIZE * scale);
    }
}
