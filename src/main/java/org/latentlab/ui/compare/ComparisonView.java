package org.latentlab.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.common.TileTips;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.training.ShownModel;

/**
 * PCA and the autoencoder side by side on the same data: the two latent scatters (same class
 * colours), the same validation images reconstructed by each at the same code size, PCA's error for
 * every k with the autoencoder's point, PCA's explained variance, and the mean image with the first
 * principal components ("eigendigits"). It draws what {@link ComparisonViewModel} computes.
 */
public final class ComparisonView extends ScrollPane {
    private static final double TILE = 52;
    private static final int ROWS = 3;

    private final ComparisonViewModel model;
    private final LatentScatterView pcaScatter;
    private final LatentScatterView modelScatter;
    private final GridPane reconstructions = new GridPane();
    private final Label pcaRow = rowLabel("PCA");
    private final Label modelRow = rowLabel("Autoencoder");
    private ImageView[][] reconstructionGrid = new ImageView[ROWS][0];
    private final NumberAxis errorK = new NumberAxis("components k", 0, 64, 8);
    private final NumberAxis errorY = new NumberAxis();
    private final LineChart<Number, Number> errorChart = new LineChart<>(errorK, errorY);
    private final LineChart<Number, Number> varianceChart = new LineChart<>(new NumberAxis("component", 0, 64, 8), new NumberAxis(0, 1, 0.1));
    private final TilePane eigenImages = new TilePane(4, 4);
    private final Label status = new Label();

    public ComparisonView(ComparisonViewModel model, ShownModel training) {
        this.model = model;
        this.pcaScatter = new LatentScatterView(model.pcaCodes());
        this.modelScatter = new LatentScatterView(model.modelCodes());
        getStyleClass().add("comparison-view");
        setFitToWidth(true);

        CheckBox standardise = new CheckBox("Standardise axes");
        standardise.setId("standardise-axes");
        standardise.setTooltip(new Tooltip("Scale each axis to unit variance, so the two scatters are compared by shape, not by scale."));
        standardise.selectedProperty().addListener((obs, old, on) -> {
            pcaScatter.setStandardised(on);
            modelScatter.setStandardised(on);
        });
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("view-caption");
        HBox header = new HBox(16, status, standardise);
        header.setAlignment(Pos.CENTER_LEFT);

        pcaScatter.setPrefHeight(360);
        modelScatter.setPrefHeight(360);
        HBox scatters = new HBox(8, pcaScatter, modelScatter);
        HBox.setHgrow(pcaScatter, Priority.ALWAYS);
        HBox.setHgrow(modelScatter, Priority.ALWAYS);
        pcaScatter.setPrefWidth(500);
        modelScatter.setPrefWidth(500);

        reconstructions.setHgap(4);
        reconstructions.setVgap(4);
        reconstructions.setId("comparison-reconstructions");
        TileTips.install(reconstructions, "The same validation images: input, PCA's and the autoencoder's reconstructions.");

        errorChart.setTitle("Error against code size");
        errorChart.setId("error-chart");
        errorChart.setCreateSymbols(true);
        errorChart.setAnimated(false);
        errorChart.setLegendVisible(true);
        errorY.setLabel("MSE per pixel");
        errorY.setForceZeroInRange(false);
        errorChart.setPrefSize(420, 280);
        varianceChart.setTitle("Explained variance");
        varianceChart.setAnimated(false);
        varianceChart.setCreateSymbols(false);
        varianceChart.setPrefSize(420, 280);
        eigenImages.setPrefColumns(6);
        eigenImages.setId("eigen-images");
        TileTips.install(eigenImages, "The mean image and PCA's first components.");
        Label eigenCaption = caption("Mean and components (red +, blue −)");
        // Wrapped to the tiles' width: at 1280×820 the caption on one line was cut to "Mean and components (red ...".
        eigenCaption.setWrapText(true);
        eigenCaption.setMinHeight(Region.USE_PREF_SIZE);
        eigenCaption.prefWidthProperty().bind(eigenImages.widthProperty());
        VBox eigen = new VBox(6, eigenCaption, eigenImages);
        HBox charts = new HBox(12, errorChart, varianceChart, eigen);

        VBox content = new VBox(12, header, scatters, caption("The same validation images, reconstructed"), reconstructions, charts);
        content.setPadding(new Insets(10));
        setContent(content);

        training.codesProperty().addListener((obs, old, codes) -> {
            if (codes != null) {
                modelScatter.show(codes);
            } else {
                modelScatter.clear();
            }
        });
        model.pcaProperty().addListener((obs, old, p) -> showPca());
        model.modelProperty().addListener((obs, old, m) -> showModel());
        drawn.bind(caughtUp.property().and(model.fittingProperty().not()).and(pcaScatter.drawnProperty()).and(modelScatter.drawnProperty()));
        org.latentlab.ui.common.Visibility.catchUpWhenShown(this, () -> pcaStale, this::showPca);
        org.latentlab.ui.common.Visibility.catchUpWhenShown(this, () -> modelStale, this::showModel);
    }

