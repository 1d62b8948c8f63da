package org.latentlab.ui.latent;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * What the scatter draws over its points: the prior's 1σ and 2σ circles for a VAE, the ends A and B
 * of an interpolation, the selected and hovered samples, the selected sample's nearest neighbours, the probe, a hovered lattice tile's code
 * and a drawn picture's code.
 */
final class ScatterMarkers {
    private final ScatterPlot plot;
    private final LatentViewModel model;
    private LatentSnapshot current;
    private boolean standardised;

    ScatterMarkers(ScatterPlot plot, LatentViewModel model) {
        this.plot = plot;
        this.model = model;
    }

    /** Draws the markers over {@code current}'s points; none on standardised axes, where codes have no place. */
    void draw(LatentSnapshot current, boolean standardised, boolean priorContours) {
        this.current = current;
        this.standardised = standardised;
        GraphicsContext g = plot.overlay();
        g.clearRect(0, 0, plot.getWidth(), plot.getHeight());
        if (current == null) {
            return;
        }
        LatentPlane plane = model.planeProperty().get();
        org.latentlab.ui.common.Palette palette = org.latentlab.ui.common.Theme.currentPalette();
        g.setFont(org.latentlab.ui.common.CanvasType.font(org.latentlab.ui.common.CanvasType.scale(plot)));
        g.save();
        g.beginPath();
        g.rect(plot.screenX(plot.minX()), plot.screenY(plot.maxY()), plot.plotWidth(), plot.plotHeight());
        g.clip();
        if (priorContours && model.variationalProperty().get() && plane.rawAxes() && !standardised) {
            g.setStroke(palette.title());
            g.setLineDashes(6, 4);
            for (double r : new double[] {1, 2}) {
                double x0 = plot.screenX(-r);
                double x1 = plot.screenX(r);
                double y0 = plot.screenY(r);
                double y1 = plot.screenY(-r);
                g.setLineWidth(1.5);
                g.strokeOval(x0, y0, x1 - x0, y1 - y0);
                g.setFill(palette.title());
                g.fillText(r == 1 ? "1σ" : "2σ", plot.screenX(r * 0.7071) + 3, plot.screenY(r * 0.7071) - 3);
            }
            g.setLineDashes();
        }
        int a = model.endAProperty().get();
        int b = model.endBProperty().get();
        if (a >= 0 && b >= 0 && a < current.size() && b < current.size()) {
            g.setStroke(palette.title());
            g.setLineWidth(2);
            g.setLineDashes(4, 3);
            g.strokeLine(sx(a), sy(a), sx(b), sy(b));
            g.setLineDashes();
        }
        endMarker(g, a, "A");
        endMarker(g, b, "B");
        int[] gathered = model.lassoedProperty().get();
        if (gathered != null && gathered.length > 0 && !standardised) {
            g.setStroke(palette.title());
            g.setLineWidth(1);
            for (int i : gathered) {
                if (i >= 0 && i < current.size()) {
                    g.strokeRect(sx(i) - 3.5, sy(i) - 3.5, 7, 7);
                }
            }
        }
        int[] near = model.neighboursProperty().get();
        if (near != null && near.length > 0 && !standardised) {
            g.setStroke(Color.web("#EE7733"));
            g.setLineWidth(2);
            for (int i : near) {
                if (i >= 0 && i < current.size()) {
                    g.strokeOval(sx(i) - 6, sy(i) - 6, 12, 12);
                }
            }
        }
        int sel = model.selectedProperty().get();
        if (sel >= 0 && sel < current.size() && !standardised) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(2.5);
            g.strokeOval(sx(sel) - 8, sy(sel) - 8, 16, 16);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeOval(sx(sel) - 10, sy(sel) - 10, 20, 20);
        }
        int hov = model.hoveredProperty().get();
        if (hov >= 0 && hov < current.size() && !standardised) {
            // The same sample hovered here or in a linked panel: a ring that stands out on any class colour.
            g.setStroke(Color.web("#EE3377"));
            g.setLineWidth(3);
            g.strokeOval(sx(hov) - 11, sy(hov) - 11, 22, 22);
            g.setFill(palette.ink());
            g.fillText("#" + hov, sx(hov) + 13, sy(hov) - 9);
        }
        float[] probe = model.probeProperty().get();
        if (probe != null && probe.length == current.latentSize() && !standardised) {
            double[] p = onPlane(plane, probe);
            double x = plot.screenX(p[0]);
            double y = plot.screenY(p[1]);
            g.setStroke(Color.web("#CC3311"));
            g.setLineWidth(2);
            g.strokeLine(x - 10, y, x + 10, y);
            g.strokeLine(x, y - 10, x, y + 10);
            g.strokeOval(x - 5, y - 5, 10, 10);
        }
        float[] highlight = model.highlightProperty().get();
        if (highlight != null && highlight.length == current.latentSize() && !standardised) {
            double[] p = onPlane(plane, highlight);
            double x = plot.screenX(p[0]);
            double y = plot.screenY(p[1]);
            g.setStroke(Color.web("#EE7733"));
            g.setLineWidth(3);
            g.strokeRect(x - 9, y - 9, 18, 18);
        }
        float[] marked = model.markedProperty().get();
        if (marked != null && marked.length == current.latentSize() && !standardised) {
            double[] p = onPlane(plane, marked);
            double x = plot.screenX(p[0]);
            double y = plot.screenY(p[1]);
            double[] xs = new double[10];
            double[] ys = new double[10];
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? 13 : 5.5;
                double angle = -Math.PI / 2 + i * Math.PI / 5;
                xs[i] = x + r * Math.cos(angle);
                ys[i] = y + r * Math.sin(angle);
            }
            g.setFill(Color.web("#FFCC00"));
            g.fillPolygon(xs, ys, 10);
            g.setStroke(Color.BLACK);
            g.setLineWidth(1.5);
            g.strokePolygon(xs, ys, 10);
            g.setFill(palette.ink());
            g.fillText("yours", x + 15, y + 4);
        }
        g.restore();
    }

    private void endMarker(GraphicsContext g, int i, String name) {
        if (i < 0 || current == null || i >= current.size() || standardised) {
            return;
        }
        g.setFill(Color.WHITE);
        g.fillOval(sx(i) - 9, sy(i) - 9, 18, 18);
        g.setStroke(Color.BLACK);
        g.setLineWidth(2);
        g.strokeOval(sx(i) - 9, sy(i) - 9, 18, 18);
        g.setFill(Color.BLACK);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.fillText(name, sx(i), sy(i) + 4);
    }

    private double sx(int i) {
        return plot.screenX(plot.pointX(i));
    }

    private double sy(int i) {
        return plot.screenY(plot.pointY(i));
    }

    private static double[] onPlane(LatentPlane plane, float[] code) {
        float[] xs = new float[1];
        float[] ys = new float[1];
        plane.project(code, code.length, xs, ys);
        return new double[] {xs[0], ys[0]};
    }
}
