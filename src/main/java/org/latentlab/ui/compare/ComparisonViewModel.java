package org.latentlab.ui.compare;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentlab.analysis.Pca;
import org.latentlab.analysis.PcaComparison;
import org.latentlab.data.Dataset;
import org.latentlab.errors.Sentences;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.concurrent.Background;
import org.latentlab.ui.training.DataSets;
import org.latentlab.ui.training.ShownModel;

/**
 * PCA beside the autoencoder: when a run starts, the split's shared PCA (fitted once per split and
 * code size, see {@link DataSets#pca}) gives the view its codes, spectra and eigen-images; every epoch the autoencoder's side (reconstructions, its point
 * on the error curve) follows the training view model.
 */
public final class ComparisonViewModel implements AutoCloseable {
    /** Everything PCA contributes to the view, computed together on a worker thread. */
    public record PcaResult(LatentSnapshot codes, double[] explainedVarianceRatio, double[] errorByK, double[] mean,
                            double[][] eigenImages, int k, float[] reconstructions, int width, int height, int channels) {}

    /** The autoencoder's side: its code size, validation MSE and reconstructions of the shown images. */
    public record ModelResult(int codeSize, double validationMse, int count, float[] inputs, float[] reconstructions) {}

    private static final int EIGEN_IMAGES = 16;

    private final ReadOnlyObjectWrapper<PcaResult> pca = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ModelResult> model = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper fitting = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** The status line while no model is on show. */
    static final String EMPTY = "Train or open a model to compare it with PCA on the same data.";
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(EMPTY);
    private final Executor worker;
    private final DataSets data;
    private volatile boolean closed;
    private final org.latentlab.ui.latent.LatentViewModel pcaCodes;
    private final org.latentlab.ui.latent.LatentViewModel modelCodes;
    private int fits;
    private Dataset.Split fittedSplit;
    private int fittedK;

    /** Compares the model {@code shown} with PCA from {@code data}'s shared fits. */
    public ComparisonViewModel(Background background, DataSets data, ShownModel shown) {
        this.worker = background.lane("pca-comparison");
        this.data = data;
        this.pcaCodes = new org.latentlab.ui.latent.LatentViewModel(background);
        pcaCodes.nameDimensions("PC");
        this.modelCodes = new org.latentlab.ui.latent.LatentViewModel(background);
        shown.runProperty().addListener((obs, old, info) -> {
            if (info != null) {
                fit(info.split(), info.codeSize());
            } else {
                forget();
            }
        });
        shown.epochResultProperty().addListener((obs, old, r) -> {
            ShownModel.RunInfo info = shown.runProperty().get();
            if (r != null && info != null) {
                model.set(new ModelResult(info.codeSize(), r.validationMse(), r.count(), r.inputs(), r.reconstructions()));
            } else if (r == null) {
                model.set(null);
            }
        });
    }

    // ---- Properties

    /** The codes the PCA scatter shows. */
    public org.latentlab.ui.latent.LatentViewModel pcaCodes() {
        return pcaCodes;
    }

    /** The codes the autoencoder's scatter beside it shows. */
    public org.latentlab.ui.latent.LatentViewModel modelCodes() {
        return modelCodes;
    }

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
        if (closed || split == fittedSplit && codeSize == fittedK) {
            return;
        }
        fittedSplit = split;
        fittedK = codeSize;
        status.set("Fitting PCA on the training split…");
        fitting.set(++fits > 0);
        data.pca(split, codeSize).thenApplyAsync(p -> compute(p, split, codeSize), worker).whenComplete((result, failure) -> {
            if (closed) {
                return;
            }
            Platform.runLater(() -> {
                fitting.set(--fits > 0);
                if (split != fittedSplit || codeSize != fittedK) {
                    return; // a newer run asked for another fit
                }
                if (failure != null) {
                    Throwable t = failure.getCause() != null ? failure.getCause() : failure;
                    status.set(Sentences.after("PCA could not be fitted", t));
                } else {
                    pca.set(result);
                    status.set(String.format("PCA with %d components on the same %d training images.", result.k(), split.train().size()));
                }
            });
        });
    }

    /** No model on show (another data set or variant was chosen): both sides go, with the line saying what to do. */
    private void forget() {
        fittedSplit = null;
        fittedK = 0;
        pca.set(null);
        model.set(null);
        pcaCodes.clear();
        status.set(EMPTY);
    }

    private static PcaResult compute(Pca p, Dataset.Split split, int codeSize) {
        Dataset train = split.train();
        Dataset val = split.validation();
        int d = train.sampleSize();
        int fitted = p.fittedComponents();
        float[] codes = p.transform(val.values(), val.size(), 2);
        int maxK = Math.min(PcaComparison.MAX_K, fitted);
        double[] explained = p.explainedVarianceRatio(maxK);
        LatentSnapshot snapshot = new LatentSnapshot(codes, 2, val.labels(), train.classNames(), axesCaption(explained));
        double[][] eigen = new double[Math.min(EIGEN_IMAGES, fitted)][];
        for (int i = 0; i < eigen.length; i++) {
            eigen[i] = p.component(i);
        }
        int k = Math.min(codeSize, fitted);
        int shown = Math.min(org.latentlab.ml.train.TrainingService.SHOWN_RECONSTRUCTIONS, val.size());
        float[] firstImages = java.util.Arrays.copyOf(val.values(), shown * d);
        return new PcaResult(snapshot, explained, p.reconstructionErrorByK(val.values(), val.size(), maxK),
                p.mean(), eigen, k, p.reconstruct(firstImages, shown, k), train.width(), train.height(), train.channels());
    }

    /** What PCA's scatter plots: its first two components and the share of the variance each explains. */
    static String axesCaption(double[] explained) {
        if (explained.length < 2) {
            return "PCA · first two principal components";
        }
        return String.format("PCA · PC1 (%.1f%% of the variance) against PC2 (%.1f%%)", 100 * explained[0], 100 * explained[1]);
    }

    @Override
    public void close() {
        closed = true;
        pcaCodes.close();
        modelCodes.close();
    }
}
