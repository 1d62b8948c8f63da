package org.latentlab.ui.projection;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentlab.analysis.projection.TsneSettings;
import org.latentlab.analysis.projection.UmapSettings;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * Named moments of the exploration: the projection and its settings, the selected and lassoed
 * samples and the scatter's camera (its axes' range). Kept in the session as JSON text.
 */
public final class BookmarksViewModel {
    /** The most bookmarks kept; a new one past it replaces the oldest. */
    public static final int MOST = 12;
    private static final Gson GSON = new Gson();

    /** One bookmark; {@code camera} is {minX, maxX, minY, maxY} or null. */
    public record Bookmark(String name, ProjectionKind kind, int firstComponent, int secondComponent, int xDimension, int yDimension,
                           TsneSettings tsne, UmapSettings umap, int selected, int[] lassoed, double[] camera) {}

    private final ProjectionViewModel projection;
    private final LatentViewModel latent;
    private final ObservableList<Bookmark> bookmarks = FXCollections.observableArrayList();

    public BookmarksViewModel(ProjectionViewModel projection) {
        this.projection = projection;
        this.latent = projection.latent();
    }

    /** The bookmarks, oldest first. */
    public ObservableList<Bookmark> bookmarks() {
        return FXCollections.unmodifiableObservableList(bookmarks);
    }

    /** Keeps where the exploration is now, with the scatter's {@code camera}, as bookmark "Bookmark n (projection)". */
    public Bookmark add(double[] camera) {
        String name = "Bookmark " + (bookmarks.size() + 1) + " · " + projection.kindProperty().get().title();
        Bookmark b = new Bookmark(name, projection.kindProperty().get(), projection.firstComponentProperty().get(),
                projection.secondComponentProperty().get(), latent.xDimensionProperty().get(), latent.yDimensionProperty().get(),
                projection.tsneProperty().get(), projection.umapProperty().get(), latent.selectedProperty().get(),
                latent.lassoedProperty().get().clone(), camera == null ? null : camera.clone());
        if (bookmarks.size() >= MOST) {
            bookmarks.remove(0);
        }
        bookmarks.add(b);
        return b;
    }

    /** Goes back to a bookmark's projection, settings and samples (the camera is the view's to apply once the plane is shown). */
    public void restore(Bookmark b) {
        projection.tsneProperty().set(b.tsne());
        projection.umapProperty().set(b.umap());
        projection.firstComponentProperty().set(b.firstComponent());
        projection.secondComponentProperty().set(b.secondComponent());
        latent.xDimensionProperty().set(b.xDimension());
        latent.yDimensionProperty().set(b.yDimension());
        projection.kindProperty().set(b.kind());
        int n = latent.shownProperty().get() == null ? 0 : latent.shownProperty().get().size();
        latent.selectedProperty().set(b.selected() < n ? b.selected() : -1);
        latent.lassoedProperty().set(Arrays.stream(b.lassoed()).filter(i -> i >= 0 && i < n).toArray());
    }

    public void remove(Bookmark b) {
        bookmarks.remove(b);
    }

    /** The bookmarks as JSON text, for the session. */
    public String toJson() {
        return GSON.toJson(bookmarks.toArray(new Bookmark[0]));
    }

    /** Replaces the bookmarks with those of {@code json} (from {@link #toJson()}); a text that is no list of bookmarks is refused with a sentence. */
    public void fromJson(String json) {
        Bookmark[] read;
        try {
            read = GSON.fromJson(json, Bookmark[].class);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The session's bookmarks are not a list of bookmarks, so they were left out.", e);
        }
        if (read == null) {
            read = new Bookmark[0];
        }
        for (Bookmark b : read) {
            if (b == null || b.kind() == null || b.tsne() == null || b.umap() == null || b.lassoed() == null || b.name() == null) {
                throw new IllegalArgumentException("The session's bookmarks are not a list of bookmarks, so they were left out.");
            }
        }
        bookmarks.setAll(List.of(read).subList(Math.max(0, read.length - MOST), read.length));
    }
}
