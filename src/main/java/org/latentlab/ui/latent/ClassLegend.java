package org.latentlab.ui.latent;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The scatter's legend: one entry per class in its colour, dimmed when hidden; a click toggles it, a double-click isolates it. */
final class ClassLegend extends VBox {
    private final IntConsumer toggle;
    private final IntConsumer isolate;
    private List<String> classes = List.of();

    ClassLegend(IntConsumer toggle, IntConsumer isolate) {
        super(4);
        this.toggle = toggle;
        this.isolate = isolate;
        setPadding(new Insets(10, 8, 8, 8));
        setMinWidth(110);
    }

    /** The class names listed. */
    List<String> classes() {
        return classes;
    }

    /** Lists {@code classNames}, those in {@code hidden} dimmed. */
    void show(List<String> classNames, BitSet hidden) {
        classes = List.copyOf(classNames);
        getChildren().clear();
        if (classes.isEmpty()) {
            return; // no codes, no classes to name
        }
        Label title = new Label("Classes");
        title.getStyleClass().add("legend-title");
        Label help = new Label("click: hide\ndouble-click: only");
        help.getStyleClass().add("legend-help");
        getChildren().addAll(title, help);
        for (int c = 0; c < classNames.size(); c++) {
            int index = c;
            Circle dot = new Circle(6);
            dot.fillProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                    () -> org.latentlab.ui.common.Theme.currentPalette().classColor(index), org.latentlab.ui.common.Theme.currentProperty()));
            Label entry = new Label(classNames.get(c), dot);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.getStyleClass().add("legend-entry");
            entry.setOpacity(hidden.get(c) ? 0.35 : 1);
            entry.setTooltip(new Tooltip("Click to hide or show " + classNames.get(c) + "; double-click to show it alone."));
            entry.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    isolate.accept(index);
                } else {
                    toggle.accept(index);
                }
            });
            entry.setId("legend-" + c);
            getChildren().add(entry);
        }
    }
}
