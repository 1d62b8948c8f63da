package org.latentlab.ui.compare;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.latentlab.analysis.Pca;
import org.latentlab.analysis.PcaComparison;
import org.latentlab.data.Dataset;
import org.latentlab.errors.Sentences;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * PCA beside the autoencoder: when a run starts, PCA is fitted on the same training split off the
 * JavaFX thread (once per split); every epoch the autoencoder's side (reconstructions, its point
 * on the error curve) follows the training view model.
 */
public final class ComparisonViewModel implements AutoCloseable {
    /** Everything PCA contributes to the view, computed together on a worker thread. */
    public record PcaResult(LatentSnapshot codes, double[] explainedVarianceRatio, double[] errorByK, double[] mean,
                            double[][] eigenImages, int k, float[] reconstructions, int width, int height) {}

    /** The autoencoder's side: its code size, validation MSE and reconstructions of the shown images. */
    public record ModelResult(int codeSize, double validationMse, int count, float[] inputs, float[] reconstructions) {}

    private static final int EIGEN_IMAGES = 16;

    private final ReadOnlyObjectWrapper<PcaResult> pca = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ModelResult> model = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper fitting = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Train a model to compare it with PCA on the same data.");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> org.latentlab.ml.device.BackgroundPriority.newThread(r, "latentlab-pca"));
    private int fits;
    private Dataset.Split fittedSplit;
    private int fittedK;

    public ComparisonViewModel(TrainingViewModel training) {
        training.runProperty().addListener((obs, old, info) -> {
            if (info != null) {
                fit(info.split(), info.codeSize());
            }
        });
        training.epochResultProperty().addListener((obs, old, r) -> {
            TrainingViewModel.RunInfo info = training.runProperty().get();
            if (r != null && info != null) {
                model.set(new ModelResult(info.codeSize(), r.validationMse(), r.count(), r.inputs(), r.reconstructions()));
            }
        });
    }

    // ---- Properties

    public ReadOnlyObjectProperty<PcaResult> pcaProperty() {
        return pca.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ModelResult> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** True while PCA is being fitted. */
    public javafx.beans.property.ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ---- Commands

    /** Fits PCA on the split's training set off the JavaFX thread, unless it already is. */
    public void fit(Dataset.Split split, int codeSize) {
        if (split == fittedSplit && codeSize == fittedK) {
            return;
        }
        fittedSplit = split;
        fittedK = codeSize;
        status.set("Fitting PCA on the training split…");
        fitting.set(++fits > 0);
        Task<PcaResult> task = new Task<>() {
            @Override
            protected PcaResult call() {
                return compute(split, codeSize);
            }
        };
        task.setOnSucceeded(e -> {
            fitting.set(--fits > 0);
            pca.set(task.getValue());
            status.set(String.format("PCA with %d components on the same %d training images.", task.getValue().k(), split.train().size()));
        });
        task.setOnFailed(e -> {
            fitting.set(--fits > 0);
            status.set(Sentences.after("PCA could not be fitted", task.getException()));
        });
        worker.submit(task);
    }

    private static PcaResult compute(Dataset.Split split, int codeSize) {
        Dataset train = split.train();
        Dataset val = split.validation();
        int d = train.sampleSize();
        int fitted = Math.min(d, Math.max(PcaComparison.MAX_K, Math.max(EIGEN_IMAGES, Math.min(codeSize, d))));
        Pca p = Pca.fit(train.values(), train.size(), d, Pca.Options.defaults().withComponents(fitted));
        float[] codes = p.transform(val.values(), val.size(), 2);
        LatentSnapshot snapshot = new LatentSnapshot(codes, 2, val.labels(), train.classNames(),
                "PCA · first two principal components");
        int maxK = Math.min(PcaComparison.MAX_K, fitted);
        double[][] eigen = new double[Math.min(EIGEN_IMAGES, fitted)][];
        for (int i = 0; i < eigen.length; i++) {
            eigen[i] = p.component(i);
        }
        int k = Math.min(codeSize, fitted);
        int shown = Math.min(org.latentlab.ml.train.TrainingService.SHOWN_RECONSTRUCTIONS, val.size());
        float[] firstImages = java.util.Arrays.copyOf(val.values(), shown * d);
        return new PcaResult(snapshot, p.explainedVarianceRatio(maxK), p.reconstructionErrorByK(val.values(), val.size(), maxK),
                p.mean(), eigen, k, p.reconstruct(firstImages, shown, k), train.width(), train.height() * train.channels());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
