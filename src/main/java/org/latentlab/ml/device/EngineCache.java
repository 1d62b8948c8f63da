package org.latentlab.ml.device;

import ai.djl.engine.Engine;
import ai.djl.util.ClassLoaderUtils;
import ai.djl.util.Platform;
import ai.djl.util.Utils;
import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where DJL unpacks the libtorch this build ships ({@code <engine cache>/pytorch/<version>-<flavor>-<classifier>/},
 * the engine cache being {@code ENGINE_CACHE_DIR}, else {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}),
 * whether it is there whole, and how far the first start's unpacking has got. DJL trusts a folder
 * holding {@code libtorch.so}; a file cut short there (a full disk, a killed first start) would fail
 * to load at every start, so a damaged folder is removed and DJL unpacks it again.
 */
public final class EngineCache {
    private static final Logger LOG = LoggerFactory.getLogger(EngineCache.class);

    /** The folder DJL unpacks into and the size of every file it puts there. */
    record Layout(Path cache, Path folder, Map<String, Long> files) {
        long total() {
            return files.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private EngineCache() {}

    /**
     * The bundled libtorch's layout, empty when this build has none to unpack (a local libtorch
     * named by {@code PYTORCH_LIBRARY_PATH}, or the CUDA build, which DJL downloads).
     */
    static Optional<Layout> bundled() {
        String local = System.getenv("PYTORCH_LIBRARY_PATH");
        if (local != null && !local.isBlank()) {
            return Optional.empty();
        }
        try {
            Platform p = Platform.detectPlatform("pytorch");
            if (p.isPlaceholder()) {
                return Optional.empty();
            }
            Path cache = Utils.getEngineCacheDir("pytorch");
            Path folder = cache.resolve(p.getVersion() + '-' + p.getFlavor() + '-' + p.getClassifier());
            Map<String, Long> files = new LinkedHashMap<>();
            for (String lib : p.getLibraries()) {
                long size = resourceSize("pytorch/" + p.getFlavor() + '/' + p.getClassifier() + '/' + lib);
                if (size < 0) {
                    return Optional.empty();
                }
                files.put(lib, size);
            }
            String jni = System.mapLibraryName("djl_torch");
            long jniSize = resourceSize("jnilib/" + p.getClassifier() + '/' + p.getFlavor() + '/' + jni);
            if (jniSize >= 0) {
                files.put(Engine.getDjlVersion() + '-' + jni, jniSize);
            }
            return Optional.of(new Layout(cache, folder, files));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the bundled libtorch's layout", e);
            return Optional.empty();
        }
    }

    /** Whether the bundled libtorch is already unpacked (as DJL judges it: its folder holds {@code libtorch.so}). */
    public static boolean unpacked() {
        return bundled().map(l -> Files.exists(l.folder().resolve(System.mapLibraryName("torch")))).orElse(true);
    }

    /**
     * Removes the unpacked folder when a file in it is missing or not the size of the one in the jar,
     * so that DJL unpacks it again; the sentence saying so, or empty when it was whole or not there.
     */
    public static Optional<String> repairIfDamaged() {
        Optional<Layout> layout = bundled();
        if (layout.isEmpty() || !Files.isDirectory(layout.get().folder())) {
            return Optional.empty();
        }
        Layout l = layout.get();
        String damage = null;
        for (Map.Entry<String, Long> f : l.files().entrySet()) {
            Path file = l.folder().resolve(f.getKey());
            try {
                if (!Files.exists(file)) {
                    // DJL unpacks the JNI library on its own when it alone is missing.
                    if (!f.getKey().endsWith(System.mapLibraryName("djl_torch"))) {
                        damage = f.getKey() + " is missing";
                    }
                } else if (Files.size(file) != f.getValue()) {
                    damage = String.format("%s is %,d bytes instead of %,d", f.getKey(), Files.size(file), f.getValue());
                }
            } catch (IOException e) {
                damage = f.getKey() + " cannot be read";
            }
            if (damage != null) {
                break;
            }
        }
        if (damage == null) {
            return Optional.empty();
        }
        LOG.warn("The unpacked libtorch in {} is damaged ({}); removing it so DJL unpacks it again", l.folder(), damage);
        try {
            deleteTree(l.folder());
        } catch (IOException e) {
            LOG.error("Cannot remove the damaged libtorch folder {}", l.folder(), e);
            return Optional.of("The training engine's files in " + l.folder() + " are damaged (" + damage
                    + ") and cannot be removed: delete that folder and start Latent Lab again.");
        }
        return Optional.of("The training engine's files in " + l.folder() + " were damaged (" + damage
                + "), so Latent Lab unpacks them again.");
    }

    /**
     * How far DJL's unpacking has got, in [0,1]: the bytes in its temporary folders beside the
     * unpacked one over the bytes it unpacks; 1 once unpacked, −1 when it cannot tell.
     */
    public static double unpackProgress() {
        Optional<Layout> layout = bundled();
        if (layout.isEmpty()) {
            return -1;
        }
        Layout l = layout.get();
        if (Files.exists(l.folder().resolve(System.mapLibraryName("torch")))) {
            return 1;
        }
        if (!Files.isDirectory(l.cache())) {
            return 0;
        }
        long done = 0;
        try (DirectoryStream<Path> tmps = Files.newDirectoryStream(l.cache(), "tmp*")) {
            for (Path tmp : tmps) {
                if (Files.isDirectory(tmp)) {
                    try (Stream<Path> files = Files.list(tmp)) {
                        done = Math.max(done, files.mapToLong(EngineCache::sizeOrZero).sum());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return Math.min(1, done / (double) Math.max(1, l.total()));
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long resourceSize(String name) throws IOException {
        URL url = ClassLoaderUtils.getResource(name);
        if (url == null) {
            return -1;
        }
        URLConnection c = url.openConnection();
        c.setUseCaches(false);
        long size = c.getContentLengthLong();
        c.getInputStream().close();
        return size;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