    /** The view model behind this view, for tests. */
    public ComparisonViewModel model() {
        return model;
    }

    /** The PCA scatter, for tests. */
    public LatentScatterView pcaScatter() {
        return pcaScatter;
    }

    /** The error chart, for tests. */
    public LineChart<Number, Number> errorChart() {
        return errorChart;
    }

    /** Number of image tiles in the reconstruction grid, for tests. */
    public int reconstructionTiles() {
        return (int) reconstructions.getChildren().stream().filter(n -> n instanceof ImageView v && v.getImage() != null).count();
    }

    private boolean pcaStale;
    private final org.latentlab.ui.common.DrawnSignal caughtUp = new org.latentlab.ui.common.DrawnSignal();
    private final javafx.beans.property.ReadOnlyBooleanWrapper drawn = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** True once PCA's side (when fitted or being fitted) and the model's side are both drawn. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /**
     * PCA's scatter, spectrum, eigen-images and errors; in an unselected tab, deferred until the tab is
     * shown, so building its charts does not take the UI thread while another view shows the run.
     */
    private void showPca() {
        if (!org.latentlab.ui.common.Visibility.shown(this)) {
            pcaStale = true;
            caughtUp.stale();
            return;
        }
        pcaStale = false;
        if (!modelStale) {
            caughtUp.painted();
        }
        ComparisonViewModel.PcaResult p = model.pcaProperty().get();
        if (p == null) {
            varianceChart.getData().clear();
            errorChart.getData().clear();
            eigenImages.getChildren().clear();
            showReconstructions();
            return;
        }
        pcaScatter.show(p.codes());
        XYChart.Series<Number, Number> perComponent = new XYChart.Series<>();
        perComponent.setName("per component");
        XYChart.Series<Number, Number> cumulative = new XYChart.Series<>();
        cumulative.setName("cumulative");
        double sum = 0;
        for (int i = 0; i < p.explainedVarianceRatio().length; i++) {
            sum += p.explainedVarianceRatio()[i];
            perComponent.getData().add(new XYChart.Data<>(i + 1, p.explainedVarianceRatio()[i]));
            cumulative.getData().add(new XYChart.Data<>(i + 1, sum));
        }
        varianceChart.getData().setAll(java.util.List.of(perComponent, cumulative));

        int components = p.eigenImages().length;
        if (eigenImages.getChildren().size() != components + 1) {
            eigenImages.getChildren().clear();
            for (int i = 0; i <= components; i++) {
                eigenImages.getChildren().add(tile(""));
            }
        }
        show(eigenImages.getChildren().get(0), Images.picture(toFloat(p.mean()), 0, p.channels(), p.width(), p.height()), "mean image");
        for (int i = 0; i < components; i++) {
            show(eigenImages.getChildren().get(i + 1), p.channels() == 3
                            ? Images.signedColour(toFloat(p.eigenImages()[i]), 0, p.width(), p.height())
                            : Images.diverging(p.eigenImages()[i], p.width(), p.height()),
                    String.format("component %d: %.1f%% of the variance", i + 1, 100 * p.explainedVarianceRatio()[i]));
        }
        showErrors();
        showReconstructions();
    }

    private boolean modelStale;

