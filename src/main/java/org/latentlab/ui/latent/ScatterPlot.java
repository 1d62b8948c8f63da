package org.latentlab.ui.latent;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.BitSet;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentlab.ui.common.Palette;
import org.latentlab.ui.common.Theme;
import org.latentlab.ui.common.NiceTicks;

/**
 * Draws a 2D scatter of many points fast: the points go into an {@code int[]} behind a
 * {@link PixelBuffer} (one image update per frame, no node per point); axes and grid go on a
 * {@link Canvas} beneath, redrawn only when the bounds change.
 */
final class ScatterPlot extends Region {
    private static final double TOP = 10;
    private static final double RIGHT = 12;
    /** Margins that grow with the type in presenter mode. */
    private double typeScale = 1;
    private double left = org.latentlab.ui.common.CanvasType.PLOT_LEFT;
    private double bottom = org.latentlab.ui.common.CanvasType.PLOT_BOTTOM;
    /** Disc of radius 2 around the point, as offsets. */
    private static final int[][] DISC = disc(2.2);

    private final Canvas axes = new Canvas();
    private final ImageView pointsView = new ImageView();
    private final Canvas overlay = new Canvas();
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private int imageWidth;
    private int imageHeight;

    private float[] xs = new float[0];
    private float[] ys = new float[0];
    private int[] labels = new int[0];
    private float[] spreadXs;
    private float[] spreadYs;
    private BitSet hidden = new BitSet();
    private float[] values;
    private BitSet only;
    private double valueLow;
    private double valueHigh;
    private String xLabel = "z1";
    private String yLabel = "z2";
    private double minX = -1;
    private double maxX = 1;
    private double minY = -1;
    private double maxY = 1;
    private int drawnPoints;
    private int drawnEllipses;

    ScatterPlot() {
        getChildren().addAll(axes, pointsView, overlay);
        overlay.setMouseTransparent(true);
        getStyleClass().addAll("scatter-plot", org.latentlab.ui.common.CanvasType.STYLE_CLASS);
        setMinSize(160, 120);
        org.latentlab.ui.common.Theme.redrawOnChange(this, this::redraw);
    }

    private javafx.scene.image.Image background;

    /** An image drawn under the points, filling the plot area (e.g. decoded images); null for none. */
    void setBackgroundImage(javafx.scene.image.Image image) {
        background = image;
    }

