package org.latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder holding one IDX image file ({@code *images*} or {@code *idx3*}) and one IDX label file
 * ({@code *labels*} or {@code *idx1*}), gzipped or not, as the MNIST, KMNIST, EMNIST and
 * Fashion-MNIST downloads are laid out. A folder whose name says Fashion gets its class names.
 */
public final class IdxFolderReader implements DatasetReader {
    @Override
    public String name() {
        return "IDX files";
    }

    @Override
    public String description() {
        return "a folder holding an IDX image file and its label file (MNIST, KMNIST, EMNIST, Fashion-MNIST), gzipped or not";
    }

    @Override
    public Source source() {
        return Source.FOLDER;
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    /** A folder with a file named as an IDX file, or named images/labels and starting as gzip or IDX does. */
    @Override
    public boolean canRead(Path path) {
        return DatasetReader.folderHolds(path, f -> Files.isRegularFile(f) && looksLikeIdx(f));
    }

    private static boolean looksLikeIdx(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        if (n.contains("idx3") || n.contains("idx1")) {
            return true;
        }
        if (!n.contains("images") && !n.contains("labels")) {
            return false;
        }
        byte[] head = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 3) < 3) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        boolean gzip = (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        boolean idx = head[0] == 0 && head[1] == 0 && head[2] == 0x08;
        return gzip || idx;
    }

    @Override
    public Dataset read(Path folder, ReadProgress progress) {
        Path images = pick(folder, "idx3", "images");
        Path labels = pick(folder, "idx1", "labels");
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<String> classes = name.toLowerCase().contains("fashion") ? DatasetCatalog.FASHION_CLASSES : null;
        return Dataset.fromIdx(name, IdxReader.readImages(images, progress.part(0, 0.95)),
                IdxReader.readLabels(labels, progress.part(0.95, 1)), classes);
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
            throw new DataException(org.latentlab.errors.Sentences.after("Could not list the folder " + folder, e), e);
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
