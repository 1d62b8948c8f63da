package org.latentlab.ui.decode;

import java.util.Arrays;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.latentlab.ui.common.FrameLoop;
import org.latentlab.ui.common.DrawnSignal;
import org.latentlab.ui.common.AxisTicks;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * Images decoded from an N×N lattice over the latent plane. Over the scatter's view range the tiles
 * sit exactly where their codes are in the scatter beside it (same margins, same ticks); for a VAE
 * the lattice can span the prior's quantiles instead. Hovering a tile marks its code in the scatter.
 * For codes of more than two dimensions, the others stay at the selected sample's code.
 */
public final class DecodedGridView extends BorderPane {
    static final double TOP = 10;
    static final double RIGHT = 12;

    private final LatticeViewModel lattices;
    private final LatentViewModel model;
    private final ReadOnlyObjectProperty<double[]> scatterBounds;
    private final Slider size = new Slider(5, 30, 15);
    private final ToggleButton quantiles = new ToggleButton("Prior quantiles");
    private final Label caption = new Label("Decoded lattice");
    private final javafx.scene.layout.Pane surface = new javafx.scene.layout.Pane() {
        @Override
        protected void layoutChildren() {
            typeScale = org.latentlab.ui.common.CanvasType.scale(this);
            left = org.latentlab.ui.common.CanvasType.PLOT_LEFT * typeScale;
            bottom = org.latentlab.ui.common.CanvasType.PLOT_BOTTOM * typeScale;
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirtyDraw = true;
            drawn.stale();
        }
    };
    private final Canvas canvas = new Canvas();
    /** The scatter's margins (so the lattice lines up with its axes), grown with the type in presenter mode. */
    private double typeScale = 1;
    private double left = org.latentlab.ui.common.CanvasType.PLOT_LEFT;
    private double bottom = org.latentlab.ui.common.CanvasType.PLOT_BOTTOM;
    private final FrameLoop frames = new FrameLoop(this::onFrame);

    private boolean dirtyDecode = true;
    private long decodedAt;
    private boolean dirtyDraw = true;
    private WritableImage tiles;
    private Lattice lattice;
    private float[] latticeCodes;
    private int latentSize;
    private double[] tileBounds;
    private int decodedCount;
    private boolean squareTiles;
    private final DrawnSignal drawn = new DrawnSignal();
    private AxisTicks xTicks = new AxisTicks(new double[0], new String[0], new double[0], new double[0]);
    private AxisTicks yTicks = xTicks;

