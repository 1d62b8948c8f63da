package org.latentlab.ui.training;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.latentlab.ui.common.Palette;

/** The loss plot's legend: a line or a dot in each curve's colour, and its name. */
final class CurveLegend {
    private CurveLegend() {}

    /** Draws the legend top right inside the plot, whose right edge is {@code right}: one row per curve, {@code k} the type scale. */
    static void draw(GraphicsContext g, List<String> names, List<Color> colors, List<Boolean> dots, double right, double top, double k,
                     Palette palette) {
        double width = 190 * k;
        double x = right - width - 6;
        double y = top + 6;
        g.setFill(palette.legend());
        g.fillRect(x, y, width, names.size() * 16 * k + 6);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < names.size(); i++) {
            double ly = y + 15 * k + i * 16 * k;
            g.setStroke(colors.get(i));
            g.setFill(colors.get(i));
            if (dots.get(i)) {
                g.fillOval(x + 10, ly - 8, 8, 8);
            } else {
                g.setLineWidth(2);
                g.strokeLine(x + 6, ly - 4, x + 22, ly - 4);
            }
            g.setFill(palette.title());
            g.fillText(names.get(i), x + 28, ly);
        }
    }

    /** PCA's baseline: a dashed line across the plot from {@code left} to {@code right} at {@code y}, and its label on the legend's ground. */
    static void baseline(GraphicsContext g, String label, double left, double right, double y, Palette palette) {
        g.setStroke(palette.title());
        g.setLineWidth(1.5);
        g.setLineDashes(8, 5);
        g.strokeLine(left, y, right, y);
        g.setLineDashes();
        javafx.scene.text.Text probe = new javafx.scene.text.Text(label);
        probe.setFont(g.getFont());
        g.setFill(palette.legend());
        g.fillRect(left + 4, y - 18, probe.getLayoutBounds().getWidth() + 8, 16);
        g.setFill(palette.title());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(label, left + 8, y - 5);
    }
}
