package org.latentlab.ui.training;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One setting of an experiment as a {@link PropertySheet} item (most wrap a knob of
 * {@link org.latentlab.ml.model.Knobs}, see {@link #of}): its name, its group, a tooltip
 * with its range, and whether it may change while a run goes on (the learning rate, β, a penalty's
 * weight, the noise level). A value out of range is refused by {@code apply} with one sentence;
 * the knob then keeps its last good value.
 */
public final class Knob implements PropertySheet.Item {
    private final String id;
    private final String name;
    private final String category;
    private final String description;
    private final Class<?> type;
    private final boolean live;
    private final Consumer<Object> apply;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();
    private final Supplier<Boolean> editable;

    Knob(String id, String name, String category, String description, Class<?> type, boolean live, Object initial,
         Consumer<Object> apply, Supplier<Boolean> editable) {
        this.id = id;
        this.name = name;
        this.category = category;
        this.description = description;
        this.type = type;
        this.live = live;
        this.apply = apply;
        this.editable = editable;
        value.set(initial);
    }

    /**
     * The sidebar item of one knob of the model's table: its id, name, group, help with range and
     * whether it is live come from {@code knob}; {@code type} is the editor's (text for a list of sizes).
     */
    static Knob of(org.latentlab.ml.model.Knob<?> knob, Class<?> type, Object initial, Consumer<Object> apply, Supplier<Boolean> editable) {
        return new Knob(knob.id(), knob.name(), knob.group().title(), knob.description(), type, knob.live(), initial, apply, editable);
    }

    /** A stable id for tests and shortcuts, e.g. {@code beta}. */
    public String id() {
        return id;
    }

    /** True when the knob takes effect at the next step of a running model. */
    public boolean live() {
        return live;
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description + (live ? " Changes take effect at the next training step." : "");
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    /** Applies a new value, or throws IllegalArgumentException with one sentence and keeps the old one. */
    @Override
    public void setValue(Object v) {
        if (java.util.Objects.equals(v, value.get())) {
            return;
        }
        apply.accept(v);
        value.set(v);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }

    @Override
    public boolean isEditable() {
        return editable.get();
    }
}
