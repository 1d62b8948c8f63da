package org.latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a data set comes from: a name is either a set shipped with the app ({@code mnist-10k},
 * {@code fashion-10k}, the colour {@code photos-2400}) or a path, read by the first of the {@link DatasetReaders} that can read it.
 */
public final class DatasetCatalog {
    /** The seed and validation fraction every command and the window use, so splits agree. */
    public static final double VALIDATION_FRACTION = 0.2;

    private static final String RESOURCE_ROOT = "/latentlab/assets/";

    /** A data set that ships with the app, and the shape of its samples ({@code 1×28×28}). */
    public record Shipped(String name, String title, List<String> classNames, String shape) {}

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** Fashion-MNIST's class names, by label. */
    static final List<String> FASHION_CLASSES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** The photographs the colour patches of {@code photos-2400} are cut from, by label. */
    static final List<String> PHOTO_CLASSES = List.of("astronaut", "cat", "coffee", "galaxies", "retina", "rocket");

    private static final List<Shipped> SHIPPED = List.of(
            new Shipped("mnist-10k", "MNIST digits (10,000)", DIGITS, "1×28×28"),
            new Shipped("fashion-10k", "Fashion-MNIST (10,000)", FASHION_CLASSES, "1×28×28"),
            new Shipped("photos-2400", "Colour photo patches (2,400)", PHOTO_CLASSES, "3×32×32"));

    private DatasetCatalog() {}

    /** The shipped data sets, in the order the window lists them. */
    public static List<Shipped> shipped() {
        return SHIPPED;
    }

    /** The shipped set of that name, if there is one. */
    public static Optional<Shipped> find(String name) {
        return SHIPPED.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Loads a shipped set by name, or reads a path with the first of the standard readers that can. */
    public static Dataset load(String nameOrPath) {
        return load(nameOrPath, ReadProgress.NONE);
    }

    /** Loads a shipped set by name, or reads a path, reporting the fraction read and stopping when cancelled. */
    public static Dataset load(String nameOrPath, ReadProgress progress) {
        return load(nameOrPath, DatasetReaders.standard(), progress);
    }

    /** Loads a shipped set by name, or reads a path, a folder of pictures prepared as {@code preparation} says. */
    public static Dataset load(String nameOrPath, Preparation preparation, ReadProgress progress) {
        return load(nameOrPath, DatasetReaders.standard(preparation), progress);
    }

    /** Loads a shipped set by name, or reads a path with the first of {@code readers} that can. */
    public static Dataset load(String nameOrPath, DatasetReaders readers, ReadProgress progress) {
        Optional<Shipped> shipped = find(nameOrPath);
        if (shipped.isPresent()) {
            return loadShipped(shipped.get(), progress);
        }
        Path path;
        try {
            path = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null || !Files.exists(path)) {
            throw new DataException("There is no data set called '" + nameOrPath + "': use " + describe(readers) + ".");
        }
        Path found = path;
        DatasetReader reader = readers.forPath(path).orElseThrow(() -> new DataException(
                found + " is not a data set Latent Lab can read: use " + describe(readers) + "."));
        return reader.read(path, progress);
    }

    /** What {@code --dataset} and the like accept, as one phrase: the shipped sets, then every format of {@code readers}. */
    public static String describe(DatasetReaders readers) {
        return "a shipped set (" + String.join(", ", SHIPPED.stream().map(Shipped::name).toList()) + "), " + readers.formats();
    }

    private static Dataset loadShipped(Shipped set, ReadProgress progress) {
        String base = RESOURCE_ROOT + set.name() + "/";
        try (InputStream images = resource(base + "images-idx3-ubyte.gz");
             InputStream labels = resource(base + "labels-idx1-ubyte.gz")) {
            return Dataset.fromIdx(set.name(),
                    IdxReader.readImages(images, set.name() + " images", progress.part(0, 0.95)),
                    IdxReader.readLabels(labels, set.name() + " labels", progress.part(0.95, 1)),
                    set.classNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DatasetCatalog.class.getResourceAsStream(path);
        if (in == null) {
            throw new DataException("The shipped data file " + path + " is missing from the application.");
        }
        return in;
    }
}
