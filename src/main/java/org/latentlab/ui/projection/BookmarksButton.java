package org.latentlab.ui.projection;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The Bookmarks menu above the scatter: add one for where the exploration is, or go back to one
 * (its camera is put back once its plane is on show).
 */
public final class BookmarksButton extends MenuButton {
    private final BookmarksViewModel model;
    private final ProjectionViewModel projection;
    private final Supplier<double[]> camera;
    private final Consumer<double[]> setCamera;
    private double[] pendingCamera;

    public BookmarksButton(BookmarksViewModel model, ProjectionViewModel projection, Supplier<double[]> camera, Consumer<double[]> setCamera) {
        super("Bookmarks");
        this.model = model;
        this.projection = projection;
        this.camera = camera;
        this.setCamera = setCamera;
        setId("bookmarks");
        setMinWidth(Region.USE_PREF_SIZE);
        setTooltip(new Tooltip("Keep the projection, the selected and lassoed samples and the zoom; go back to them later. "
                + "Saved with the session."));
        model.bookmarks().addListener((javafx.collections.ListChangeListener<BookmarksViewModel.Bookmark>) c -> rebuild());
        projection.latent().planeProperty().addListener(o -> applyWhenSettled());
        projection.runningProperty().addListener(o -> applyWhenSettled());
        rebuild();
    }

    /** Goes back to {@code b}, camera included. */
    public void restore(BookmarksViewModel.Bookmark b) {
        pendingCamera = b.camera();
        model.restore(b);
        PauseTransition fallback = new PauseTransition(Duration.millis(400));
        fallback.setOnFinished(e -> applyWhenSettled());
        fallback.play();
    }

    private void applyWhenSettled() {
        if (pendingCamera != null && !projection.runningProperty().get()) {
            double[] c = pendingCamera;
            pendingCamera = null;
            // After the scatter has taken the new plane (which fits its axes afresh).
            javafx.application.Platform.runLater(() -> setCamera.accept(c));
        }
    }

    private void rebuild() {
        MenuItem add = new MenuItem("Add bookmark");
        add.setId("bookmark-add");
        add.setOnAction(e -> model.add(camera.get()));
        getItems().setAll(add);
        if (!model.bookmarks().isEmpty()) {
            getItems().add(new SeparatorMenuItem());
        }
        for (BookmarksViewModel.Bookmark b : model.bookmarks()) {
            MenuItem item = new MenuItem(b.name());
            item.setOnAction(e -> restore(b));
            getItems().add(item);
        }
    }
}
