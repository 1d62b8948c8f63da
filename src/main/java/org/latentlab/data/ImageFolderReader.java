package org.latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A data set from a folder of pictures: one sub-folder per class (the sub-folder's name is the
 * class), or all in the folder itself (one class named after the folder). Each picture is prepared
 * as its {@link Preparation} says: as a picture ({@link PicturePreparation}: resized and
 * centre-cropped, colour or grey) or as MNIST was made ({@link ImageImport}), decoded in parallel.
 * Every file left out is named with the reason; a folder
 * with no usable picture is refused with one sentence.
 */
public final class ImageFolderReader implements DatasetReader {
    /** The side of the square inputs pictures are prepared into, as MNIST's. */
    public static final int MNIST_SIDE = 28;
    /** The class of a flat folder that has no name of its own (a file-system root). */
    static final String UNLABELLED = "unlabelled";

    private final Preparation preparation;

    /** Prepares pictures into 28×28 inputs as MNIST's digits were made. */
    public ImageFolderReader() {
        this(Preparation.DIGITS);
    }

    /** Prepares pictures as digits of that side. */
    public ImageFolderReader(int side) {
        this(new Preparation(Preparation.Mode.DIGITS, side, false));
    }

    /** Prepares pictures as {@code preparation} says: as pictures (resized, colour or grey) or as digits. */
    public ImageFolderReader(Preparation preparation) {
        this.preparation = java.util.Objects.requireNonNull(preparation);
    }

    /** How this reader prepares each picture. */
    public Preparation preparation() {
        return preparation;
    }

    /** The data set, with how many files were left out and, for each, the sentence saying why. */
    public record Result(Dataset dataset, int skipped, List<String> reasons) {}

    @Override
    public String name() {
        return "pictures";
    }

    @Override
    public String description() {
        return "a folder of pictures, with one sub-folder per class or all in one (one class)";
    }

    @Override
    public Source source() {
        return Source.FOLDER;
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    /** True when the path is a folder with sub-folders, or with a file named as a picture is. */
    @Override
    public boolean canRead(Path path) {
        return DatasetReader.folderHolds(path, p -> Files.isDirectory(p) || Files.isRegularFile(p) && ImageImport.isPictureName(p));
    }

    /** Reads the folder; the files left out are counted and each named with its reason to {@link ReadProgress#skipped}. */
    @Override
    public Dataset read(Path folder, ReadProgress progress) {
        Result r = readCountingSkips(folder, progress);
        if (r.skipped() > 0) {
            progress.skipped(leftOut(nameOf(folder), r.reasons()));
        }
        return r.dataset();
    }

    /** One sentence naming every file left out of {@code folder} and why. */
    static String leftOut(String folder, List<String> reasons) {
        int n = reasons.size();
        return n + (n == 1 ? " file" : " files") + " in " + folder + " could not be used and "
                + (n == 1 ? "was" : "were") + " left out: " + String.join(" ", reasons);
    }

    /** Reads the folder, and says how many files were left out as not usable pictures, and why for each. */
    public Result readCountingSkips(Path folder, ReadProgress progress) {
        String what = nameOf(folder);
        List<Path> classes = list(folder, true);
        List<Path> loose = list(folder, false);
        List<String> reasons = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<List<Path>> files = new ArrayList<>();
        if (classes.isEmpty()) {
            if (loose.isEmpty()) {
                throw new DataException("The folder " + folder + " is empty: put pictures in it, or in one sub-folder per class.");
            }
            names.add(folder.getFileName() == null ? UNLABELLED : what);
            files.add(loose);
        } else {
            for (Path f : loose) {
                reasons.add(nameOf(f) + " lies beside the class sub-folders, not in one.");
            }
            for (Path c : classes) {
                names.add(nameOf(c));
                files.add(list(c, false));
            }
        }
        List<Path> all = new ArrayList<>();
        List<Integer> classOf = new ArrayList<>();
        for (int c = 0; c < files.size(); c++) {
            for (Path f : files.get(c)) {
                all.add(f);
                classOf.add(c);
            }
        }
        int total = all.size();
        int side = preparation.size();
        int d = preparation.channels() * side * side;
        Object[] prepared = new Object[total];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Object lock = new Object();
        progress.advance(0, what);
        // Pictures are decoded in parallel; each result keeps its file's place, so the order (and every value) is the same as one by one.
        java.util.stream.IntStream.range(0, total).parallel().forEach(i -> {
            synchronized (lock) {
                progress.advance((double) done.get() / Math.max(1, total), what);
            }
            Path f = all.get(i);
            try {
                prepared[i] = preparation.mode() == Preparation.Mode.DIGITS
                        ? ImageImport.prepare(f, side).input().values()
                        : PicturePreparation.prepare(f, preparation);
            } catch (DataException e) {
                prepared[i] = named(f, e.getMessage());
            } catch (RuntimeException e) {
                prepared[i] = named(f, "could not be read (" + org.latentlab.errors.Sentences.of(e, "its decoder failed").replaceAll("\\.$", "") + ").");
            }
            done.incrementAndGet();
        });
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (prepared[i] instanceof float[] v) {
                images.add(v);
                labels.add(classOf.get(i));
            } else {
                reasons.add((String) prepared[i]);
            }
        }
        if (images.isEmpty()) {
            throw new DataException("The folder " + folder + " holds no picture that could be used" + (reasons.isEmpty() ? "." : ": " + reasons.get(0)));
        }
        float[] values = new float[images.size() * d];
        int[] y = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, values, i * d, d);
            y[i] = labels.get(i);
        }
        progress.advance(1, what);
        return new Result(new Dataset(what, values, y, names, preparation.channels(), side, side), reasons.size(), List.copyOf(reasons));
    }

    /** How many pictures {@link #looksLikeInk} decodes to judge a folder. */
    static final int SNIFFED = 8;

    /**
     * True when the folder's pictures look like ink on paper (digits, letters, drawings) rather than
     * photographs: judged on a few pictures spread over its classes, decoded small. A folder whose
     * pictures cannot be read looks like photographs (the reader will say what is wrong).
     */
    public static boolean looksLikeInk(Path folder) {
        List<Path> classes = list(folder, true);
        List<Path> files = new ArrayList<>();
        for (Path c : classes.isEmpty() ? List.of(folder) : classes) {
            files.addAll(list(c, false).stream().filter(ImageImport::isPictureName).limit(SNIFFED).toList());
        }
        List<java.awt.image.BufferedImage> samples = new ArrayList<>();
        int stride = Math.max(1, files.size() / SNIFFED);
        for (int i = 0; i < files.size() && samples.size() < SNIFFED; i += stride) {
            try {
                samples.add(ImageImport.decode(files.get(i), new ArrayList<>(), 32).image());
            } catch (DataException e) {
                // an unreadable picture says nothing about the others
            }
        }
        return PicturePreparation.lookLikeInk(samples);
    }

    /** The reason, led by the file's name when it does not already say which file it is. */
    private static String named(Path file, String reason) {
        String name = nameOf(file);
        return reason.contains(name) ? reason : name + ": " + reason;
    }

    private static String nameOf(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    private static List<Path> list(Path folder, boolean folders) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(folders ? Files::isDirectory : Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DataException(org.latentlab.errors.Sentences.after("Could not list the folder " + folder, e), e);
        }
    }
}
