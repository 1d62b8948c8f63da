package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.latentlab.errors.Sentences;
import org.latentlab.data.Dataset;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ml.model.Variant;
import org.latentlab.persistence.Checkpoint;
import org.latentlab.persistence.Checkpoints;
import org.latentlab.ml.train.TrainingMetrics;
import org.latentlab.ml.infer.Weights;
import org.latentlab.ui.latent.LatentSnapshot;

/**
 * Opens data sets and saved models for a run, off the JavaFX thread. A saved model's data, spec and
 * weights are read, then every view shows it as if a run had just ended, and the form takes its
 * settings, so Train retrains the same model.
 */
final class Opener {
    /** A model read from disk, ready to show. */
    private record LoadedModel(String source, Checkpoint checkpoint, Weights weights, Dataset.Split split) {}

    private final TrainingViewModel run;
    /** The cancel flag of the data set being opened, set when another is asked for. */
    private java.util.concurrent.atomic.AtomicBoolean opening;

    Opener(TrainingViewModel run) {
        this.run = run;
    }

    /**
     * Reads a data set folder or file and selects it, its progress on the progress bar; opening
     * another cancels it. A bad one gets one sentence and leaves the choice as it was.
     */
    void openDataset(Path folder, org.latentlab.data.Preparation preparation) {
        run.setError("");
        run.setStatus("Opening " + folder + "…");
        if (opening != null) {
            opening.set(true);
        }
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        opening = cancelled;
        double progressBefore = run.progressProperty().get();
        java.util.concurrent.atomic.AtomicBoolean posted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong fraction = new java.util.concurrent.atomic.AtomicLong();
        java.util.List<String> leftOut = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.latentlab.data.ReadProgress progress = org.latentlab.data.ReadProgress.of(f -> {
            fraction.set(Double.doubleToLongBits(f));
            // One pending update at a time, as javafx.concurrent.Task does: a fast reader cannot flood the JavaFX thread.
            if (posted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    posted.set(false);
                    if (opening == cancelled) {
                        run.showProgress(Double.longBitsToDouble(fraction.get()));
                    }
                });
            }
        }, cancelled::get).tellingLeftOutTo(leftOut::add);
        DataSets data = run.data();
        data.open(folder, preparation, progress).whenComplete((d, failure) -> Platform.runLater(() -> {
            if (opening != cancelled) {
                return; // another data set was asked for since
            }
            opening = null;
            run.showProgress(progressBefore);
            if (failure != null) {
                run.setError(Sentences.of(failure));
                run.setStatus("The data set was not opened; the sidebar says why.");
                return;
            }
            run.form().datasetProperty().set(data.add(folder.toAbsolutePath().toString(), d));
            run.setStatus("Opened " + d.name() + ": " + d.size() + " images of "
                    + (d.channels() == 1 ? d.height() + "×" + d.width() : DataSets.shape(d) + " in colour")
                    + (preparation.mode() == org.latentlab.data.Preparation.Mode.PICTURES ? ", read as pictures" : "") + "."
                    + (leftOut.isEmpty() ? "" : " " + String.join(" ", leftOut)));
        }));
    }

    CompletableFuture<Void> load(Path folder) {
        return open(folder.getFileName().toString(), () -> {
            Checkpoints.Plain plain = Checkpoints.readPlain(folder);
            return new ShownModel.SavedModel(plain.checkpoint(), plain.weights());
        });
    }

    CompletableFuture<Void> show(ShownModel.SavedModel model, String source) {
        return open(source, () -> model);
    }

    private CompletableFuture<Void> open(String source, Callable<ShownModel.SavedModel> read) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!run.idle()) {
            String why = "Stop the run before opening a model.";
            run.setError(why);
            done.completeExceptionally(new IllegalStateException(why));
            return done;
        }
        run.setError("");
        long generation = run.nextGeneration();
        run.setStatus("Opening the model " + source + "…");
        DataSets data = run.data();
        CompletableFuture.supplyAsync(() -> {
            try {
                ShownModel.SavedModel saved = read.call();
                Checkpoint cp = saved.checkpoint();
                Dataset dataset;
                try {
                    data.remember(cp.dataset(), cp.preparation());
                    dataset = data.dataset(cp.dataset());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("The model " + source + " was trained on " + cp.dataset()
                            + ", which cannot be opened: " + Sentences.of(e), e);
                }
                return new LoadedModel(source, cp, saved.weights(), data.split(dataset, cp.seed()));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, data.loader()).whenComplete((loaded, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                if (run.isLatest(generation)) {
                    run.setError(Sentences.of(failure));
                    run.setStatus("The model was not opened; the sidebar says why.");
                }
                done.completeExceptionally(failure);
            } else if (!run.isLatest(generation) || !run.idle()) {
                // A run started, or another model was asked for, while this one was read: that wins.
                done.cancel(false);
            } else {
                try {
                    apply(loaded);
                    done.complete(null);
                } catch (RuntimeException ex) {
                    run.setError(Sentences.of(ex));
                    done.completeExceptionally(ex);
                }
            }
        }));
        return done;
    }

    private void apply(LoadedModel m) {
        Checkpoint cp = m.checkpoint();
        Dataset train = m.split().train();
        ModelSpec saved = cp.spec();
        if (train.sampleSize() != saved.inputSize()) {
            throw new IllegalArgumentException("The model " + m.source() + " takes inputs of " + saved.channels() + "×" + saved.height()
                    + "×" + saved.width() + " but " + train.name() + " now gives " + DataSets.shape(train)
                    + ": choose the data set and press Train to train a new model on it.");
        }
        ModelSpec spec = saved.withInputShape(train.channels(), train.height(), train.width());
        String datasetId = cp.dataset();
        ExperimentForm form = run.form();
        DataSets.Choice choice = run.data().find(datasetId);
        form.datasetProperty().set(choice != null ? choice : run.data().add(datasetId, train));
        form.setKnobs(spec, cp.metrics().epochs(), cp.seed());
        run.showModel(m.split(), spec, datasetId, cp.seed());
        ShownModel shown = run.shown();
        shown.setMetrics(cp.metrics());
        run.setLoaded(1, cp.metrics().epochs());
        shown.setWeights(m.weights());
        for (TrainingMetrics.EpochRecord r : cp.metrics().history()) {
            shown.curves().addStep(r.step(), (float) r.trainLoss());
            shown.curves().addValidation(r.step(), (float) r.validationLoss(), r.validationMse());
        }
        String caption = String.format("%s · validation codes · %s (%d epochs)", spec.variant().title(), m.source(), cp.metrics().epochs());
        Dataset validation = m.split().validation();
        boolean savedCodes = cp.validationCodes() != null && cp.validationLabels().length == validation.size();
        if (savedCodes && spec.variant() != Variant.VAE) {
            shown.showCodes(new LatentSnapshot(cp.validationCodes(), cp.latentSize(), cp.validationLabels(), shown.classNames(), caption),
                    m.weights(), true);
        } else {
            // A VAE's codes come with the encoder's σ for each, which the checkpoint does not hold.
            shown.encodeValidation("load", savedCodes ? cp.validationCodes() : null, caption)
                    .thenAccept(snapshot -> Platform.runLater(() -> {
                        if (shown.spec() == spec) {
                            shown.showCodes(snapshot, m.weights(), true);
                        }
                    }));
        }
        int count = Math.min(10, validation.size());
        float[] inputs = Arrays.copyOf(validation.values(), count * validation.sampleSize());
        double mse = cp.metrics().valMse();
        shown.decoder().reconstruct("load", inputs, count).thenAccept(r -> Platform.runLater(() -> {
            if (shown.spec() == spec) {
                shown.setEpochResult(new ShownModel.EpochResult(cp.metrics().epochs(), mse, count, inputs, r));
            }
        }));
        run.setStatus(String.format("Opened %s: %s on %s, %d epochs, validation MSE %.4f. Press Train to train it again from scratch.",
                m.source(), spec.variant().title(), train.name(), cp.metrics().epochs(), mse));
    }
}
