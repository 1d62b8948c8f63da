package org.latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A data set from a folder with one sub-folder of pictures per class (the sub-folder's name is the
 * class): each picture is prepared as MNIST was made ({@link ImageImport}). Files that are not
 * pictures are skipped and counted; a folder with no usable picture is refused with one sentence.
 */
public final class ImageFolderReader implements DatasetReader {
    /** The side of the square inputs pictures are prepared into, as MNIST's. */
    public static final int MNIST_SIDE = 28;

    private final int side;

    /** Prepares pictures into 28×28 inputs. */
    public ImageFolderReader() {
        this(MNIST_SIDE);
    }

    public ImageFolderReader(int side) {
        this.side = side;
    }

    /** The pictures that could not be used, and why (the first few), next to the data set. */
    public record Result(Dataset dataset, int skipped, List<String> reasons) {}

    @Override
    public String name() {
        return "one sub-folder per class";
    }

    @Override
    public String description() {
        return "a folder with one sub-folder of pictures per class";
    }

    @Override
    public Source source() {
        return Source.FOLDER;
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    /** True when the path is a folder with sub-folders. */
    @Override
    public boolean canRead(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the folder; the pictures left out are counted and named to {@link ReadProgress#skipped}. */
    @Override
    public Dataset read(Path folder, ReadProgress progress) {
        Result r = readCountingSkips(folder, progress);
        if (r.skipped() > 0) {
            String what = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
            progress.skipped(r.skipped() + (r.skipped() == 1 ? " file" : " files") + " in " + what + " could not be used and "
                    + (r.skipped() == 1 ? "was" : "were") + " left out: " + String.join(" ", r.reasons())
                    + (r.skipped() > r.reasons().size() ? " (and " + (r.skipped() - r.reasons().size()) + " more)" : ""));
        }
        return r.dataset();
    }

    /** Reads the folder, and says how many files were skipped as not usable pictures, and why. */
    public Result readCountingSkips(Path folder, ReadProgress progress) {
        List<Path> classes = list(folder, true);
        if (classes.isEmpty()) {
            throw new DataException("The folder " + folder + " has no sub-folders: put each class's pictures in a sub-folder named after it.");
        }
        List<List<Path>> files = new ArrayList<>();
        int total = 0;
        for (Path c : classes) {
            List<Path> inClass = list(c, false);
            files.add(inClass);
            total += inClass.size();
        }
        String what = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int skipped = 0;
        int done = 0;
        for (int c = 0; c < classes.size(); c++) {
            for (Path f : files.get(c)) {
                progress.advance((double) done++ / Math.max(1, total), what);
                try {
                    images.add(ImageImport.prepare(f, side).input().values());
                    labels.add(c);
                } catch (DataException e) {
                    skipped++;
                    if (reasons.size() < 5) {
                        reasons.add(e.getMessage());
                    }
                }
            }
        }
        if (images.isEmpty()) {
            throw new DataException("The folder " + folder + " holds no picture that could be used" + (reasons.isEmpty() ? "." : ": " + reasons.get(0)));
        }
        float[] values = new float[images.size() * side * side];
        int[] y = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, values, i * side * side, side * side);
            y[i] = labels.get(i);
        }
        progress.advance(1, what);
        List<String> names = classes.stream().map(p -> p.getFileName().toString()).toList();
        return new Result(new Dataset(what, values, y, names, 1, side, side), skipped, reasons);
    }

    private static List<Path> list(Path folder, boolean folders) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(folders ? Files::isDirectory : Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DataException(org.latentlab.errors.Sentences.after("Could not list the folder " + folder, e), e);
        }
    }
}