    /** Sets the points (plot coordinates) and which classes are hidden; the caller redraws. */
    void setPoints(float[] xs, float[] ys, int[] labels, BitSet hidden, String xLabel, String yLabel) {
        this.xs = xs;
        this.ys = ys;
        this.labels = labels;
        this.hidden = (BitSet) hidden.clone();
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** The only points drawn and found under the pointer (by index), or null for every point; the caller redraws. */
    void setOnly(BitSet only) {
        this.only = only;
    }

    /** One value per point coloured on {@link ColourRamp} from {@code low} to {@code high}, or null for class colours; the caller redraws. */
    void setValues(float[] values, double low, double high) {
        this.values = values;
        this.valueLow = low;
        this.valueHigh = high;
    }

    /**
     * Each point's σ along x and y (plot units), drawn as a 1σ ellipse in a light tint of its class
     * colour beneath the points; null for none. The caller redraws.
     */
    void setSpreads(float[] spreadXs, float[] spreadYs) {
        this.spreadXs = spreadXs;
        this.spreadYs = spreadYs;
    }

    void setBounds(double minX, double maxX, double minY, double maxY) {
        this.minX = minX;
        this.maxX = maxX;
        this.minY = minY;
        this.maxY = maxY;
    }

    double minX() {
        return minX;
    }

    double maxX() {
        return maxX;
    }

    double minY() {
        return minY;
    }

    double maxY() {
        return maxY;
    }

    /** The plot area's width and height in pixels. */
    double plotWidth() {
        return imageWidth;
    }

    double plotHeight() {
        return imageHeight;
    }

    /** Data x of a pixel x in this region's coordinates. */
    double dataX(double px) {
        return minX + (px - left) / Math.max(1, imageWidth - 1) * (maxX - minX);
    }

    double dataY(double py) {
        return maxY - (py - TOP) / Math.max(1, imageHeight - 1) * (maxY - minY);
    }

    /** Pixel x (this region's coordinates) of a data x. */
    double screenX(double x) {
        return left + (x - minX) / (maxX - minX) * Math.max(1, imageWidth - 1);
    }

    double screenY(double y) {
        return TOP + (maxY - y) / (maxY - minY) * Math.max(1, imageHeight - 1);
    }

    /** True when a pixel lies inside the plot area. */
    boolean insidePlot(double px, double py) {
        return px >= left && py >= TOP && px < left + imageWidth && py < TOP + imageHeight;
    }

    /** The canvas above the points, for markers; cleared and redrawn by its owner. */
    GraphicsContext overlay() {
        return overlay.getGraphicsContext2D();
    }

    /** The index of the visible point nearest to a pixel, within {@code radius} pixels, or -1. */
    int nearest(double px, double py, double radius) {
        int best = -1;
        double bestD = radius * radius;
        double sx = Math.max(1, imageWidth - 1) / (maxX - minX);
        double sy = Math.max(1, imageHeight - 1) / (maxY - minY);
        for (int i = 0; i < labels.length; i++) {
            if (hidden.get(labels[i]) || (only != null && !only.get(i))) {
                continue;
            }
            double dx = left + (xs[i] - minX) * sx - px;
            double dy = TOP + (maxY - ys[i]) * sy - py;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Plot coordinates of point {@code i}. */
    float pointX(int i) {
        return xs[i];
    }

    float pointY(int i) {
        return ys[i];
    }

    /** σ ellipses drawn by the last {@link #redraw()}. */
    int drawnEllipses() {
        return drawnEllipses;
    }

    /** How much larger than normal the axes' type is (presenter mode). */
    double typeScale() {
        return typeScale;
    }

    /** Points drawn by the last {@link #redraw()}. */
    int drawnPoints() {
        return drawnPoints;
    }

    @Override
    protected void layoutChildren() {
        typeScale = org.latentlab.ui.common.CanvasType.scale(this);
        left = org.latentlab.ui.common.CanvasType.PLOT_LEFT * typeScale;
        bottom = org.latentlab.ui.common.CanvasType.PLOT_BOTTOM * typeScale;
        double w = getWidth();
        double h = getHeight();
        axes.setWidth(w);
        axes.setHeight(h);
        overlay.setWidth(w);
        overlay.setHeight(h);
        pointsView.relocate(left, TOP);
        // A layout pass that changed nothing here (a caption beside the plot got new text) needs no redraw:
        // whatever changes the points, bounds or background redraws at once. This was a third of the
        // scatter's redrawing while a model trained.
        if (w != laidOutWidth || h != laidOutHeight || typeScale != laidOutScale) {
            laidOutWidth = w;
            laidOutHeight = h;
            laidOutScale = typeScale;
            redraw();
        }
    }

    private double laidOutWidth = -1;
    private double laidOutHeight = -1;
    private double laidOutScale = -1;

    /** Redraws axes and points at the current size. */
    void redraw() {
        int w = (int) Math.max(1, Math.floor(getWidth() - left - RIGHT));
        int h = (int) Math.max(1, Math.floor(getHeight() - TOP - bottom));
        if (w != imageWidth || h != imageHeight || buffer == null) {
            imageWidth = w;
            imageHeight = h;
            pixels = new int[w * h];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            pointsView.setImage(new WritableImage(buffer));
        }
        drawAxes();
        drawPoints();
        buffer.updateBuffer(b -> null);
        if (afterRedraw != null) {
            afterRedraw.run();
        }
    }

    private Runnable afterRedraw;

    /** Called after every redraw, to redraw the markers on the overlay. */
    void setAfterRedraw(Runnable r) {
        afterRedraw = r;
    }

    private void drawPoints() {
        Palette palette = Theme.currentPalette();
        Arrays.fill(pixels, 0);
        int w = imageWidth;
        int h = imageHeight;
        double sx = (w - 1) / (maxX - minX);
        double sy = (h - 1) / (maxY - minY);
        drawnEllipses = 0;
        if (spreadXs != null && spreadXs.length == labels.length && spreadYs.length == labels.length) {
            drawEllipses(sx, sy, palette);
        }
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (hidden.get(label) || (only != null && !only.get(i))) {
                continue;
            }
            // Outliers beyond the robust bounds are pinned to the edge rather than dropped: every point stays visible.
            int px = (int) Math.max(0, Math.min(w - 1, Math.round((xs[i] - minX) * sx)));
            int py = (int) Math.max(0, Math.min(h - 1, Math.round((maxY - ys[i]) * sy)));
            int argb = values != null && values.length == labels.length
                    ? ColourRamp.argb((values[i] - valueLow) / Math.max(1e-12, valueHigh - valueLow)) : palette.classArgb(label);
            for (int[] o : DISC) {
                int x = px + o[0];
                int y = py + o[1];
                if (x >= 0 && y >= 0 && x < w && y < h) {
                    pixels[y * w + x] = argb;
                }
            }
            count++;
        }
        drawnPoints = count;
    }

    /** Outlines of each visible point's 1σ ellipse (axis-aligned: the encoder's covariance is diagonal). */
    private void drawEllipses(double sx, double sy, Palette palette) {
        int w = imageWidth;
        int h = imageHeight;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (hidden.get(label)) {
                continue;
            }
            double cx = (xs[i] - minX) * sx;
            double cy = (maxY - ys[i]) * sy;
            double rx = spreadXs[i] * sx;
            double ry = spreadYs[i] * sy;
            if (!(rx >= 1 || ry >= 1) || rx > 4 * w || ry > 4 * h) {
                continue; // smaller than the dot, or not finite/too large to say anything
            }
            int tint = Palette.argb(palette.toward(palette.classColor(label), 0.65));
            drawnEllipses++;
            int steps = (int) Math.min(2000, Math.max(12, 2 * Math.PI * Math.max(rx, ry)));
            for (int k = 0; k < steps; k++) {
                double a = 2 * Math.PI * k / steps;
                int x = (int) Math.round(cx + rx * Math.cos(a));
                int y = (int) Math.round(cy + ry * Math.sin(a));
                if (x >= 0 && y >= 0 && x < w && y < h) {
                    pixels[y * w + x] = tint;
                }
            }
        }
    }

    private org.latentlab.ui.common.AxisTicks xTicks;

    /** The x axis's ticks as last drawn: values, labels, centres and widths in pixels along the plot. */
    org.latentlab.ui.common.AxisTicks xTicks() {
        return xTicks;
    }

    private void drawAxes() {
        GraphicsContext g = axes.getGraphicsContext2D();
        double w = axes.getWidth();
        double h = axes.getHeight();
        g.clearRect(0, 0, w, h);
        double pw = imageWidth;
        double ph = imageHeight;
        Palette palette = Theme.currentPalette();
        g.setFill(palette.plot());
        g.fillRect(left, TOP, pw, ph);
        if (background != null) {
            g.drawImage(background, left, TOP, pw, ph);
        }
        g.setFont(org.latentlab.ui.common.CanvasType.font(typeScale));
        g.setLineWidth(1);
        // As many x ticks as their labels leave room for: a narrow plot of wide labels (-0.0125) gets fewer.
        xTicks = org.latentlab.ui.common.AxisTicks.fitting(minX, maxX, pw - 1, 6, g.getFont());
        for (int i = 0; i < xTicks.values().length; i++) {
            double x = left + xTicks.centres()[i];
            g.setStroke(palette.grid());
            g.strokeLine(Math.round(x) + 0.5, TOP, Math.round(x) + 0.5, TOP + ph);
            g.setFill(palette.ticks());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(xTicks.labels()[i], x, TOP + ph + 15 * typeScale);
        }
        double[] yTicks = NiceTicks.of(minY, maxY, 5);
        for (double t : yTicks) {
            double y = TOP + (maxY - t) / (maxY - minY) * (ph - 1);
            g.setStroke(palette.grid());
            g.strokeLine(left, Math.round(y) + 0.5, left + pw, Math.round(y) + 0.5);
            g.setFill(palette.ticks());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(NiceTicks.label(t, NiceTicks.step(yTicks)), left - 6, y + 4);
        }
        g.setStroke(palette.frame());
        g.strokeRect(left + 0.5, TOP + 0.5, pw - 1, ph - 1);
        g.setFill(palette.title());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xLabel, left + pw / 2, TOP + ph + 30 * typeScale);
        g.save();
        g.translate(14 * typeScale, TOP + ph / 2);
        g.rotate(-90);
        g.fillText(yLabel, 0, 0);
        g.restore();
    }

    private static int[][] disc(double r) {
        int R = (int) Math.ceil(r);
        return java.util.stream.IntStream.rangeClosed(-R, R).boxed()
                .flatMap(dx -> java.util.stream.IntStream.rangeClosed(-R, R).filter(dy -> dx * dx + dy * dy <= r * r)
                        .mapToObj(dy -> new int[] {dx, dy}))
                .toArray(int[][]::new);
    }
}