    /** The model's point and reconstructions; in an unselected tab, deferred until the tab is shown. */
    private void showModel() {
        if (!org.latentlab.ui.common.Visibility.shown(this)) {
            modelStale = true;
            caughtUp.stale();
            return;
        }
        modelStale = false;
        if (!pcaStale) {
            caughtUp.painted();
        }
        ComparisonViewModel.ModelResult m = model.modelProperty().get();
        if (errorChart.getData().size() == 2 && m != null && m.codeSize() <= 64 && Double.isFinite(m.validationMse())) {
            // Only the autoencoder's point moves: rebuilding PCA's 64 points every epoch costs the UI thread tens of ms.
            var point = errorChart.getData().get(1).getData();
            if (point.size() == 1) {
                point.get(0).setXValue(m.codeSize());
                point.get(0).setYValue(m.validationMse());
            } else {
                point.setAll(java.util.List.of(new XYChart.Data<>(m.codeSize(), m.validationMse())));
            }
        } else {
            showErrors();
        }
        showReconstructions();
    }

    private void showErrors() {
        ComparisonViewModel.PcaResult p = model.pcaProperty().get();
        if (p == null) {
            return;
        }
        XYChart.Series<Number, Number> pcaCurve = new XYChart.Series<>();
        pcaCurve.setName("PCA, k components");
        for (int k = 1; k <= p.errorByK().length; k++) {
            pcaCurve.getData().add(new XYChart.Data<>(k, p.errorByK()[k - 1]));
        }
        XYChart.Series<Number, Number> point = new XYChart.Series<>();
        point.setName("autoencoder");
        ComparisonViewModel.ModelResult m = model.modelProperty().get();
        if (m != null && m.codeSize() <= 64 && Double.isFinite(m.validationMse())) {
            point.getData().add(new XYChart.Data<>(m.codeSize(), m.validationMse()));
        }
        errorChart.getData().setAll(java.util.List.of(pcaCurve, point));
    }

    private void showReconstructions() {
        ComparisonViewModel.PcaResult p = model.pcaProperty().get();
        ComparisonViewModel.ModelResult m = model.modelProperty().get();
        if (p == null) {
            reconstructions.getChildren().clear();
            reconstructionGrid = new ImageView[ROWS][0];
            return;
        }
        int d = p.channels() * p.width() * p.height();
        int count = p.reconstructions().length / d;
        if (reconstructionGrid[0].length != count) {
            layOutReconstructions(count);
        }
        pcaRow.setText("PCA, k = " + p.k());
        modelRow.setText(m == null ? "Autoencoder (training…)" : "Autoencoder, " + m.codeSize() + " units");
        for (int i = 0; i < count; i++) {
            int c = p.channels();
            show(reconstructionGrid[0][i], m == null ? null : Images.picture(m.inputs(), i * d, c, p.width(), p.height()), null);
            show(reconstructionGrid[1][i], Images.picture(p.reconstructions(), i * d, c, p.width(), p.height()), null);
            show(reconstructionGrid[2][i], m == null ? null : Images.picture(m.reconstructions(), i * d, c, p.width(), p.height()), null);
        }
    }

    /**
     * Makes the reconstruction grid's tiles, once per image count: every epoch then only gives them new
     * images (rebuilt each epoch with a tooltip apiece, the 30 tiles cost the UI thread tens of ms).
     */
    private void layOutReconstructions(int count) {
        reconstructions.getChildren().clear();
        reconstructionGrid = new ImageView[ROWS][count];
        reconstructions.add(rowLabel("Input"), 0, 0);
        reconstructions.add(pcaRow, 0, 1);
        reconstructions.add(modelRow, 0, 2);
        String[] tips = {"validation image ", "PCA", "autoencoder"};
        for (int i = 0; i < count; i++) {
            for (int row = 0; row < ROWS; row++) {
                ImageView v = tile(row == 0 ? tips[row] + (i + 1) : tips[row]);
                reconstructionGrid[row][i] = v;
                reconstructions.add(v, i + 1, row);
            }
        }
    }

    /** An empty image tile with its tooltip. */
    private static ImageView tile(String tip) {
        ImageView v = new ImageView();
        v.setFitWidth(TILE);
        v.setFitHeight(TILE);
        v.setSmooth(false);
        TileTips.set(v, tip);
        return v;
    }

    /** Gives a tile its image (none hides it) and, when {@code tip} is not null, its tooltip's text. */
    private static void show(javafx.scene.Node node, javafx.scene.image.Image image, String tip) {
        ImageView v = (ImageView) node;
        v.setImage(image);
        v.setVisible(image != null);
        if (tip != null) {
            TileTips.set(v, tip);
        }
    }

    private static Label rowLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(170);
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("view-caption");
        return l;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
