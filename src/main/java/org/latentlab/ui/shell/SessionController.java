package org.latentlab.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.latentlab.errors.Sentences;
import org.latentlab.persistence.Session;
import org.latentlab.persistence.SessionArchive;
import org.latentlab.ui.latent.LatentViewModel;
import org.latentlab.ui.training.Messages;
import org.latentlab.ui.training.OpenCommands;
import org.latentlab.ui.training.RunControls;
import org.latentlab.ui.training.ShownModel;

/**
 * File › Save session and Open session: gathers the main window's model, every side-by-side
 * panel's model and the view settings into a {@link Session}, writes and reads it off the JavaFX
 * thread, and puts a read session back on screen. A session that cannot be read changes nothing.
 */
public final class SessionController {
    private final MainWindow window;
    private final ShownModel shown;
    private final RunControls run;
    private final OpenCommands open;
    private final Messages messages;
    private final java.util.concurrent.Executor io;

    /**
     * Saves what {@code window} shows of {@code shown} and its panels, and opens sessions through
     * {@code open} while {@code run} is idle; reads and writes on a lane of {@code background},
     * which stops it when the window closes.
     */
    public SessionController(MainWindow window, ShownModel shown, RunControls run, OpenCommands open, Messages messages,
                             org.latentlab.concurrent.Background background) {
        this.io = background.lane("session");
        this.window = window;
        this.shown = shown;
        this.run = run;
        this.open = open;
        this.messages = messages;
    }

    /** What is on screen now, as a session; call on the JavaFX thread. */
    public Session capture() {
        ShownModel.SavedModel current = shown.currentModel();
        if (current == null) {
            throw new IllegalStateException("There is no model to save yet: train one or open a shipped model first.");
        }
        List<Session.Model> models = new ArrayList<>();
        models.add(new Session.Model(Session.MAIN, current.checkpoint(), current.weights()));
        var panels = window.sideBySideModel().panels();
        for (int i = 0; i < panels.size(); i++) {
            ShownModel.SavedModel p = panels.get(i).shown().currentModel();
            if (p != null) {
                models.add(new Session.Model("panel-" + (i + 1), p.checkpoint(), p.weights()));
            }
        }
        return new Session(current.checkpoint().dataset(), current.checkpoint().seed(), models, viewSettings());
    }

    /** Saves what is on screen to {@code file}; the status bar or the error line says how it went. */
    public CompletableFuture<Void> save(Path file) {
        Session session;
        try {
            session = capture();
        } catch (IllegalStateException e) {
            messages.refuse(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                SessionArchive.write(file, session);
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }, io).whenComplete((v, e) -> Platform.runLater(() -> {
            if (e == null) {
                messages.refuse("");
                messages.announce("Saved the session (" + session.models().size() + " model" + (session.models().size() == 1 ? "" : "s")
                        + ") to " + file + ".");
            } else {
                messages.refuse(Sentences.after("Could not save the session to " + file, e));
            }
        }));
    }

    /**
     * Reads {@code file} off the JavaFX thread and, once all of it has been read and checked, puts
     * it on screen. A corrupt, newer or incomplete file gets one sentence; the window keeps what it had.
     */
    public CompletableFuture<Void> open(Path file) {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        if (!run.idle()) {
            messages.refuse("Stop the run before opening a session.");
            shown.completeExceptionally(new IllegalStateException("running"));
            return shown;
        }
        messages.announce("Opening the session " + file.getFileName() + "…");
        io.execute(() -> {
            Session session;
            try {
                session = SessionArchive.read(file);
            } catch (Throwable e) {
                // Whatever a session file does (even running the reader out of memory), the window goes on.
                Platform.runLater(() -> {
                    messages.refuse(Sentences.of(e));
                    messages.announce("The session was not opened; the window shows what it showed before.");
                });
                shown.completeExceptionally(e);
                return;
            }
            Platform.runLater(() -> restore(session, file.getFileName().toString()).whenComplete((v, e) -> {
                if (e == null) {
                    shown.complete(null);
                } else {
                    shown.completeExceptionally(e);
                }
            }));
        });
        return shown;
    }