    public DecodedGridView(LatticeViewModel lattices, ReadOnlyObjectProperty<double[]> scatterBounds) {
        this.lattices = lattices;
        this.model = lattices.latent();
        this.scatterBounds = scatterBounds;
        getStyleClass().add("decoded-grid");
        size.setId("grid-size");
        size.setMajorTickUnit(5);
        size.setMinorTickCount(4);
        size.setSnapToTicks(true);
        size.setBlockIncrement(1);
        size.setPrefWidth(140);
        size.setTooltip(new Tooltip("Tiles per side: 5 to 30."));
        Label sizeLabel = new Label();
        sizeLabel.textProperty().bind(size.valueProperty().asString("%.0f×%<.0f"));
        quantiles.setId("prior-quantiles");
        quantiles.setTooltip(new Tooltip("Span the prior N(0, I) from its 5% to its 95% quantile in each axis, as the Keras VAE example does, "
                + "instead of the scatter's view."));
        quantiles.visibleProperty().bind(model.variationalProperty());
        quantiles.setMinWidth(Region.USE_PREF_SIZE);
        quantiles.managedProperty().bind(quantiles.visibleProperty());
        model.variationalProperty().addListener((obs, old, vae) -> quantiles.setSelected(vae));
        caption.getStyleClass().add("view-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        sizeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, caption, size, sizeLabel, quantiles);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);
        BorderPane.setMargin(top, new Insets(4, 8, 2, 8));
        surface.getChildren().add(canvas);
        surface.getStyleClass().add(org.latentlab.ui.common.CanvasType.STYLE_CLASS);
        surface.setMinSize(160, 120);
        setCenter(surface);

        InvalidationListener redecode = o -> redecode();
        size.valueProperty().addListener(redecode);
        quantiles.selectedProperty().addListener(redecode);
        scatterBounds.addListener(redecode);
        model.shownWeightsProperty().addListener(redecode);
        model.planeProperty().addListener(redecode);
        model.selectedProperty().addListener(redecode);
        model.shownProperty().addListener((obs, old, s) -> {
            if (s == null) {
                forgetLattice();
            } else if ((old == null || old.latentSize() != s.latentSize() || model.shownWeightsProperty().get() == null)) {
                redecode();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.highlightProperty().set(codeAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.highlightProperty().set(null));
        drawn.stale();
        org.latentlab.ui.common.Theme.redrawOnChange(this, () -> {
            dirtyDraw = true;
            drawn.stale();
        });
        frames.runWhileShowing(this);
    }

    /** True once the lattice for the current codes and weights (or the line saying why there is none) is drawn. */
    public ReadOnlyBooleanProperty drawnProperty() {
        return drawn.property();
    }

    /** The model went: its lattice goes with it, and the canvas says how to get another. */
    private void forgetLattice() {
        lattice = null;
        latticeCodes = null;
        tiles = null;
        tileBounds = null;
        decodedCount = 0;
        caption.setText("Decoded lattice");
        dirtyDraw = true;
        drawn.stale();
    }

    private void redecode() {
        dirtyDecode = true;
        drawn.stale();
    }

    /** Tiles per side. */
    public Slider sizeSlider() {
        return size;
    }

    /** The lattice's tiles as drawn last (grey or colour), or null before the first decode. */
    public javafx.scene.image.Image tilesImage() {
        return tiles;
    }

    /** Number of tiles in the newest decoded image (n²), 0 before the first. */
    public int decodedTileCount() {
        return decodedCount;
    }

    /**
     * Square tiles: the lattice keeps the images' aspect in a square at the left instead of filling
     * the view (for a grid that does not sit beside its scatter, as in the side-by-side panels).
     */
    public void setSquareTiles(boolean on) {
        squareTiles = on;
        dirtyDraw = true;
        drawn.stale();
    }

    private double plotWidth() {
        double pw = canvas.getWidth() - left - RIGHT;
        return squareTiles ? Math.min(pw, canvas.getHeight() - TOP - bottom) : pw;
    }

    private double plotHeight() {
        double ph = canvas.getHeight() - TOP - bottom;
        return squareTiles ? Math.min(ph, canvas.getWidth() - left - RIGHT) : ph;
    }

    /** The code of the tile under pixel (x, y) of the canvas, or null. */
    public float[] codeAt(double x, double y) {
        if (lattice == null || latticeCodes == null) {
            return null;
        }
        double pw = plotWidth();
        double ph = plotHeight();
        int c = (int) Math.floor((x - left) / pw * lattice.n());
        int r = (int) Math.floor((y - TOP) / ph * lattice.n());
        if (c < 0 || r < 0 || c >= lattice.n() || r >= lattice.n()) {
            return null;
        }
        return Arrays.copyOfRange(latticeCodes, (r * lattice.n() + c) * latentSize, (r * lattice.n() + c + 1) * latentSize);
    }

    private void onFrame() {
        if (!org.latentlab.ui.common.Visibility.shown(this)) {
            return;
        }
        long now = System.nanoTime();
        // While a run streams new weights, a fresh lattice a few times a second is enough.
        if (dirtyDecode && now - decodedAt > 100_000_000L) {
            dirtyDecode = false;
            decodedAt = now;
            requestDecode();
        }
        if (dirtyDraw) {
            dirtyDraw = false;
            draw();
        }
        if (!dirtyDecode) {
            drawn.painted();
        }
    }

    private void requestDecode() {
        var work = lattices.decode((int) Math.round(size.getValue()), quantiles.isSelected(), scatterBounds.get());
        if (work == null) {
            return;
        }
        drawn.deliver(work, d -> {
            if (model.shownProperty().get() == null) {
                return; // the model went while this was decoded
            }
            lattice = d.lattice();
            latticeCodes = d.codes();
            latentSize = d.latentSize();
            tileBounds = d.bounds();
            tiles = show(d.argb(), d.width(), d.height());
            decodedCount = d.n() * d.n();
            caption.setText("Decoded lattice");
            String tip = d.prior() ? "Each tile decodes a code on a lattice over the prior's 5%–95% quantiles."
                    : "Each tile decodes the code at its place in the scatter's view: zoom or pan the scatter and the lattice follows.";
            if (caption.getTooltip() == null) {
                caption.setTooltip(new Tooltip(tip));
            } else {
                caption.getTooltip().setText(tip);
            }
            dirtyDraw = true;
            drawn.stale();
        }, error -> caption.setText(error));
    }

    /**
     * The mosaic's pixels written into the previous image when it has the same size: a lattice
     * re-decoded a few times a second while training then allocates no image, and the renderer updates
     * its texture instead of making a new one.
     */
    private WritableImage show(int[] argb, int width, int height) {
        WritableImage image = tiles != null && tiles.getWidth() == width && tiles.getHeight() == height
                ? tiles : new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    /** The x axis's ticks as last drawn: values, labels, centres from the plot's left and widths, in pixels. */
    public AxisTicks xTicks() {
        return xTicks;
    }

    /**
     * The y axis's ticks as last drawn, their labels' heights as widths: centres from the plot's bottom
     * over a rectangle of the plane, from its top over the prior's quantiles.
     */
    public AxisTicks yTicks() {
        return yTicks;
    }

    /** True when the lattice spans the prior's quantiles (its ticks sit on tiles), false over the scatter's view. */
    public boolean overPrior() {
        return tiles != null && tileBounds == null;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        double pw = plotWidth();
        double ph = plotHeight();
        if (pw < 10 || ph < 10) {
            return;
        }
        g.setFill(Color.gray(0.1));
        g.fillRect(left, TOP, pw, ph);
        g.setFont(org.latentlab.ui.common.CanvasType.font(typeScale));
        if (tiles == null) {
            g.setFill(Color.gray(0.8));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(lattices.hasModel() && model.shownProperty().get() != null ? "Decoding…" : "Train or open a model to decode its latent plane.", left + pw / 2, TOP + ph / 2);
            return;
        }
        g.setImageSmoothing(false);
        g.drawImage(tiles, left, TOP, pw, ph);
        org.latentlab.ui.common.Palette palette = org.latentlab.ui.common.Theme.currentPalette();
        g.setFill(palette.ticks());
        LatentPlane plane = model.planeProperty().get();
        // As many ticks as their labels leave room for: a narrow side-by-side panel gets fewer.
        if (tileBounds != null) {
            xTicks = LatticeTicks.roundX(tileBounds[0], tileBounds[1], pw - 1, g.getFont());
            yTicks = LatticeTicks.roundY(tileBounds[2], tileBounds[3], ph - 1, g.getFont());
        } else {
            xTicks = LatticeTicks.tilesX(lattice.xs(), pw, g.getFont());
            yTicks = LatticeTicks.tilesY(lattice.ys(), ph, g.getFont());
        }
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < xTicks.values().length; i++) {
            g.fillText(xTicks.labels()[i], left + xTicks.centres()[i], TOP + ph + 15 * typeScale);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < yTicks.values().length; i++) {
            double y = tileBounds != null ? TOP + (ph - 1) - yTicks.centres()[i] : TOP + yTicks.centres()[i];
            g.fillText(yTicks.labels()[i], left - 6, y + 4);
        }
        g.setFill(palette.title());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(plane.xLabel(), left + pw / 2, TOP + ph + 30 * typeScale);
        g.save();
        g.translate(14 * typeScale, TOP + ph / 2);
        g.rotate(-90);
        g.fillText(plane.yLabel(), 0, 0);
        g.restore();
    }
}
