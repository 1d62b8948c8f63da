package org.latentlab.ui.projection;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentlab.analysis.projection.NearestNeighbours;
import org.latentlab.analysis.projection.NearestNeighbours.Metric;
import org.latentlab.analysis.projection.NearestNeighbours.Neighbour;
import org.latentlab.errors.Sentences;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * The selected sample's k nearest neighbours in the code space (Euclidean or cosine) and in pixel
 * space, with the share of each that carry its label, found by brute force on the
 * {@code neighbours} lane; the code-space ones are ringed on the map.
 */
public final class NeighboursViewModel {
    /** One sample's neighbours: in code space and in pixel space, and the share of each with its label. */
    public record Found(int query, int label, Metric metric, List<Neighbour> inCodes, double codeShare,
                        List<Neighbour> inPixels, double pixelShare) {}

    private final LatentViewModel latent;
    private final Executor lane;
    private final IntegerProperty k = new SimpleIntegerProperty(10);
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.EUCLIDEAN);
    private final ReadOnlyObjectWrapper<Found> found = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long request;

    public NeighboursViewModel(LatentViewModel latent) {
        this.latent = latent;
        this.lane = latent.background().lane("neighbours");
        latent.selectedProperty().addListener(o -> search());
        latent.shownProperty().addListener(o -> search());
        k.addListener(o -> search());
        metric.addListener(o -> search());
    }

    /** How many neighbours to find, 1 to {@value NearestNeighbours#MAX_K}. */
    public IntegerProperty kProperty() {
        return k;
    }

    /** How distance in the code space is measured (pixel space is always Euclidean). */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** The newest neighbours found, or null with no selection. */
    public ReadOnlyObjectProperty<Found> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** The sentence when the search was refused (more neighbours than other samples), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public LatentViewModel latent() {
        return latent;
    }

    private void search() {
        long id = ++request;
        LatentSnapshot s = latent.shownProperty().get();
        int query = latent.selectedProperty().get();
        if (s == null || query < 0 || query >= s.size()) {
            found.set(null);
            error.set("");
            latent.neighboursProperty().set(new int[0]);
            return;
        }
        int count = k.get();
        Metric m = metric.get();
        float[] images = latent.images();
        int pixels = latent.imageHeight() * latent.imageWidth();
        lane.execute(() -> {
            try {
                List<Neighbour> inCodes = NearestNeighbours.of(s.codes(), s.size(), s.latentSize(), query, count, m);
                List<Neighbour> inPixels = images != null && pixels > 0 && images.length >= (long) s.size() * pixels
                        ? NearestNeighbours.of(images.length == (long) s.size() * pixels ? images
                                : java.util.Arrays.copyOf(images, s.size() * pixels), s.size(), pixels, query, count, Metric.EUCLIDEAN)
                        : List.of();
                int label = s.labels()[query];
                Found f = new Found(query, label, m, inCodes, NearestNeighbours.sameLabelShare(inCodes, s.labels(), label),
                        inPixels, NearestNeighbours.sameLabelShare(inPixels, s.labels(), label));
                Platform.runLater(() -> {
                    if (id == request) {
                        error.set("");
                        found.set(f);
                        latent.neighboursProperty().set(inCodes.stream().mapToInt(Neighbour::index).toArray());
                    }
                });
            } catch (RuntimeException e) {
                String sentence = Sentences.of(e);
                Platform.runLater(() -> {
                    if (id == request) {
                        found.set(null);
                        latent.neighboursProperty().set(new int[0]);
                        error.set(sentence);
                    }
                });
            }
        });
    }
}
