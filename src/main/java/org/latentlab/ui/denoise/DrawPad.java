package org.latentlab.ui.denoise;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * A 28×28 pad to draw a digit with the mouse: a soft round brush, white on black like MNIST's
 * anti-aliased strokes. Every change hands the 784 values to the listener; C (or {@link #clear()})
 * wipes the pad.
 */
public final class DrawPad extends Pane {
    private static final double BRUSH_RADIUS = 1.35;

    private final int size;
    private final float[] values;
    private final Canvas canvas;
    private final double scale;
    private Consumer<float[]> onChange = v -> { };
    private double lastX = Double.NaN;
    private double lastY;

    public DrawPad(int size, double scale) {
        this.size = size;
        this.scale = scale;
        this.values = new float[size * size];
        this.canvas = new Canvas(size * scale, size * scale);
        getChildren().add(canvas);
        getStyleClass().add("draw-pad");
        setFocusTraversable(true);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            lastX = Double.NaN;
            stroke(e.getX() / scale, e.getY() / scale);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> stroke(e.getX() / scale, e.getY() / scale));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> lastX = Double.NaN);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.C || e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                clear();
                e.consume();
            }
        });
        draw();
    }

    /** Called with the pad's values after every change. */
    public void setOnChange(Consumer<float[]> listener) {
        onChange = listener;
    }

    /** The pad's values, row after row (a copy). */
    public float[] values() {
        return values.clone();
    }

    /** Wipes the pad. */
    public void clear() {
        java.util.Arrays.fill(values, 0f);
        draw();
        onChange.accept(values.clone());
    }

    /** Paints a segment from the last point to (x, y), in pad pixels; for the mouse and for tests. */
    public void stroke(double x, double y) {
        if (Double.isNaN(lastX)) {
            dab(x, y);
        } else {
            double length = Math.hypot(x - lastX, y - lastY);
            int steps = Math.max(1, (int) Math.ceil(length / 0.35));
            for (int s = 1; s <= steps; s++) {
                dab(lastX + (x - lastX) * s / steps, lastY + (y - lastY) * s / steps);
            }
        }
        lastX = x;
        lastY = y;
        draw();
        onChange.accept(values.clone());
    }

    /** Ends the current stroke (the next point starts a new one). */
    public void lift() {
        lastX = Double.NaN;
    }

    private void dab(double cx, double cy) {
        int r = (int) Math.ceil(BRUSH_RADIUS + 1);
        for (int y = (int) cy - r; y <= (int) cy + r; y++) {
            for (int x = (int) cx - r; x <= (int) cx + r; x++) {
                if (x < 0 || y < 0 || x >= size || y >= size) {
                    continue;
                }
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                // Full ink inside the radius, a soft edge over one pixel beyond it.
                double ink = Math.max(0, Math.min(1, BRUSH_RADIUS + 0.5 - d));
                values[y * size + x] = (float) Math.max(values[y * size + x], ink);
            }
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                g.setFill(Color.gray(values[y * size + x]));
                g.fillRect(x * scale, y * scale, scale, scale);
            }
        }
    }
}
