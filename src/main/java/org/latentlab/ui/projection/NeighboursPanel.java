package org.latentlab.ui.projection;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentlab.analysis.projection.NearestNeighbours;
import org.latentlab.analysis.projection.NearestNeighbours.Metric;
import org.latentlab.analysis.projection.NearestNeighbours.Neighbour;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The selected sample's nearest neighbours as thumbnails with their distances: in the code space
 * and, below, in pixel space, each with the share that carry the sample's label. A click on a
 * thumbnail selects that sample.
 */
public final class NeighboursPanel extends VBox {
    private static final double THUMB = 42;
    private final NeighboursViewModel model;
    private final Label heading = new Label("Select a point to see its nearest neighbours.");
    private final Label codeShare = new Label();
    private final Label pixelShare = new Label();
    private final FlowPane inCodes = new FlowPane(4, 4);
    private final FlowPane inPixels = new FlowPane(4, 4);
    private final Label error = new Label();

    public NeighboursPanel(NeighboursViewModel model) {
        super(4);
        this.model = model;
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("neighbours-panel");
        Spinner<Integer> k = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, NearestNeighbours.MAX_K,
                model.kProperty().get()));
        k.setId("neighbours-k");
        k.setEditable(true);
        k.setPrefWidth(70);
        k.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                model.kProperty().set(v);
            }
        });
        k.setTooltip(new Tooltip("How many neighbours, 1 to " + NearestNeighbours.MAX_K + "."));
        ChoiceBox<Metric> metric = new ChoiceBox<>();
        metric.setId("neighbours-metric");
        metric.getItems().addAll(Metric.values());
        metric.valueProperty().bindBidirectional(model.metricProperty());
        metric.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : m == Metric.EUCLIDEAN ? "Euclidean" : "Cosine";
            }

            @Override
            public Metric fromString(String s) {
                return s.equals("Cosine") ? Metric.COSINE : Metric.EUCLIDEAN;
            }
        });
        metric.setTooltip(new Tooltip("Distance in the code space: straight-line, or one minus the cosine of the angle."));
        heading.setId("neighbours-heading");
        heading.getStyleClass().add("view-caption");
        heading.setMinWidth(0);
        HBox top = new HBox(8, heading, new Label("k"), k, metric);
        top.setAlignment(Pos.CENTER_LEFT);
        codeShare.setId("code-share");
        pixelShare.setId("pixel-share");
        inCodes.setId("code-neighbours");
        inPixels.setId("pixel-neighbours");
        error.setId("neighbours-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-message");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox lists = new VBox(4, codeShare, inCodes, pixelShare, inPixels);
        ScrollPane scroll = new ScrollPane(lists);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(top, error, scroll);
        model.foundProperty().addListener((obs, old, f) -> show(f));
        show(model.foundProperty().get());
    }

    /** Thumbnails now shown in the code-space row and the pixel-space row. */
    public int[] thumbnailCounts() {
        return new int[] {inCodes.getChildren().size(), inPixels.getChildren().size()};
    }

    private void show(NeighboursViewModel.Found f) {
        LatentViewModel latent = model.latent();
        LatentSnapshot s = latent.shownProperty().get();
        if (f == null || s == null) {
            heading.setText("Select a point to see its nearest neighbours.");
            codeShare.setText("");
            pixelShare.setText("");
            inCodes.getChildren().clear();
            inPixels.getChildren().clear();
            return;
        }
        heading.setText("Nearest neighbours of #" + f.query() + " (" + className(s, f.label()) + ")");
        codeShare.setText("In the code space (" + (f.metric() == Metric.EUCLIDEAN ? "Euclidean" : "cosine") + "): "
                + share(f.inCodes(), f.codeShare()) + " have its label");
        pixelShare.setText("In pixel space (Euclidean): " + share(f.inPixels(), f.pixelShare()) + " have its label");
        fill(inCodes, f.inCodes(), s);
        fill(inPixels, f.inPixels(), s);
    }

    private void fill(FlowPane pane, List<Neighbour> neighbours, LatentSnapshot s) {
        LatentViewModel latent = model.latent();
        int h = latent.imageHeight();
        int w = latent.imageWidth();
        float[] images = latent.images();
        pane.getChildren().clear();
        for (Neighbour nb : neighbours) {
            int i = nb.index();
            ImageView view = new ImageView(images != null && (long) (i + 1) * h * w <= images.length ? Images.grey(images, i * h * w, w, h) : null);
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            view.setSmooth(false);
            Label distance = new Label(String.format(Locale.ROOT, nb.distance() < 0.01 ? "%.4f" : "%.2f", nb.distance()));
            distance.setStyle("-fx-font-size: 0.8em;");
            VBox tile = new VBox(1, view, distance);
            tile.setAlignment(Pos.CENTER);
            tile.getStyleClass().add("neighbour-tile");
            Tooltip.install(tile, new Tooltip("#" + i + " · " + className(s, s.labels()[i]) + " · distance " + distance.getText()));
            tile.setOnMouseClicked(e -> latent.selectedProperty().set(i));
            pane.getChildren().add(tile);
        }
    }

    private static String share(List<Neighbour> list, double share) {
        int same = (int) Math.round(share * list.size());
        return same + " of " + list.size() + " (" + String.format(Locale.ROOT, "%.0f%%", 100 * share) + ")";
    }

    private static String className(LatentSnapshot s, int label) {
        return label >= 0 && label < s.classNames().size() ? s.classNames().get(label) : String.valueOf(label);
    }
}
