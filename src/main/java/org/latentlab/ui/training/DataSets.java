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
import org.latentlab.data.ImageFolderReader;
import org.latentlab.data.Preparation;

/**
 * The data every model on screen shares: the data sets to pick from, each read once, its split by
 * a seed made once, and PCA fitted once per split and code size; the main window's run, its
 * comparison with PCA and every side-by-side panel ask here instead of keeping their own copies.
 */
public final class DataSets {
    /** A data set the person can pick: a shipped one by name, or an opened folder or file by path; {@code shape} as {@code 3×32×32}. */
    public record Choice(String id, String title, String shape) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final Map<String, Dataset> loaded = new ConcurrentHashMap<>();
    /** How each opened folder of pictures was prepared; a data set not here is read as digits. */
    private final Map<String, Preparation> preparations = new ConcurrentHashMap<>();
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
        DatasetCatalog.shipped().forEach(s -> choices.add(new Choice(s.name(), s.title(), s.shape())));
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
        return loaded.computeIfAbsent(id, i -> DatasetCatalog.load(i, preparation(i), org.latentlab.data.ReadProgress.NONE));
    }

    /** How data set {@code id} is (or will be) prepared: as it was opened, or as a model trained on it says. */
    public Preparation preparation(String id) {
        return preparations.getOrDefault(id, Preparation.DIGITS);
    }

    /**
     * Data set {@code id} is to be prepared as {@code preparation} (a model trained on it says so);
     * a copy read another way is read again.
     */
    public void remember(String id, Preparation preparation) {
        Preparation before = preparations.put(id, preparation);
        if (before != null ? !before.equals(preparation) : !preparation.equals(Preparation.DIGITS)) {
            loaded.remove(id);
        }
    }

    /**
     * A guess of how a folder of pictures is best read, off the JavaFX thread: digits when its
     * first pictures look like ink on paper, else pictures.
     */
    public CompletableFuture<Preparation.Mode> guessMode(Path folder) {
        return CompletableFuture.supplyAsync(() -> ImageFolderReader.looksLikeInk(folder)
                ? Preparation.Mode.DIGITS : Preparation.Mode.PICTURES, loader);
    }
    /**
     * Reads a data set folder or file on the loader, in any format of {@code DatasetReaders}, telling
     * {@code progress} how far it got; completes with it once it is known by its absolute path.
     */
    public CompletableFuture<Dataset> open(Path path, org.latentlab.data.ReadProgress progress) {
        return open(path, Preparation.DIGITS, progress);
    }

    /** Reads a data set as {@link #open(Path, org.latentlab.data.ReadProgress)} does, a folder of pictures prepared as {@code preparation} says. */
    public CompletableFuture<Dataset> open(Path path, Preparation preparation, org.latentlab.data.ReadProgress progress) {
        String id = path.toAbsolutePath().toString();
        return CompletableFuture.supplyAsync(() -> {
            Dataset d = DatasetCatalog.load(path.toString(), preparation, progress);
            preparations.put(id, preparation);
            loaded.put(id, d);
            return d;
        }, loader);
    }

    /** Adds (or replaces) the choice for data set {@code id}; call on the JavaFX thread. */
    public Choice add(String id, Dataset data) {
        Choice choice = new Choice(id, data.name() + " (" + data.size() + ")", shape(data));
        choices.removeIf(c -> c.id().equals(id));
        choices.add(choice);
        return choice;
    }

    /** A data set's sample shape as the sidebar shows it: {@code 3×32×32}. */
    public static String shape(Dataset data) {
        return data.channels() + "×" + data.height() + "×" + data.width();
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
