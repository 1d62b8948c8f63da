package org.latentlab.persistence;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
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
                var entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    Path target = work.resolve(e.getName()).normalize();
                    if (!target.startsWith(work)) {
                        throw new IOException(file.getFileName() + " is not a valid session: it names a file outside itself (" + e.getName() + ").");
                    }
                    if (e.isDirectory()) {
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            } catch (ZipException e) {
                throw new IOException(Sentences.after(file.getFileName() + " is not a Latent Lab session: it is not a readable zip file", e), e);
            }
            if (!Files.isRegularFile(work.resolve(INDEX))) {
                throw new IOException(file.getFileName() + " is not a Latent Lab session: it holds no " + INDEX + ".");
            }
            SessionFile index;
            try {
                JsonObject json = JsonParser.parseString(Files.readString(work.resolve(INDEX))).getAsJsonObject();
                int format = present(json.get("format"), "format").getAsInt();
                if (format > FORMAT) {
                    throw new IOException(file.getFileName() + " was saved by a newer Latent Lab (session format " + format
                            + "); this version opens format " + FORMAT + ".");
                }
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