    private CompletableFuture<Void> restore(Session session, String source) {
        Session.Model mainModel = session.models().stream().filter(m -> m.role().equals(Session.MAIN)).findFirst().orElse(null);
        if (mainModel == null) {
            messages.refuse(source + " holds no model for the main window.");
            return CompletableFuture.failedFuture(new IllegalStateException(source));
        }
        window.sideBySideModel().clear();
        List<CompletableFuture<Void>> loads = new ArrayList<>();
        loads.add(open.showSavedModel(new ShownModel.SavedModel(mainModel.checkpoint(), mainModel.weights()), source));
        for (Session.Model m : session.models()) {
            if (!m.role().equals(Session.MAIN)) {
                OpenCommands panel = window.sideBySideModel().addPanel();
                if (panel != null) {
                    loads.add(panel.showSavedModel(new ShownModel.SavedModel(m.checkpoint(), m.weights()), source + " · " + m.role()));
                }
            }
        }
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
                .thenRun(() -> Platform.runLater(() -> applyViewSettings(session.view())));
    }

    /** The view settings a session keeps, by name. */
    public Map<String, String> viewSettings() {
        Map<String, String> v = new HashMap<>();
        LatentViewModel latent = shown.latent();
        v.put("view", window.selected().id());
        v.put("grid_size", String.valueOf((int) window.gridView().sizeSlider().getValue()));
        v.put("x_dimension", String.valueOf(latent.xDimensionProperty().get()));
        v.put("y_dimension", String.valueOf(latent.yDimensionProperty().get()));
        v.put("principal_plane", String.valueOf(latent.principalPlaneProperty().get()));
        v.put("selected", String.valueOf(latent.selectedProperty().get()));
        v.put("end_a", String.valueOf(latent.endAProperty().get()));
        v.put("end_b", String.valueOf(latent.endBProperty().get()));
        v.put("smoothing", String.valueOf(window.curveView().smoothing()));
        v.put("log_scale", String.valueOf(window.curveView().logScale()));
        bookmarks().ifPresent(b -> v.put("projection_bookmarks", b.toJson()));
        return v;
    }

    /** Applies settings saved by {@link #viewSettings()}; unknown or bad values are skipped, as an older file may lack them. */
    public void applyViewSettings(Map<String, String> v) {
        LatentViewModel latent = shown.latent();
        int size = latent.shownProperty().get() == null ? 0 : latent.shownProperty().get().size();
        try {
            if (v.containsKey("view")) {
                window.show(v.get("view"));
            }
            setInt(v, "grid_size", 5, 30, x -> window.gridView().sizeSlider().setValue(x));
            setInt(v, "x_dimension", 0, 4096, latent.xDimensionProperty()::set);
            setInt(v, "y_dimension", 0, 4096, latent.yDimensionProperty()::set);
            if (v.containsKey("principal_plane")) {
                latent.principalPlaneProperty().set(Boolean.parseBoolean(v.get("principal_plane")));
            }
            setInt(v, "selected", -1, size - 1, latent.selectedProperty()::set);
            setInt(v, "end_a", -1, size - 1, latent.endAProperty()::set);
            setInt(v, "end_b", -1, size - 1, latent.endBProperty()::set);
            if (v.containsKey("smoothing")) {
                window.curveView().setSmoothing(Double.parseDouble(v.get("smoothing")));
            }
            if (v.containsKey("log_scale")) {
                window.curveView().setLogScale(Boolean.parseBoolean(v.get("log_scale")));
            }
            if (v.containsKey("projection_bookmarks")) {
                bookmarks().ifPresent(b -> b.fromJson(v.get("projection_bookmarks")));
            }
        } catch (IllegalArgumentException e) {
            messages.refuse("Some view settings in the session were not understood and were left as they were.");
        }
    }

    /** The latent view's bookmarks, where this window has that view. */
    private java.util.Optional<org.latentlab.ui.projection.BookmarksViewModel> bookmarks() {
        try {
            return java.util.Optional.of(window.part(org.latentlab.ui.projection.BookmarksViewModel.class));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static void setInt(Map<String, String> v, String key, int min, int max, java.util.function.IntConsumer set) {
        if (v.containsKey(key)) {
            int x = Integer.parseInt(v.get(key));
            if (x >= min && x <= max) {
                set.accept(x);
            }
        }
    }
}
