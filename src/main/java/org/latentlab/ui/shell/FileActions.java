package org.latentlab.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentlab.data.DatasetReader;
import org.latentlab.data.DatasetReaders;
import org.latentlab.data.ImageFolderReader;
import org.latentlab.errors.Sentences;
import org.latentlab.persistence.AtomicFiles;
import org.latentlab.persistence.CodesCsv;
import org.latentlab.persistence.SessionArchive;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.training.Messages;
import org.latentlab.ui.training.OpenCommands;
import org.latentlab.ui.training.ShownModel;

/**
 * The File menu's choosers: they ask for a file or folder and hand it on to open a data set, a
 * model, a session or a preset, or to save the view as PNG, the curves or codes as CSV, a session
 * or a lab report. A file that cannot be written gets one sentence.
 */
public final class FileActions {
    private final MainWindow window;
    private final OpenCommands open;
    private final ShownModel shown;
    private final Messages messages;

    FileActions(MainWindow window, OpenCommands open, ShownModel shown, Messages messages) {
        this.window = window;
        this.open = open;
        this.shown = shown;
        this.messages = messages;
    }

    private Window owner() {
        return window.getScene().getWindow();
    }

    /** Asks for a data set folder (in a format of {@link DatasetReaders}) and opens it off the JavaFX thread. */
    public void openDataset() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a data set folder: " + DatasetReaders.standard().names(DatasetReader.Source.FOLDER));
        ifChosen(chooser.showDialog(owner()), this::openFolder);
    }

    /** A folder of pictures is opened as the person says (pictures or digits, size, colour); any other folder as it is. */
    private void openFolder(Path folder) {
        if (DatasetReaders.standard().forPath(folder).orElse(null) instanceof ImageFolderReader) {
            new PicturesDialog().ask(owner(), folder, open.guessMode(folder)).ifPresent(p -> open.openDataset(folder, p));
        } else {
            open.openDataset(folder);
        }
    }

    /** Asks for a data set file (in a format of {@link DatasetReaders}, e.g. a CSV with a label column) and opens it. */
    public void openDataFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data set file: " + DatasetReaders.standard().names(DatasetReader.Source.FILE));
        DatasetReaders.standard().fileFilters().forEach(f -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), f.patterns())));
        ifChosen(chooser.showOpenDialog(owner()), open::openDataset);
    }

    /** Asks for a model folder (a shipped model, or one written by {@code train}) and opens it off the JavaFX thread. */
    public void openModel() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a model folder (spec.json, weights.params, metrics.json, codes.csv)");
        ShippedModels.folder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        ifChosen(chooser.showDialog(owner()), open::loadModel);
    }

    /** Asks for a folder and writes a lab report into a new sub-folder of it. */
    public void exportLabReport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose where to put the lab report (a new folder is made inside)");
        ifChosen(chooser.showDialog(owner()), window.labReport()::export);
    }

    /** Asks for a preset file (JSON) and applies it. */
    public void openPreset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a preset (JSON)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Preset", "*.json"));
        ifChosen(chooser.showOpenDialog(owner()), window.presets()::open);
    }

    /** Asks where to save the session (every model on show, the view settings) and writes it off the JavaFX thread. */
    public void saveSession() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the session");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Latent Lab session", "*" + SessionArchive.EXTENSION));
        chooser.setInitialFileName("session" + SessionArchive.EXTENSION);
        ifChosen(chooser.showSaveDialog(owner()), path -> {
            if (!path.getFileName().toString().endsWith(SessionArchive.EXTENSION)) {
                path = path.resolveSibling(path.getFileName() + SessionArchive.EXTENSION);
            }
            window.sessions().save(path);
        });
    }

    /** Asks for a session file and opens it; a bad one is refused with a sentence and nothing changes. */
    public void openSession() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a session");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Latent Lab session", "*" + SessionArchive.EXTENSION),
                new FileChooser.ExtensionFilter("Any file", "*.*"));
        ifChosen(chooser.showOpenDialog(owner()), window.sessions()::open);
    }

    /** Saves the selected view as a PNG chosen by the person. */
    public void saveViewAsPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the view as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(window.selected().title().toLowerCase().replace(' ', '-') + ".png");
        Node view = window.selectedView();
        ifChosen(chooser.showSaveDialog(owner()), file -> {
            try {
                Snapshots.savePng(view, file);
                messages.refuse("");
            } catch (IOException e) {
                messages.refuse(Sentences.after("Could not save " + file, e));
            }
        });
    }

    /** Saves the curves or the codes as CSV. */
    public void saveCsv(boolean codes) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(codes ? "Save the validation codes as CSV" : "Save the training curves as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(codes ? "codes.csv" : "curves.csv");
        ifChosen(chooser.showSaveDialog(owner()), file -> {
            try {
                AtomicFiles.writeString(file, codes ? codesCsv(shown.latent().shownProperty().get()) : shown.curves().toCsv());
            } catch (IOException e) {
                messages.refuse(Sentences.after("Could not save " + file, e));
            }
        });
    }

    /** The shown codes as CSV: one row per validation sample, its index, its label, then each code dimension. */
    public static String codesCsv(LatentSnapshot s) {
        return s == null ? CodesCsv.text(0, new float[0], new int[0]) : CodesCsv.text(s.latentSize(), s.codes(), s.labels());
    }

    private static void ifChosen(File file, Consumer<Path> then) {
        if (file != null) {
            then.accept(file.toPath());
        }
    }
}
