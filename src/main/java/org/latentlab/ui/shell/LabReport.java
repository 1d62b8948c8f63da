package org.latentlab.ui.shell;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.latentlab.errors.Sentences;
import org.latentlab.persistence.AtomicFiles;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.ui.common.Theme;
import org.latentlab.ui.training.Messages;
import org.latentlab.ui.training.ShownModel;

/**
 * File › Export lab report: a new folder holding a picture of every view the registry puts in the
 * report (each is shown in turn and pictured once it is drawn), the curves and the codes as CSV, and the run's configuration and
 * figures as JSON, ready to attach to a write-up.
 */
public final class LabReport {
    private final MainWindow window;
    private final ShownModel shown;
    private final Messages messages;

    /** Reports on what {@code window} shows of {@code shown}; says how it went through {@code messages}. */
    public LabReport(MainWindow window, ShownModel shown, Messages messages) {
        this.window = window;
        this.shown = shown;
        this.messages = messages;
    }

    /**
     * Writes the report into a new folder {@code lab-report-<date>-<time>} inside {@code parent}, its
     * pictures in the light theme, and completes with the files written. Call on the JavaFX thread; it
     * does not block it.
     */
    public CompletableFuture<List<Path>> export(Path parent) {
        return export(parent, Theme.LIGHT);
    }

    /**
     * As {@link #export(Path)}, with the pictures drawn in {@code theme}: the window shows that theme
     * while the views are pictured, and the theme it had afterwards.
     */
    public CompletableFuture<List<Path>> export(Path parent, Theme theme) {
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        ShownModel.SavedModel current = shown.currentModel();
        if (current == null) {
            messages.refuse("There is nothing to report yet: train a model or open one first.");
            done.completeExceptionally(new IllegalStateException("no model"));
            return done;
        }
        Path folder = parent.resolve("lab-report-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            written.add(write(folder.resolve("curves.csv"), shown.curves().toCsv()));
            written.add(write(folder.resolve("codes.csv"), FileActions.codesCsv(shown.latent().shownProperty().get())));
            JsonObject run = new JsonObject();
            run.addProperty("dataset", current.checkpoint().dataset());
            run.addProperty("seed", current.checkpoint().seed());
            run.add("model", Checkpoints.specToJson(current.checkpoint().spec()));
            run.add("metrics", Checkpoints.metricsJson(current.checkpoint().metrics()));
            run.addProperty("hint", messages.hintProperty().get());
            written.add(write(folder.resolve("run.json"), new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                    .create().toJson(run)));
        } catch (IOException e) {
            messages.refuse(Sentences.after("Could not write the lab report to " + folder, e));
            done.completeExceptionally(e);
            return done;
        }
        String selected = window.selected().id();
        List<ViewDescriptor> tabs = window.views().stream().filter(v -> v.place() == ViewDescriptor.Place.TAB).toList();
        List<ViewDescriptor> pictured = window.views().stream()
                .filter(v -> v.inReport() && window.built(v.id()).hasContent().getAsBoolean()).toList();
        messages.announce("Writing the lab report: each view is shown in turn…");
        Theme before = Theme.current();
        Theme.apply(theme);
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (ViewDescriptor v : pictured) {
            Path file = folder.resolve(v.place() == ViewDescriptor.Place.TAB
                    ? String.format("%d-%s.png", tabs.indexOf(v) + 1, v.id()) : v.id() + ".png");
            // Each picture completes on the JavaFX thread, so the next view is shown from there.
            chain = chain.thenCompose(x -> Snapshots.saveWhenDrawn(window, v.id(), file)).thenAccept(written::add);
        }
        chain.whenComplete((x, e) -> Platform.runLater(() -> {
            Theme.apply(before);
            window.show(selected);
            if (e == null) {
                messages.announce("Saved the lab report (" + written.size() + " files) to " + folder + ".");
                done.complete(written);
            } else {
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                messages.refuse(Sentences.after("Could not write the lab report to " + folder, cause));
                done.completeExceptionally(cause);
            }
        }));
        return done;
    }

    private static Path write(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
        return file;
    }
}
