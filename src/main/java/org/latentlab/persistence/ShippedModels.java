package org.latentlab.persistence;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pretrained checkpoints shipped in {@code models/}: where that folder is, and which models it
 * holds. It is found from the system property {@code latentlab.models}, else {@code models/} in
 * the working folder, else beside the jar (the jar lives in {@code target/} of a checkout).
 */
public final class ShippedModels {
    /** The model the window opens with: the 2D autoencoder on the shipped digits. */
    public static final String DEFAULT = "mnist-undercomplete-2d";

    /** One shipped model: its folder name (e.g. {@code mnist-vae-2d}) and where it is. */
    public record Entry(String name, Path folder) {}

    private ShippedModels() {}

    /** The shipped models folder, if one can be found. */
    public static Optional<Path> folder() {
        String property = System.getProperty("latentlab.models");
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path here = Path.of("models");
        if (Files.isDirectory(here)) {
            return Optional.of(here.toAbsolutePath());
        }
        try {
            Path jar = Path.of(ShippedModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("models")) && Files.isDirectory(p.resolve("models").resolve(DEFAULT))) {
                    return Optional.of(p.resolve("models"));
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source on disk (e.g. a custom class loader): there is simply no shipped folder.
        }
        return Optional.empty();
    }

    /** Every checkpoint in the shipped folder, by name; empty when there is no folder. */
    public static List<Entry> list() {
        Optional<Path> root = folder();
        if (root.isEmpty()) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.get())) {
            s.filter(Checkpoints::isCheckpoint).sorted().forEach(p -> out.add(new Entry(p.getFileName().toString(), p)));
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    /** The shipped model of that name, if present. */
    public static Optional<Entry> find(String name) {
        return list().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
