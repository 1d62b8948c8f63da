package org.latentlab.ui.projection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * Beside the scatter: the decoded lattice on a plane whose every point is a code (raw dimensions,
 * a PCA plane); on a t-SNE or UMAP map, which has no inverse, a sentence saying so and the selected
 * sample's input beside the decoding of its own code.
 */
public final class LatticeOrOwnCode extends StackPane {
    private static final double SCALE = 3;
    private final ProjectionViewModel model;
    private final Node lattice;
    private final VBox own = new VBox(6);
    private final Label why = new Label();
    private final Label selection = new Label();
    private final ImageView input = new ImageView();
    private final ImageView decoded = new ImageView();
    private long decodeRequest;
    private int decodedIndex = -1;
    private Object decodedWeights;

    public LatticeOrOwnCode(Node lattice, ProjectionViewModel model) {
        this.model = model;
        this.lattice = lattice;
        why.setId("no-lattice");
        why.setWrapText(true);
        why.setMaxWidth(360);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        selection.setId("own-code-caption");
        selection.setWrapText(true);
        selection.setMaxWidth(360);
        for (ImageView v : new ImageView[] {input, decoded}) {
            v.setSmooth(false);
            v.setPreserveRatio(true);
        }
        decoded.setId("own-code-decoded");
        VBox in = new VBox(4, new Label("Input"), input);
        VBox out = new VBox(4, new Label("Decoded from its code"), decoded);
        HBox pictures = new HBox(16, in, out);
        pictures.setAlignment(Pos.CENTER);
        own.getChildren().addAll(why, selection, pictures);
        own.setAlignment(Pos.CENTER);
        own.setPadding(new Insets(8));
        own.setId("own-code");
        getChildren().addAll(lattice, own);
        LatentViewModel latent = model.latent();
        latent.planeProperty().addListener(o -> update());
        latent.selectedProperty().addListener(o -> update());
        latent.shownWeightsProperty().addListener(o -> update());
        update();
    }

    /** True when the lattice is offered (the plane's points are codes). */
    public boolean latticeOffered() {
        return lattice.isVisible();
    }

    /** True once the selected sample's own code is decoded and shown. */
    public boolean ownCodeShown() {
        return own.isVisible() && decoded.getImage() != null;
    }

    private void update() {
        LatentViewModel latent = model.latent();
        LatentPlane plane = latent.planeProperty().get();
        boolean decodable = plane == null || plane.decodable();
        lattice.setVisible(decodable);
        own.setVisible(!decodable);
        if (decodable) {
            return;
        }
        String name = model.kindProperty().get().title();
        why.setText("A " + name + " map has no inverse: a place between its points is no code, so there is no lattice "
                + "to decode (raw dimensions and PCA planes offer one). Click a point to decode its own code.");
        int i = latent.selectedProperty().get();
        Object weights = latent.shownWeightsProperty().get();
        if (i >= 0 && i == decodedIndex && weights == decodedWeights) {
            return; // the map moved; the sample and its decoding are the same
        }
        decodedIndex = i;
        decodedWeights = weights;
        long request = ++decodeRequest;
        if (i < 0) {
            selection.setText("No point selected.");
            input.setImage(null);
            decoded.setImage(null);
            return;
        }
        int h = latent.imageHeight();
        int w = latent.imageWidth();
        float[] images = latent.images();
        input.setImage(images != null && (long) (i + 1) * h * w <= images.length ? Images.grey(images, i * h * w, w, h) : null);
        input.setFitWidth(w * SCALE);
        decoded.setFitWidth(w * SCALE);
        var shown = latent.shownProperty().get();
        int label = shown == null || i >= shown.size() ? -1 : shown.labels()[i];
        String className = shown != null && label >= 0 && label < shown.classNames().size() ? shown.classNames().get(label) : "?";
        selection.setText("Sample #" + i + " (" + className + ")");
        var work = model.decodeOwnCode(i);
        if (work == null) {
            decoded.setImage(null);
            return;
        }
        work.whenComplete((pixels, error) -> javafx.application.Platform.runLater(() -> {
            if (request != decodeRequest) {
                return;
            }
            decoded.setImage(error == null && pixels != null && pixels.length >= h * w ? Images.grey(pixels, 0, w, h) : null);
        }));
    }
}
