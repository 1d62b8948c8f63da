package org.latentlab.ui.decode;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.latentlab.ml.inspect.GaussianCode;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.denoise.DrawPad;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The VAE explainer beside the explore plane: the input, its μ and σ per dimension, the drawn ε, z =
 * μ + σ·ε written out with the numbers, the images decoded from z and from μ, the input's KL and
 * reconstruction term in nats, and "Resample ε"; on the plane, the Gaussian q(z|x) as its 1σ and 2σ
 * ellipses around μ with z marked. Shown only while the model is a VAE.
 */
public final class VaeExplainerView extends VBox {
    private static final int MAX_ROWS = 8;
    private static final Color GAUSSIAN = Color.web("#d9570f");

    private final VaeExplainerViewModel model;
    private final LatentViewModel latent;
    private final LatentScatterView plane;
    private final Pane overlay = new Pane();
    private final ImageView input = image(56);
    private final ImageView fromZ = image(84);
    private final ImageView fromMu = image(56);
    private final GridPane table = new GridPane();
    private final Label formula = new Label();
    private final Label terms = new Label();
    private final Label caption = new Label();

    public VaeExplainerView(VaeExplainerViewModel model, LatentViewModel latent, LatentScatterView plane) {
        super(6);
        this.model = model;
        this.latent = latent;
        this.plane = plane;
        setId("vae-explainer");
        Label title = new Label("How the VAE encodes this input");
        title.getStyleClass().add("view-caption");
        caption.textProperty().bind(model.captionProperty());
        Button resample = new Button("Resample ε");
        resample.setId("resample-epsilon");
        resample.setTooltip(new Tooltip("Draw a new ε ~ N(0, I): z = μ + σ·ε moves within the Gaussian and its decoded image changes."));
        resample.setOnAction(e -> model.resample());
        DrawPad pad = new DrawPad(28, 2);
        pad.setOnChange(model::explainDrawn);
        Button clear = new Button("Clear");
        clear.setOnAction(e -> pad.clear());
        VBox drawBox = new VBox(3, new Label("or draw:"), pad, clear);
        HBox images = new HBox(10, labelled("x", input), labelled("decoded from z", fromZ), labelled("decoded from μ", fromMu), drawBox);
        images.setAlignment(Pos.BOTTOM_LEFT);
        table.setHgap(10);
        table.setVgap(1);
        table.setId("vae-explainer-table");
        formula.setWrapText(true);
        formula.setId("vae-explainer-formula");
        formula.setStyle("-fx-font-family: monospace;");
        terms.setWrapText(true);
        terms.setMaxWidth(400);
        caption.setWrapText(true);
        caption.setMaxWidth(400);
        terms.setId("vae-explainer-terms");
        getChildren().addAll(title, caption, images, resample, table, formula, terms);
        setPadding(new Insets(0, 0, 8, 0));

        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        visibleProperty().bind(latent.variationalProperty());
        managedProperty().bind(visibleProperty());
        overlay.visibleProperty().bind(latent.variationalProperty());
        model.explanationProperty().addListener((obs, old, x) -> show(x));
        plane.viewBoundsProperty().addListener(o -> drawGaussian(model.explanationProperty().get()));
        latent.planeProperty().addListener(o -> drawGaussian(model.explanationProperty().get()));
    }

    /** The layer drawn over the plane: the Gaussian's ellipses, μ and z. Put it above the plane, the same size. */
    public Pane overlay() {
        return overlay;
    }

    /** Ellipse outlines on the plane now (0 before an input is explained, 2 after: 1σ and 2σ). */
    public int drawnEllipses() {
        return (int) overlay.getChildren().stream().filter(n -> n instanceof Polyline).count();
    }

