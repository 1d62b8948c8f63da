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
public final class ImageFolderReader {
    private ImageFolderReader() {}

    /** The pictures that could not be used, and why (the first few), next to the data set. */
    public record Result(Dataset dataset, int skipped, List<String> reasons) {}

    /** True when {@code folder} has sub-folders (and so may be an image folder). */
    public static boolean looksLikeImageFolder(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    public static Result read(Path folder, int size) {
        List<Path> classes;
        try (Stream<Path> s = Files.list(folder)) {
            classes = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new DataException("Could not list the folder " + folder + ": " + e.getMessage() + ".", e);
        }
        if (classes.isEmpty()) {
            throw new DataException("The folder " + folder + " has no sub-folders: put each class's pictures in a sub-folder named after it.");
        }
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int skipped = 0;
        for (int c = 0; c < classes.size(); c++) {
            List<Path> files;
            try (Stream<Path> s = Files.list(classes.get(c))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new DataException("Could not list the folder " + classes.get(c) + ": " + e.getMessage() + ".", e);
            }
            for (Path f : files) {
                try {
                    images.add(ImageImport.prepare(f, size).input().values());
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
        float[] values = new float[images.size() * size * size];
        int[] y = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, values, i * size * size, size * size);
            y[i] = labels.get(i);
        }
        List<String> names = classes.stream().map(p -> p.getFileName().toString()).toList();
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return new Result(new Dataset(name, values, y, names, 1, size, size), skipped, reasons);
    }
}
