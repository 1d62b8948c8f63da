package org.latentlab.ui.shell;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.latentlab.ml.train.Checkpoints;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * File › Export lab report: a new folder holding every view as PNG (each tab is shown in turn and
 * given a moment to draw), the curves and the codes as CSV, and the run's configuration and
 * figures as JSON, ready to attach to a write-up.
 */
public final class LabReport {
    /** How long a view gets to decode and draw after it is shown, before its snapshot. */
    private static final Duration SETTLE = Duration.millis(600);

    private final MainWindow window;
    private final TrainingViewModel model;

    public LabReport(MainWindow window, TrainingViewModel model) {
        this.window = window;
        this.model = model;
    }

    /**
     * Writes the report into a new folder {@code lab-report-<date>-<time>} inside {@code parent}
     * and completes with the files written. Call on the JavaFX thread; it does not block it.
     */
    public CompletableFuture<List<Path>> export(Path parent) {
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        org.latentlab.ui.training.ShownModel.SavedModel current = model.shown().currentModel();
        if (current == null) {
            model.refuse("There is nothing to report yet: train a model or open one first.");
            done.completeExceptionally(new IllegalStateException("no model"));
            return done;
        }
        Path folder = parent.resolve("lab-report-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            written.add(write(folder.resolve("curves.csv"), model.shown().curves().toCsv()));
            written.add(write(folder.resolve("codes.csv"), MainWindow.codesCsv(model.shown().latent().shownProperty().get())));
            JsonObject run = new JsonObject();
            run.addProperty("dataset", current.checkpoint().dataset());
            run.addProperty("seed", current.checkpoint().seed());
            run.add("model", Checkpoints.specToJson(current.checkpoint().spec()));
            run.add("metrics", Checkpoints.metricsJson(current.checkpoint().metrics()));
            run.addProperty("hint", model.hintProperty().get());
            written.add(write(folder.resolve("run.json"), new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                    .create().toJson(run)));
        } catch (IOException e) {
            model.refuse("Could not write the lab report to " + folder + ": " + e.getMessage());
            done.completeExceptionally(e);
            return done;
        }
        int selected = window.tabs().getSelectionModel().getSelectedIndex();
        MainWindow.View[] views = MainWindow.View.values();
        model.announce("Writing the lab report: each view is shown in turn…");
        snapshot(views, 0, folder, written, () -> {
            window.tabs().getSelectionModel().select(selected);
            try {
                Path curves = folder.resolve("curves.png");
                Snapshots.savePng(window.curveView(), curves);
                written.add(curves);
                model.announce("Saved the lab report (" + written.size() + " files) to " + folder + ".");
                done.complete(written);
            } catch (IOException e) {
                model.refuse("Could not write the lab report to " + folder + ": " + e.getMessage());
                done.completeExceptionally(e);
            }
        }, done);
        return done;
    }

    private void snapshot(MainWindow.View[] views, int i, Path folder, List<Path> written, Runnable then, CompletableFuture<?> done) {
        if (i == views.length) {
            then.run();
            return;
        }
        MainWindow.View view = views[i];
        if (view == MainWindow.View.SIDE_BY_SIDE && window.sideBySideModel().panels().isEmpty()) {
            snapshot(views, i + 1, folder, written, then, done);
            return;
        }
        window.show(view);
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            Path file = folder.resolve(String.format("%d-%s.png", i + 1, view.name().toLowerCase().replace('_', '-')));
            try {
                Snapshots.savePng(window.selectedView(), file);
                written.add(file);
                snapshot(views, i + 1, folder, written, then, done);
            } catch (IOException ex) {
                model.refuse("Could not write the lab report to " + folder + ": " + ex.getMessage());
                done.completeExceptionally(ex);
            }
        });
        settle.play();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
