package org.latentlab.ui.decode;

import java.util.SplittableRandom;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.latentlab.ml.infer.DecoderService;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * New images from random codes. For a VAE the codes come from its prior N(0, I); for the other
 * variants, which have no prior, from a Gaussian fitted to the validation codes, which shows why a
 * plain autoencoder is a poor generator (many samples land in the gaps between clusters).
 */
public final class GenerateView extends VBox {
    private static final int SAMPLES = 32;

    private final LatentViewModel model;
    private final DecoderService decoder;
    private final TilePane tiles = new TilePane(4, 4);
    private final Label caption = new Label("Train or open a model, then press Sample.");
    private long seed = 1;
    private float[] lastCodes;
    private int shown;
    private final org.latentlab.ui.common.DrawnSignal decodes = new org.latentlab.ui.common.DrawnSignal();

    public GenerateView(LatentViewModel model, DecoderService decoder) {
        this.model = model;
        this.decoder = decoder;
        getStyleClass().add("generate-view");
        Button sample = new Button("Sample");
        sample.setId("resample");
        sample.setTooltip(new Tooltip("Draw " + SAMPLES + " new codes and decode them."));
        sample.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sample.setOnAction(e -> {
            seed++;
            generate();
        });
        caption.setWrapText(true);
        caption.getStyleClass().add("view-caption");
        HBox header = new HBox(10, sample, caption);
        header.setAlignment(Pos.CENTER_LEFT);
        tiles.setPrefColumns(8);
        getChildren().addAll(header, tiles);
        setPadding(new Insets(10));
        setSpacing(10);
        model.shownWeightsProperty().addListener((obs, old, w) -> {
            if (old == null && w != null) {
                generate();
            }
        });
    }

    /** True once the samples asked for (or the caption saying how to get some) are on show. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return decodes.property();
    }

    /** The codes of the images on show (for tests), or null. */
    public float[] lastCodes() {
        return lastCodes;
    }

    /** Number of generated images on show. */
    public int shownCount() {
        return shown;
    }

    /** Draws new codes and decodes them. */
    public void generate() {
        LatentSnapshot s = model.shownProperty().get();
        if (s == null || !decoder.hasModel()) {
            return;
        }
        int k = s.latentSize();
        double[] mean = new double[k];
        double[] sd = new double[k];
        boolean prior = model.variationalProperty().get();
        if (prior) {
            java.util.Arrays.fill(sd, 1);
        } else {
            for (int i = 0; i < s.size(); i++) {
                for (int j = 0; j < k; j++) {
                    mean[j] += s.codes()[i * k + j] / (double) s.size();
                }
            }
            for (int i = 0; i < s.size(); i++) {
                for (int j = 0; j < k; j++) {
                    double d = s.codes()[i * k + j] - mean[j];
                    sd[j] += d * d / s.size();
                }
            }
            for (int j = 0; j < k; j++) {
                sd[j] = Math.sqrt(sd[j]);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] codes = new float[SAMPLES * k];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (float) (mean[i % k] + sd[i % k] * gaussian(random));
        }
        int h = model.imageHeight();
        int w = model.imageWidth();
        decodes.deliver(decoder.decode("generate", codes, SAMPLES), images -> {
            lastCodes = codes;
            tiles.getChildren().clear();
            for (int i = 0; i < SAMPLES; i++) {
                ImageView v = new ImageView(Images.grey(images, i * h * w, w, h));
                v.setFitWidth(72);
                v.setFitHeight(72);
                v.setSmooth(false);
                tiles.getChildren().add(v);
            }
            shown = SAMPLES;
            caption.setText(prior
                    ? "Codes drawn from the VAE's prior N(0, I) and decoded: the KL term pulled the codes towards this prior, so most samples look like data."
                    : "Codes drawn from a Gaussian fitted to the validation codes (this variant has no prior): many land between the clusters "
                            + "and decode to blends. A VAE fills those gaps.");
        }, caption::setText);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
