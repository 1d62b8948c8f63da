package org.latentlab.persistence;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.errors.Sentences;

/**
 * A session file: one zip holding {@code session.json} (format, data set, seed, view settings and
 * the list of models) and, per model, a checkpoint folder {@code models/<role>/} in the same format
 * {@code train} writes. Written to a temporary sibling and renamed into place; read completely and
 * checked before anything is returned, so a bad file never half-replaces what the window shows.
 */
public final class SessionArchive {
    /** The session format this version writes and reads. */
    public static final int FORMAT = 1;
    /** The file name extension of sessions. */
    public static final String EXTENSION = ".latentlab";
    private static final String INDEX = "session.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private SessionArchive() {}

    /** Writes {@code session} to {@code file}, replacing an older file only once the new one is complete. */
    public static void write(Path file, Session session) throws IOException {
        Path work = Files.createTempDirectory("latentlab-session-");
        try {
            List<String> roles = new ArrayList<>();
            for (Session.Model m : session.models()) {
                checkRole(m.role());
                Checkpoints.save(work.resolve("models").resolve(m.role()), m.checkpoint(), m.weights());
                roles.add(m.role());
            }
            SessionFile index = new SessionFile(FORMAT, session.dataset(), session.seed(), roles, new TreeMap<>(session.view()));
            Files.writeString(work.resolve(INDEX), GSON.toJson(index), StandardCharsets.UTF_8);
            List<Path> files;
            try (Stream<Path> s = Files.walk(work)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            AtomicFiles.write(file, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    for (Path f : files) {
                        zip.putNextEntry(new ZipEntry(work.relativize(f).toString().replace('\\', '/')));
                        Files.copy(f, zip);
                        zip.closeEntry();
                    }
                }
            });
        } finally {
            AtomicFiles.deleteTree(work);
        }
    }

    /**
     * Reads a whole session: every model's weights and codes, and checks that its data set can
     * still be found. A file that is not a session, is corrupt, comes from a newer version, or
     * refers to a data set that is gone is refused with one sentence.
     */
    public static Session read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("There is no session file at " + file + ".");
        }
        Path work = Files.createTempDirectory("latentlab-session-");
        try {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                extract(file, zip, work);
            } catch (ZipException e) {
                throw new IOException(Sentences.after(file.getFileName() + " is not a Latent Lab session: it is not a readable zip file", e), e);
            }
            if (!Files.isRegularFile(work.resolve(INDEX))) {
                throw new IOException(file.getFileName() + " is not a Latent Lab session: it holds no " + INDEX + ".");
            }
            SessionFile index;
            try {
                JsonElement parsed = JsonText.parse(JsonText.read(work.resolve(INDEX), MAX_INDEX_BYTES));
                if (!parsed.isJsonObject()) {
                    throw new IllegalArgumentException("it is not a JSON object");
                }
                JsonObject json = parsed.getAsJsonObject();
                long format = JsonText.wholeNumber(json.get("format"), "format", 1, Integer.MAX_VALUE);
                if (format > FORMAT) {
                    throw new IOException(file.getFileName() + " was saved by a newer Latent Lab (session format " + format
                            + "); this version opens format " + FORMAT + ".");
                }
                JsonText.wholeNumber(json.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE);
                index = GSON.fromJson(json, SessionFile.class);
                present(index.dataset(), "dataset");
                present(index.seed(), "seed");
                present(index.models(), "models").forEach(SessionArchive::checkRole);
            } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                     | IllegalArgumentException e) {
                throw new IOException(Sentences.after(file.getFileName() + " is a corrupt session; its " + INDEX + " cannot be read", e), e);
            }
            String dataset = index.dataset();
            List<String> roles = index.models();
            Map<String, String> view = index.view() == null ? Map.of() : index.view();
            checkDataset(dataset);
            List<Session.Model> models = new ArrayList<>();
            for (String role : roles) {
                Path dir = work.resolve("models").resolve(role);
                if (!Files.isDirectory(dir)) {
                    throw new IOException(file.getFileName() + " is incomplete: the model '" + role + "' it lists is missing.");
                }
                Checkpoints.Plain plain;
                try {
                    plain = Checkpoints.readPlain(dir);
                } catch (IOException e) {
                    throw new IOException(Sentences.after(file.getFileName() + ": the model '" + role + "' cannot be read", e), e);
                }
                checkDataset(plain.checkpoint().dataset());
                models.add(new Session.Model(role, plain.checkpoint(), plain.weights()));
            }
            return new Session(dataset, index.seed(), models, view);
        } finally {
            AtomicFiles.deleteTree(work);
        }
    }

    /**
     * Copies every entry of the zip into {@code work}, refusing one that names a place outside it,
     * and stopping as soon as the inflated bytes pass the limits: {@link #MAX_ENTRIES} entries,
     * {@link #MAX_INDEX_BYTES} for {@code session.json}, and per entry and in all at most
     * {@link #MAX_RATIO} times the compressed size plus {@link #SLACK_BYTES} (weights, the bulk of a
     * real session, hardly compress; a zip bomb inflates a thousandfold), and never more than
     * {@link #MAX_TOTAL_BYTES}.
     */
    private static void extract(Path file, ZipFile zip, Path work) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            throw new IOException(file.getFileName() + " is not a valid session: it holds " + zip.size() + " files, more than the "
                    + MAX_ENTRIES + " a session can hold.");
        }
        long fileSize = Files.size(file);
        long totalLimit = Math.min(MAX_TOTAL_BYTES, fileSize * MAX_RATIO + SLACK_BYTES);
        long total = 0;
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            Path target = work.resolve(e.getName()).normalize();
            if (!target.startsWith(work) || target.equals(work)) {
                throw new IOException(file.getFileName() + " is not a valid session: it names a file outside itself (" + e.getName() + ").");
            }
            if (e.isDirectory()) {
                continue;
            }
            long compressed = Math.max(0, e.getCompressedSize());
            long entryLimit = e.getName().equals(INDEX) ? MAX_INDEX_BYTES : Math.min(MAX_TOTAL_BYTES, compressed * MAX_RATIO + SLACK_BYTES);
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                copyBounded(file, e, in, out, entryLimit, total, totalLimit, fileSize);
            } catch (ZipException | java.io.EOFException ex) {
                throw new IOException(file.getFileName() + " is a damaged session: its entry " + e.getName() + " cannot be unpacked.", ex);
            }
            total += Files.size(target);
        }
    }

    /** Copies one entry, refusing it once it passes its own limit or takes the session past {@code totalLimit}. */
    private static void copyBounded(Path file, ZipEntry e, InputStream in, OutputStream out, long entryLimit, long totalBefore,
                                    long totalLimit, long fileSize) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            written += n;
            if (written > entryLimit || totalBefore + written > totalLimit) {
                throw new IOException(file.getFileName() + " is not a valid session: " + e.getName() + " inflates to more than "
                        + (written > entryLimit ? entryLimit + " bytes, the most such an entry" : totalLimit
                        + " bytes in all, the most a file of " + fileSize + " bytes") + " can hold in a session.");
            }
            out.write(buffer, 0, n);
        }
    }

    /** The most files a session holds: {@code session.json} and four per model, for far more models than a window shows. */
    static final int MAX_ENTRIES = 256;
    /** A real {@code session.json} is under 4 KB. */
    static final long MAX_INDEX_BYTES = 1 << 20;
    /** How many times its compressed size an entry or the whole session may inflate to. */
    static final long MAX_RATIO = 64;
    /** What any session may inflate to beyond {@link #MAX_RATIO}: room for JSON and codes, which compress well. */
    static final long SLACK_BYTES = 64L << 20;
    /** The most a session inflates to, whatever its size: four models of 512 MB of weights. */
    static final long MAX_TOTAL_BYTES = 2L << 30;

    /** {@code session.json} field by field. */
    private record SessionFile(Integer format, String dataset, Long seed, List<String> models, Map<String, String> view) {}

    private static <T> T present(T value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("it has no " + key);
        }
        return value;
    }

    /** A shipped set by name, or a path that must still exist. */
    private static void checkDataset(String dataset) throws IOException {
        boolean shipped = DatasetCatalog.shipped().stream().anyMatch(s -> s.name().equals(dataset));
        if (!shipped && !Files.exists(Path.of(dataset))) {
            throw new IOException("The session's data set at " + dataset + " is not there any more: put it back, "
                    + "or open the session on the machine that has it.");
        }
    }

    private static String checkRole(String role) {
        if (!role.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("'" + role + "' is not a model role");
        }
        return role;
    }
}
