package org.latentlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * A view's controls (buttons, sliders, pickers, check boxes, tool bars) hidden while it is pictured, so
 * a figure is the plot with its axes, legend and title; {@link #restore()} puts them back. A row that
 * holds a control loses its plain labels too ("Smoothing", "t", a slider's value), but keeps captions
 * (a styled or wrapping label); a container left with nothing shown is hidden as well. JavaFX thread only.
 */
final class FigureChrome {
    /** What was changed on one node, to undo it. */
    private record Hidden(Node node, boolean visible, boolean managed, double opacity) {}

    private final List<Hidden> hidden = new ArrayList<>();

    private FigureChrome() {}

    /** Hides every control under {@code root} (a control whose visibility is bound is made transparent instead). */
    static FigureChrome hideControls(Node root) {
        FigureChrome chrome = new FigureChrome();
        List<Node> controls = new ArrayList<>();
        collect(root, controls);
        List<Parent> touched = new ArrayList<>();
        for (Node control : controls) {
            chrome.hide(control);
            Parent row = control.getParent();
            if (row instanceof HBox || row instanceof FlowPane || row instanceof ToolBar) {
                for (Node sibling : ((Pane) row).getChildrenUnmodifiable()) {
                    if (sibling instanceof Label label && isPlain(label) || sibling instanceof Separator) {
                        chrome.hide(sibling);
                    }
                }
            }
            if (row != null && !touched.contains(row)) {
                touched.add(row);
            }
        }
        // A container left with nothing on show goes too, and so on up to the view.
        for (Parent p : touched) {
            for (Parent up = p; up != null && up != root; up = up.getParent()) {
                if (!(up instanceof Pane) || up.getChildrenUnmodifiable().stream().anyMatch(FigureChrome::shows)) {
                    break;
                }
                chrome.hide(up);
            }
        }
        return chrome;
    }

    /** True when {@code node} would appear in a picture. */
    static boolean shows(Node node) {
        return node.isVisible() && node.getOpacity() > 0;
    }

    /** True for what lets a person act rather than read: the things a figure leaves out. */
    static boolean isControl(Node node) {
        return node instanceof ButtonBase || node instanceof Slider || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Spinner<?> || node instanceof TextInputControl || node instanceof ToolBar;
    }

    /** Puts back everything {@link #hideControls} hid, in reverse order. */
    void restore() {
        for (int i = hidden.size() - 1; i >= 0; i--) {
            Hidden h = hidden.get(i);
            if (!h.node().visibleProperty().isBound()) {
                h.node().setVisible(h.visible());
            }
            if (!h.node().managedProperty().isBound()) {
                h.node().setManaged(h.managed());
            }
            h.node().setOpacity(h.opacity());
        }
        hidden.clear();
    }

    private static void collect(Node node, List<Node> controls) {
        if (!shows(node)) {
            return;
        }
        if (isControl(node)) {
            controls.add(node);
            return;
        }
        if (node instanceof Parent p && !(node instanceof Label)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, controls);
            }
        }
    }

    /** A label with no style of its own and no wrapping: a control's name or value rather than a caption. */
    private static boolean isPlain(Label label) {
        return !label.isWrapText() && label.getStyleClass().stream().allMatch("label"::equals) && label.getGraphic() == null;
    }

    private void hide(Node node) {
        if (!shows(node)) {
            return;
        }
        hidden.add(new Hidden(node, node.isVisible(), node.isManaged(), node.getOpacity()));
        if (node.visibleProperty().isBound() || node.managedProperty().isBound()) {
            node.setOpacity(0);
        } else {
            node.setVisible(false);
            node.setManaged(false);
        }
    }
}
