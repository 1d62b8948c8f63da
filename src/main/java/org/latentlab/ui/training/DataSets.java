package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentlab.analysis.Pca;
import org.latentlab.analysis.PcaComparison;
import org.latentlab.concurrent.Background;
import org.latentlab.data.Dataset;
import org.latentlab.data.DatasetCatalog;

/**
 * The data every model on screen shares: the data sets to pick from, each read once, its split by
 * a seed made once, and PCA fitted once per split and code size; the main window's run, its
 * comparison with PCA and every side-by-side panel ask here instead of keeping their own copies.
 */
public final class DataSets {
    /** A data set the person can pick: a shipped one by name, or an opened folder or file by path. */
    public record Choice(String id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final Map<String, Dataset> loaded = new ConcurrentHashMap<>();
    private final Map<PcaKey, CompletableFuture<Pca>> fitted = new ConcurrentHashMap<>();
    private final Executor loader;
    private final Executor pcaLane;
    /** The last split made, of which data set and by which seed. */
    private record SplitMade(Dataset data, long seed, Dataset.Split split) {}
    private SplitMade lastSplit;
    private record PcaKey(Dataset.Split split, int components) {}

    public DataSets(Background background) {
        this.loader = background.lane("loader");
        this.pcaLane = background.lane("pca");
        DatasetCatalog.shipped().forEach(s -> choices.add(new Choice(s.name(), s.title())));
    }

    /** The data sets to pick from: the shipped ones, then those opened. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The executor that reads data sets and models, one at a time. */
    Executor loader() {
        return loader;
    }

    /** The executor that fits PCA and works with its fits, one at a time. */
    Executor pcaLane() {
        return pcaLane;
    }

    /** The data set {@code id}, read the first time it is asked for; call off the JavaFX thread. */
    public Dataset dataset(String id) {
        return loaded.computeIfAbsent(id, DatasetCatalog::load);
    }

    /**
     * Reads a data set folder or file on the loader, in any format of {@code DatasetReaders}, telling
     * {@code progress} how far it got; completes with it once it is known by its absolute path.
     */
    public CompletableFuture<Dataset> open(Path path, org.latentlab.data.ReadProgress progress) {
        String id = path.toAbsolutePath().toString();
        return CompletableFuture.supplyAsync(() -> {
            Dataset d = DatasetCatalog.load(path.toString(), progress);
            loaded.put(id, d);
            return d;
        }, loader);
    }

    /** Adds (or replaces) the choice for data set {@code id}; call on the JavaFX thread. */
    public Choice add(String id, Dataset data) {
        Choice choice = new Choice(id, data.name() + " (" + data.size() + ")");
        choices.removeIf(c -> c.id().equals(id));
        choices.add(choice);
        return choice;
    }

    /** The choice with {@code id}, or null. */
    public Choice find(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * {@code data} split into training and validation sets by {@code seed}: the same split object as
     * last time when the data and seed are the same, so neither the split nor the PCA fitted on it
     * is computed twice.
     */
    public synchronized Dataset.Split split(Dataset data, long seed) {
        if (lastSplit == null || lastSplit.data() != data || lastSplit.seed() != seed) {
            lastSplit = new SplitMade(data, seed, data.split(DatasetCatalog.VALIDATION_FRACTION, seed));
        }
        return lastSplit.split();
    }

    /** How many components the shared PCA of a split has for a model with {@code codeSize} code values. */
    public static int components(Dataset.Split split, int codeSize) {
        int d = split.train().sampleSize();
        return Math.min(d, Math.max(PcaComparison.MAX_K, Math.min(codeSize, d)));
    }

    /** PCA fitted on the split's training set with {@link #components} components, once, on the PCA lane. */
    public CompletableFuture<Pca> pca(Dataset.Split split, int codeSize) {
        PcaKey key = new PcaKey(split, components(split, codeSize));
        if (fitted.size() > 8) {
            fitted.keySet().removeIf(k -> k.split() != split);
        }
        CompletableFuture<Pca> fit = fitted.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
            Dataset train = split.train();
            return Pca.fit(train.values(), train.size(), train.sampleSize(), Pca.Options.defaults().withComponents(k.components()));
        }, pcaLane));
        // A fit that failed is tried again next time.
        fit.whenComplete((p, failure) -> {
            if (failure != null) {
                fitted.remove(key, fit);
            }
        });
        return fit;
    }
}
