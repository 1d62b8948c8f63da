package org.latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data sets shipped with the app, and opening an IDX image+label pair from disk. A name is
 * either a shipped set ({@code mnist-10k}, {@code fashion-10k}) or a path to a folder that holds
 * one IDX image file and one IDX label file.
 */
public final class DatasetCatalog {
    /** The seed and validation fraction every command and the window use, so splits agree. */
    public static final double VALIDATION_FRACTION = 0.2;

    private static final String RESOURCE_ROOT = "/latentlab/assets/";

    /** A data set that ships with the app. */
    public record Shipped(String name, String title, List<String> classNames) {}

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final List<String> FASHION = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private static final List<Shipped> SHIPPED = List.of(
            new Shipped("mnist-10k", "MNIST digits (10,000)", DIGITS),
            new Shipped("fashion-10k", "Fashion-MNIST (10,000)", FASHION));

    private DatasetCatalog() {}

    /** The shipped data sets, in the order the window lists them. */
    public static List<Shipped> shipped() {
        return SHIPPED;
    }

    /** The shipped set of that name, if there is one. */
    public static Optional<Shipped> find(String name) {
        return SHIPPED.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Loads a shipped set by name, or an IDX pair from a folder path. */
    public static Dataset load(String nameOrPath) {
        Optional<Shipped> shipped = find(nameOrPath);
        if (shipped.isPresent()) {
            return loadShipped(shipped.get());
        }
        Path path = Path.of(nameOrPath);
        if (Files.isDirectory(path)) {
            return ImageFolderReader.looksLikeImageFolder(path) ? ImageFolderReader.read(path, 28).dataset() : loadIdxFolder(path);
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".csv")) {
            return CsvReader.read(path);
        }
        throw new DataException("There is no data set called '" + nameOrPath
                + "': use one of " + SHIPPED.stream().map(Shipped::name).toList()
                + ", a folder holding an IDX image file and its label file, a folder with one sub-folder of pictures per class, "
                + "or a CSV file with a label column.");
    }

    private static Dataset loadShipped(Shipped set) {
        String base = RESOURCE_ROOT + set.name() + "/";
        try (InputStream images = resource(base + "images-idx3-ubyte.gz");
             InputStream labels = resource(base + "labels-idx1-ubyte.gz")) {
            return Dataset.fromIdx(set.name(),
                    IdxReader.readImages(images, set.name() + " images"),
                    IdxReader.readLabels(labels, set.name() + " labels"),
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

    /**
     * Opens a folder holding one IDX image file ({@code *images*} or {@code *idx3*}) and one label
     * file ({@code *labels*} or {@code *idx1*}), as the MNIST, KMNIST, EMNIST and Fashion-MNIST
     * downloads are laid out. Fashion-MNIST files get its class names.
     */
    public static Dataset loadIdxFolder(Path folder) {
        Path images = pick(folder, "idx3", "images");
        Path labels = pick(folder, "idx1", "labels");
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<String> classes = name.toLowerCase().contains("fashion") ? FASHION : null;
        return Dataset.fromIdx(name, IdxReader.readImages(images), IdxReader.readLabels(labels), classes);
    }

    private static Path pick(Path folder, String idxTag, String word) {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(folder)) {
            candidates = files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase();
                        return n.contains(idxTag) || n.contains(word);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DataException("Could not list the folder " + folder + ": " + e.getMessage() + ".", e);
        }
        if (candidates.isEmpty()) {
            throw new DataException("The folder " + folder + " holds no IDX " + word + " file (a name containing '"
                    + idxTag + "' or '" + word + "').");
        }
        // Several pairs (train and t10k): prefer the training files, as full MNIST is laid out.
        return candidates.stream().filter(p -> p.getFileName().toString().toLowerCase().contains("train"))
                .findFirst().orElse(candidates.get(0));
    }
}
