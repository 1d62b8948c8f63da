package org.latentlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A view's controls (buttons, sliders, pickers, check boxes, tool bars) hidden while it is pictured, so
 * a figure is the plot with its axes, legend and title; {@link #restore()} puts them back. A row that
 * holds a control loses its plain labels too ("Smoothing", "t", a slider's value), but keeps captions
 * (a styled or wrapping label); a strip of nothing but controls (the replay bar) goes whole, and a container left with nothing shown is hidden as well, and scroll bars are turned off. JavaFX thread only.
 */
final class FigureChrome {
    /** What was changed on one node, to undo it; the widths only for a region made transparent. */
    private record Hidden(Node node, boolean visible, boolean managed, double opacity, double[] widths) {}

    /** Style classes of strips that hold nothing but controls and their name (the replay bar): left out whole. */
    private static final Set<String> CONTROL_STRIPS = Set.of("replay-bar");

    private final List<Hidden> hidden = new ArrayList<>();
    /** Scroll panes whose scroll bars were turned off, with their policies (horizontal, vertical) to put back. */
    private final List<ScrollBars> scrollBars = new ArrayList<>();

    /** A scroll pane's scroll bar policies before its picture. */
    private record ScrollBars(ScrollPane pane, ScrollPane.ScrollBarPolicy horizontal, ScrollPane.ScrollBarPolicy vertical) {}

    private FigureChrome() {}

    /** Hides every control under {@code root} (a control whose visibility is bound is made transparent instead). */
    static FigureChrome hideControls(Node root) {
        FigureChrome chrome = new FigureChrome();
        chrome.hideMore(root);
        return chrome;
    }

    /**
     * Hides the controls under {@code root} that appeared since (a panel the view built meanwhile);
     * true when there were any, so the view is laid out again before its picture.
     */
    boolean hideMore(Node root) {
        int before = hidden.size() + scrollBars.size();
        List<Node> controls = new ArrayList<>();
        collect(root, controls);
        for (Node strip : root.lookupAll("*")) {
            if (strip != root && strip.getStyleClass().stream().anyMatch(CONTROL_STRIPS::contains)) {
                hide(strip);
            }
            if (strip instanceof ScrollPane pane && scrollBars.stream().noneMatch(b -> b.pane() == pane)) {
                scrollBars.add(new ScrollBars(pane, pane.getHbarPolicy(), pane.getVbarPolicy()));
                pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                pane.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            }
        }
        List<Parent> touched = new ArrayList<>();
        for (Node control : controls) {
            hide(control);
            Parent row = control.getParent();
            if (row instanceof HBox || row instanceof FlowPane || row instanceof ToolBar) {
                for (Node sibling : ((Pane) row).getChildrenUnmodifiable()) {
                    if (sibling instanceof Label label && isPlain(label) || sibling instanceof Separator) {
                        hide(sibling);
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
                hide(up);
            }
        }
        return hidden.size() + scrollBars.size() > before;
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
            if (h.widths() != null && h.node() instanceof Region r) {
                r.setMinWidth(h.widths()[0]);
                r.setPrefWidth(h.widths()[1]);
                r.setMaxWidth(h.widths()[2]);
            }
        }
        hidden.clear();
        for (ScrollBars s : scrollBars) {
            s.pane().setHbarPolicy(s.horizontal());
            s.pane().setVbarPolicy(s.vertical());
        }
        scrollBars.clear();
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
        if (node.visibleProperty().isBound() || node.managedProperty().isBound()) {
            // Its room goes too where it is a region, so a caption beside it is not cut short.
            double[] widths = node instanceof Region r ? new double[] {r.getMinWidth(), r.getPrefWidth(), r.getMaxWidth()} : null;
            hidden.add(new Hidden(node, node.isVisible(), node.isManaged(), node.getOpacity(), widths));
            node.setOpacity(0);
            if (node instanceof Region r) {
                r.setMinWidth(0);
                r.setPrefWidth(0);
                r.setMaxWidth(0);
            }
        } else {
            hidden.add(new Hidden(node, node.isVisible(), node.isManaged(), node.getOpacity(), null));
            node.setVisible(false);
            node.setManaged(false);
        }
    }
}
