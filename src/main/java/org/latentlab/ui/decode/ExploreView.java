package org.latentlab.ui.decode;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ui.common.TileTips;

/**
 * Walking the latent space: press or drag anywhere in the plane and the decoded image follows the
 * pointer; pick two samples (shift-click in the plane, or click in the gallery) and slide t from
 * one to the other, linearly or along the sphere; one slider per latent dimension walks each
 * dimension away from the selected code.
 */
public final class ExploreView extends SplitPane {
    private static final int MAX_DIMENSION_SLIDERS = 16;

    private final ExploreViewModel explore;
    private final LatentViewModel model;
    private final LatentScatterView plane;
    private final ImageView probeImage = big();
    private final Label probeCaption = new Label("Press or drag in the plane.");
    private final ImageView aImage = small();
    private final ImageView bImage = small();
    private final ImageView tImage = big();
    private final Slider t = new Slider(0, 1, 0.5);
    private final CheckBox spherical = new CheckBox("Spherical");
    private final HBox strip = new HBox(2);
    private final ToggleGroup pick = new ToggleGroup();
    private final ToggleButton pickA = new ToggleButton("Pick A");
    private final ToggleButton pickB = new ToggleButton("Pick B");
    private final HBox gallery = new HBox(3);
    private final VBox dimensionBox = new VBox(4);
    private final List<Slider> dimensionSliders = new ArrayList<>();
    private boolean settingSliders;
    private int galleryFor = -1;
    private final ReadOnlyBooleanWrapper drawn = new ReadOnlyBooleanWrapper();
    private final VaeExplainerView explainer;

