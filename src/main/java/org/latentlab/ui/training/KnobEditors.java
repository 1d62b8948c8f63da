package org.latentlab.ui.training;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Editors for the knobs: numbers and text are typed and taken on Enter or when the field loses
 * focus; a value the knob refuses puts the last good one back and shows the knob's sentence.
 * Choices and switches use ControlsFX's own editors. Every editor carries the knob's tooltip, and a
 * knob that is locked during a run is visibly disabled.
 */
public final class KnobEditors extends DefaultPropertyEditorFactory {
    private final Consumer<String> refuse;

    public KnobEditors(Consumer<String> refuse) {
        this.refuse = refuse;
    }

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        PropertyEditor<?> editor;
        Class<?> type = item.getType();
        if (type == Integer.class || type == Double.class || type == String.class) {
            editor = typed(item);
        } else {
            editor = choice(item);
        }
        if (editor != null) {
            editor.getEditor().setDisable(!item.isEditable());
            if (editor.getEditor() instanceof javafx.scene.control.Control c) {
                c.setTooltip(new Tooltip(item.getDescription()));
            }
            if (item instanceof Knob k) {
                editor.getEditor().setId("knob-" + k.id());
            }
        }
        return editor;
    }

    /** A choice whose value the knob refuses shows the knob's sentence and goes back to the value it had. */
    @SuppressWarnings("unchecked")
    private PropertyEditor<?> choice(PropertySheet.Item item) {
        PropertyEditor<?>[] made = new PropertyEditor<?>[1];
        PropertySheet.Item refusing = new PropertySheet.Item() {
            @Override
            public Class<?> getType() {
                return item.getType();
            }

            @Override
            public String getCategory() {
                return item.getCategory();
            }

            @Override
            public String getName() {
                return item.getName();
            }

            @Override
            public String getDescription() {
                return item.getDescription();
            }

            @Override
            public Object getValue() {
                return item.getValue();
            }

            @Override
            public void setValue(Object value) {
                Object before = item.getValue();
                try {
                    item.setValue(value);
                } catch (IllegalArgumentException e) {
                    refuse.accept(e.getMessage().replaceFirst("\\.$", "") + "; " + format(value) + " was not taken, it stays " + format(before) + ".");
                    javafx.application.Platform.runLater(() -> ((PropertyEditor<Object>) made[0]).setValue(before));
                }
            }

            @Override
            public java.util.Optional<javafx.beans.value.ObservableValue<? extends Object>> getObservableValue() {
                return item.getObservableValue();
            }

            @Override
            public boolean isEditable() {
                return item.isEditable();
            }
        };
        made[0] = super.call(refusing);
        return made[0];
    }

    private PropertyEditor<Object> typed(PropertySheet.Item item) {
        TextField field = new TextField(format(item.getValue()));
        AbstractPropertyEditor<Object, TextField> editor = new AbstractPropertyEditor<>(item, field, true) {
            @Override
            protected javafx.beans.value.ObservableValue<Object> getObservableValue() {
                return new javafx.beans.property.SimpleObjectProperty<>(item.getValue());
            }

            @Override
            public void setValue(Object value) {
                field.setText(format(value));
            }
        };
        Runnable commit = () -> {
            String text = field.getText().trim();
            Object before = item.getValue();
            try {
                Object parsed = parse(item, text);
                item.setValue(parsed);
                field.setText(format(item.getValue()));
            } catch (IllegalArgumentException e) {
                String rule = e.getMessage().replaceFirst(",? got [^,]*\\.$", "").replaceFirst("\\.$", "");
                refuse.accept(rule + "; '" + text + "' was not taken, it stays " + format(before) + ".");
                field.setText(format(before));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        item.getObservableValue().ifPresent(v -> v.addListener((obs, old, now) -> {
            if (!field.isFocused()) {
                field.setText(format(now));
            }
        }));
        return editor;
    }

    private static Object parse(PropertySheet.Item item, String text) {
        try {
            if (item.getType() == Integer.class) {
                return Integer.parseInt(text);
            }
            if (item.getType() == Double.class) {
                return Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(item.getName() + " must be a number.");
        }
        return text;
    }

    static String format(Object v) {
        if (v instanceof Double d) {
            return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4g", d)).stripTrailingZeros().toPlainString();
        }
        return v == null ? "" : v.toString();
    }
}