    private void show(VaeExplainerViewModel.Explanation x) {
        table.getChildren().clear();
        if (x == null) {
            input.setImage(null);
            fromZ.setImage(null);
            fromMu.setImage(null);
            formula.setText("");
            terms.setText("");
            drawGaussian(null);
            return;
        }
        int w = latent.imageWidth();
        int h = latent.imageHeight();
        input.setImage(Images.grey(x.input(), 0, w, h));
        fromZ.setImage(Images.grey(x.decodedSample(), 0, w, h));
        fromMu.setImage(Images.grey(x.decodedMean(), 0, w, h));
        GaussianCode c = x.code();
        String[] heads = {"", "μ", "σ", "ε", "z = μ + σ·ε", "KL (nats)"};
        for (int j = 0; j < heads.length; j++) {
            Label l = new Label(heads[j]);
            l.setStyle("-fx-font-weight: bold;");
            table.add(l, j, 0);
        }
        int rows = Math.min(MAX_ROWS, c.dimensions());
        for (int d = 0; d < rows; d++) {
            table.add(new Label("z" + (d + 1)), 0, d + 1);
            table.add(number(c.mu()[d]), 1, d + 1);
            table.add(number(c.sigma()[d]), 2, d + 1);
            table.add(number(c.epsilon()[d]), 3, d + 1);
            table.add(number(c.z()[d]), 4, d + 1);
            table.add(number(c.kl(d)), 5, d + 1);
        }
        if (c.dimensions() > rows) {
            table.add(new Label("… " + (c.dimensions() - rows) + " more dimensions"), 0, rows + 1, 6, 1);
        }
        StringBuilder f = new StringBuilder();
        for (int d = 0; d < Math.min(2, c.dimensions()); d++) {
            f.append(String.format("z%d = %.3f + %.3f × (%.3f) = %.3f%n", d + 1, c.mu()[d], c.sigma()[d], c.epsilon()[d], c.z()[d]));
        }
        formula.setText(f.toString().strip());
        terms.setText(String.format("This input's loss: KL(q(z|x) ‖ N(0, I)) = %.2f nats, beside the reconstruction term −log p(x|z) = "
                + "%.1f nats (binary cross-entropy summed over %d pixels). Their sum is the negative ELBO the VAE minimises.",
                x.kl(), x.reconstruction(), x.input().length));
        drawGaussian(x);
    }

    private static Label number(double v) {
        Label l = new Label(String.format("%.3f", v));
        l.setStyle("-fx-font-family: monospace;");
        return l;
    }

    /**
     * The 1σ and 2σ contours of N(μ, diag σ²) as the plane shows them: the plane is linear, so the
     * projected covariance is A·Aᵀ with A's columns the projections of σ_d along each axis d.
     */
    private void drawGaussian(VaeExplainerViewModel.Explanation x) {
        overlay.getChildren().clear();
        LatentPlane p = latent.planeProperty().get();
        if (x == null || p == null || x.code().dimensions() < 2) {
            return;
        }
        overlay.resizeRelocate(0, 0, plane.getWidth(), plane.getHeight());
        GaussianCode c = x.code();
        int k = c.dimensions();
        float[] points = new float[(k + 2) * k];
        System.arraycopy(c.mu(), 0, points, 0, k);
        for (int d = 0; d < k; d++) {
            System.arraycopy(c.mu(), 0, points, (d + 1) * k, k);
            points[(d + 1) * k + d] += c.sigma()[d];
        }
        System.arraycopy(c.z(), 0, points, (k + 1) * k, k);
        float[] xs = new float[k + 2];
        float[] ys = new float[k + 2];
        p.project(points, k, xs, ys);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int d = 0; d < k; d++) {
            double ax = xs[d + 1] - xs[0];
            double ay = ys[d + 1] - ys[0];
            sxx += ax * ax;
            sxy += ax * ay;
            syy += ay * ay;
        }
        // The Cholesky factor of the 2×2 covariance maps the unit circle onto the 1σ contour.
        double l11 = Math.sqrt(Math.max(sxx, 1e-12));
        double l21 = sxy / l11;
        double l22 = Math.sqrt(Math.max(syy - l21 * l21, 1e-12));
        for (int r = 1; r <= 2; r++) {
            Polyline line = new Polyline();
            for (int s = 0; s <= 72; s++) {
                double t = 2 * Math.PI * s / 72;
                double u = Math.cos(t) * r;
                double v = Math.sin(t) * r;
                Point2D px = plane.pixelOf(xs[0] + l11 * u, ys[0] + l21 * u + l22 * v);
                line.getPoints().addAll(px.getX(), px.getY());
            }
            line.setStroke(GAUSSIAN);
            line.setStrokeWidth(r == 1 ? 2 : 1.2);
            if (r == 2) {
                line.getStrokeDashArray().addAll(5.0, 4.0);
            }
            overlay.getChildren().add(line);
        }
        Point2D mu = plane.pixelOf(xs[0], ys[0]);
        Point2D z = plane.pixelOf(xs[k + 1], ys[k + 1]);
        overlay.getChildren().addAll(new Line(mu.getX() - 6, mu.getY(), mu.getX() + 6, mu.getY()),
                new Line(mu.getX(), mu.getY() - 6, mu.getX(), mu.getY() + 6));
        overlay.getChildren().stream().filter(n -> n instanceof Line).forEach(n -> ((Line) n).setStroke(GAUSSIAN));
        Circle dot = new Circle(z.getX(), z.getY(), 4.5, GAUSSIAN);
        dot.setStroke(Color.WHITE);
        Tooltip.install(dot, new Tooltip("z = μ + σ·ε"));
        overlay.getChildren().add(dot);
    }

    private static VBox labelled(String name, ImageView image) {
        VBox box = new VBox(2, new Label(name), image);
        box.setAlignment(Pos.BOTTOM_CENTER);
        return box;
    }

    private static ImageView image(double size) {
        ImageView v = new ImageView();
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setSmooth(false);
        return v;
    }
}