    public ExploreView(ExploreViewModel explore) {
        this.explore = explore;
        this.model = explore.latent();
        this.plane = new LatentScatterView(model);
        plane.setMode(LatentScatterView.Mode.PROBE);
        plane.setId("explore-plane");
        drawn.bind(plane.drawnProperty().and(explore.decodingProperty().not()).and(explore.explainer().drawnProperty()));
        getStyleClass().add("explore-view");

        probeImage.setId("probe-image");
        tImage.setId("interpolation-image");
        t.setId("interpolation-t");
        t.setTooltip(new Tooltip("t = 0 shows A, t = 1 shows B; in between, the decoded image of (1−t)·z_A + t·z_B."));
        spherical.setId("spherical");
        spherical.setTooltip(new Tooltip("Interpolate along the great circle instead of the straight line: for a VAE the straight "
                + "line passes through codes of unusually small norm."));
        spherical.selectedProperty().bindBidirectional(explore.sphericalProperty());
        t.valueProperty().bindBidirectional(explore.tProperty());
        pickA.setToggleGroup(pick);
        pickB.setToggleGroup(pick);
        pickA.setSelected(true);
        // Picking A or B is a toggle pair here, one boolean in the view model.
        pick.selectedToggleProperty().addListener((obs, old, b) -> explore.pickingAProperty().set(b != pickB));
        explore.pickingAProperty().addListener((obs, old, a) -> (a ? pickA : pickB).setSelected(true));
        pickA.setTooltip(new Tooltip("The next sample you shift-click in the plane, or click in the gallery, becomes A."));
        pickB.setTooltip(new Tooltip("The next sample you shift-click in the plane, or click in the gallery, becomes B."));
        Button swap = new Button("Swap");
        swap.setOnAction(e -> explore.swapEnds());

        Label probeTitle = heading("At the pointer");
        VBox probeBox = new VBox(6, probeTitle, probeImage, probeCaption);
        probeCaption.setWrapText(true);
        probeCaption.setMaxWidth(260);

        Label interpTitle = heading("Interpolate from A to B");
        HBox ends = new HBox(8, labelled("A", aImage), labelled("B", bImage), new VBox(6, new HBox(4, pickA, pickB), swap, spherical));
        ends.setAlignment(Pos.CENTER_LEFT);
        HBox tRow = new HBox(6, new Label("t"), t);
        HBox.setHgrow(t, Priority.ALWAYS);
        tRow.setAlignment(Pos.CENTER_LEFT);
        TileTips.install(gallery, "Validation samples: click one to pick it.");
        ScrollPane galleryScroll = new ScrollPane(gallery);
        galleryScroll.setPrefViewportHeight(46);
        galleryScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox interp = new VBox(6, interpTitle, new Label("Gallery (click to pick):"), galleryScroll, ends, tRow, tImage,
                new Label("Ten steps from A to B:"), strip);

        Label dimsTitle = heading("Walk each dimension from the selected code");
        explainer = new VaeExplainerView(explore.explainer(), model, plane);
        VBox right = new VBox(14, explainer, probeBox, interp, dimsTitle, dimensionBox);
        right.setPadding(new Insets(10));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setMinWidth(320);
        getItems().addAll(new javafx.scene.layout.StackPane(plane, explainer.overlay()), rightScroll);
        setDividerPositions(0.58);

        probeCaption.textProperty().bind(explore.probeCaptionProperty());
        explore.probeImageProperty().addListener((obs, old, image) ->
                probeImage.setImage(Images.picture(image, 0, model.imageChannels(), model.imageWidth(), model.imageHeight())));
        explore.interpolationImageProperty().addListener((obs, old, image) ->
                tImage.setImage(Images.picture(image, 0, model.imageChannels(), model.imageWidth(), model.imageHeight())));
        explore.stripImagesProperty().addListener((obs, old, images) -> drawStrip(images));
        model.endAProperty().addListener(o -> endsChanged());
        model.endBProperty().addListener(o -> endsChanged());
        model.selectedProperty().addListener(o -> resetDimensionSliders());
        model.shownProperty().addListener((obs, old, s) -> {
            if (s != null && (old == null || old.latentSize() != s.latentSize())) {
                buildDimensionSliders(s.latentSize());
            }
            if (s != null && galleryFor != s.size()) {
                buildGallery(s);
            }
        });
        plane.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isShiftDown()) {
                double[] p = plane.dataAt(e.getX(), e.getY());
                int i = explore.nearestSample(p[0], p[1]);
                if (i >= 0) {
                    pickSample(i);
                }
                e.consume();
            }
        });
    }

    /**
     * True once the plane and every decoded image asked for (at the pointer, between A and B) are drawn;
     * before anything is picked, the plane and the empty panels with their captions.
     */
    public ReadOnlyBooleanProperty drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** The latent plane the pointer explores. */
    public LatentScatterView planeView() {
        return plane;
    }

    /** The VAE explainer (shown only for a VAE). */
    public VaeExplainerView explainerView() {
        return explainer;
    }

    /** The VAE explainer's state. */
    public VaeExplainerViewModel explainerViewModel() {
        return explore.explainer();
    }

    /** The interpolation slider. */
    public Slider interpolationSlider() {
        return t;
    }

    /** The image decoded at the pointer, as values (null before the first). */
    public float[] probeDecoded() {
        return explore.probeImageProperty().get();
    }

    /** The image decoded at the slider's t, as values (null before both ends are picked). */
    public float[] interpolationDecoded() {
        return explore.interpolationImageProperty().get();
    }

    /** Makes sample {@code i} the end being picked (A or B), then switches to the other end. */
    public void pickSample(int i) {
        explore.pickSample(i);
    }

    private void endsChanged() {
        aImage.setImage(sampleImage(model.endAProperty().get()));
        bImage.setImage(sampleImage(model.endBProperty().get()));
    }

    private javafx.scene.image.Image sampleImage(int i) {
        float[] images = model.images();
        int size = model.imageChannels() * model.imageHeight() * model.imageWidth();
        if (i < 0 || images == null || (long) (i + 1) * size > images.length) {
            return null;
        }
        return Images.picture(images, i * size, model.imageChannels(), model.imageWidth(), model.imageHeight());
    }

    private void drawStrip(float[] images) {
        strip.getChildren().clear();
        if (images == null) {
            return;
        }
        int size = model.imageChannels() * model.imageHeight() * model.imageWidth();
        for (int s = 0; s < ExploreViewModel.STRIP; s++) {
            ImageView v = new ImageView(Images.picture(images, s * size, model.imageChannels(), model.imageWidth(), model.imageHeight()));
            v.setFitWidth(40);
            v.setFitHeight(40);
            v.setSmooth(false);
            strip.getChildren().add(v);
        }
    }

    private void buildGallery(LatentSnapshot s) {
        galleryFor = s.size();
        gallery.getChildren().clear();
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int g = 0; g < Math.min(24, s.size()); g++) {
            int i = random.nextInt(s.size());
            ImageView v = new ImageView(sampleImage(i));
            v.setFitWidth(36);
            v.setFitHeight(36);
            v.setSmooth(false);
            v.getStyleClass().add("gallery-item");
            TileTips.set(v, "Sample #" + i + ": click to pick it as " + (pickA.isSelected() ? "A" : "the current end"));
            v.setOnMouseClicked(e -> pickSample(i));
            gallery.getChildren().add(v);
        }
    }

    private void buildDimensionSliders(int k) {
        dimensionBox.getChildren().clear();
        dimensionSliders.clear();
        if (k > MAX_DIMENSION_SLIDERS) {
            dimensionBox.getChildren().add(new Label("The code has " + k + " dimensions; sliders are shown for the first "
                    + MAX_DIMENSION_SLIDERS + "."));
        }
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        for (int d = 0; d < Math.min(k, MAX_DIMENSION_SLIDERS); d++) {
            Slider s = new Slider(-3, 3, 0);
            s.setId("dimension-" + d);
            s.setPrefWidth(220);
            Label value = new Label();
            value.textProperty().bind(s.valueProperty().asString("%.2f"));
            value.setMinWidth(44);
            s.valueProperty().addListener(o -> walkDimensions());
            s.setTooltip(new Tooltip("Move z" + (d + 1) + " away from the selected code; the other dimensions stay."));
            grid.addRow(d, new Label("z" + (d + 1)), s, value);
            dimensionSliders.add(s);
        }
        dimensionBox.getChildren().add(grid);
        resetDimensionSliders();
    }

    /** Puts each slider at the selected sample's code (or the mean code), with a range spanning the codes. */
    private void resetDimensionSliders() {
        settingSliders = true;
        for (int d = 0; d < dimensionSliders.size(); d++) {
            ExploreViewModel.Range r = explore.range(d);
            if (r == null) {
                break;
            }
            Slider slider = dimensionSliders.get(d);
            slider.setMin(r.min());
            slider.setMax(r.max());
            slider.setValue(r.start());
        }
        settingSliders = false;
    }

    private void walkDimensions() {
        if (!settingSliders) {
            explore.walk(dimensionSliders.stream().mapToDouble(Slider::getValue).toArray());
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("view-caption");
        return l;
    }

    private static VBox labelled(String name, ImageView image) {
        VBox box = new VBox(2, new Label(name), image);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static ImageView big() {
        ImageView v = new ImageView();
        v.setFitWidth(168);
        v.setFitHeight(168);
        v.setSmooth(false);
        v.getStyleClass().add("decoded-image");
        return v;
    }

    private static ImageView small() {
        ImageView v = new ImageView();
        v.setFitWidth(56);
        v.setFitHeight(56);
        v.setSmooth(false);
        return v;
    }
}
