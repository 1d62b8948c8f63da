package org.latentlab.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentlab.data.DatasetReader;
import org.latentlab.data.DatasetReaders;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.persistence.Preset;
import org.latentlab.persistence.PresetLibrary;
import org.latentlab.ui.training.OpenCommands;
import org.latentlab.ui.training.RunControls;

/**
 * The menu bar: File (open data, save the view, export curves and codes), Run (the sidebar's
 * buttons with their shortcuts), View (each view, presenter mode, the dark theme) and Help.
 */
public final class AppMenus {
    /** What the window itself does for the menus: presenter mode, the theme, quitting. */
    public interface Host {
        void togglePresenterMode();

        void setDarkTheme(boolean dark);

        boolean darkTheme();

        void quit();
    }

    private AppMenus() {}

    /** The menus of {@code window}: the Run menu drives {@code runs}, Shipped models open through {@code opens}. */
    public static MenuBar create(MainWindow window, RunControls runs, OpenCommands opens, Host host) {
        FileActions files = window.files();
        MenuItem open = item("Open data set…", "mdi2f-folder-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                files::openDataset);
        MenuItem openFile = item("Open " + DatasetReaders.standard().names(DatasetReader.Source.FILE) + "…", "mdi2t-table", null, files::openDataFile);
        MenuItem openModel = item("Open model…", "mdi2b-brain", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                files::openModel);
        MenuItem openSession = item("Open session…", "mdi2f-folder-open-outline", null, files::openSession);
        MenuItem saveSession = item("Save session…", "mdi2c-content-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                files::saveSession);
        Menu shipped = new Menu("Shipped models", MainWindow.icon("mdi2p-package-variant"));
        for (ShippedModels.Entry e : ShippedModels.list()) {
            shipped.getItems().add(item(e.name(), null, null, () -> opens.loadModel(e.folder())));
        }
        shipped.setDisable(shipped.getItems().isEmpty());
        MenuItem savePng = item("Save view as PNG…", "mdi2i-image", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                files::saveViewAsPng);
        MenuItem curves = item("Export curves as CSV…", "mdi2c-chart-line", null, () -> files.saveCsv(false));
        MenuItem codes = item("Export codes as CSV…", "mdi2t-table", null, () -> files.saveCsv(true));
        MenuItem report = item("Export lab report…", "mdi2f-file-chart", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                files::exportLabReport);
        MenuItem quit = item("Quit", "mdi2e-exit-to-app", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), host::quit);
        Menu file = new Menu("File", null, open, openFile, new SeparatorMenuItem(), openModel, shipped, new SeparatorMenuItem(), openSession, saveSession, new SeparatorMenuItem(), savePng, curves, codes, report, new SeparatorMenuItem(), quit);

        MenuItem train = item("Train / Pause", "mdi2p-play-pause", null, runs::trainOrPause);
        train.setAccelerator(null);
        MenuItem step = item("Step one batch", "mdi2s-step-forward", null, runs::step);
        MenuItem stop = item("Stop", "mdi2s-stop", null, runs::stop);
        MenuItem reset = item("Reset", "mdi2r-restore", null, runs::reset);
        Menu run = new Menu("Run", null, train, step, stop, reset);
        // Space, S, Esc and R are handled by the scene's key filter (so they work from any control); the menu names them.
        train.setText("Train / Pause\tSpace");
        step.setText("Step one batch\tS");
        stop.setText("Stop\tEsc");
        reset.setText("Reset\tR");

        Menu view = new Menu("View");
        for (ViewDescriptor v : window.views()) {
            if (v.place() == ViewDescriptor.Place.TAB) {
                view.getItems().add(item(v.title(), null, v.shortcut(), () -> window.show(v.id())));
            }
        }
        MenuItem aeVsVae = item("Autoencoder beside VAE", "mdi2c-compare-horizontal", null, () -> {
            window.show("sidebyside");
            window.sideBySideModel().showAutoencoderBesideVae();
        });
        view.getItems().addAll(new SeparatorMenuItem(), aeVsVae);
        // F11 is the scene's key filter's too, so it works in full screen, where the stage would take it first.
        MenuItem presenter = item("Presenter mode\tF11", "mdi2p-projector-screen", null, host::togglePresenterMode);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(host.darkTheme());
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().addListener((obs, old, on) -> host.setDarkTheme(on));
        view.getItems().addAll(new SeparatorMenuItem(), presenter, dark);

        MenuItem shortcuts = item("Keyboard shortcuts", "mdi2k-keyboard", new KeyCodeCombination(KeyCode.F1), () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle("Keyboard shortcuts");
            a.setHeaderText("Keyboard shortcuts");
            a.setContentText("""
                    Space: train, pause or resume
                    S: one batch, then pause
                    Esc: stop the run (in presenter mode: leave presenter mode)
                    R: reset the curves and views
                    %s
                    F11: presenter mode on or off (full screen, large type, no sidebar)
                    Ctrl+S: save the view as PNG
                    Ctrl+O: open a data set
                    In the scatter: wheel zooms, drag pans, double-click fits, click selects.
                    In Explore: press or drag to decode; shift-click picks A or B.""".formatted(viewShortcuts(window.views())));
            a.initOwner(window.getScene().getWindow());
            a.show();
        });
        Menu presets = new Menu("Presets");
        presets.setId("presets-menu");
        for (PresetLibrary.Offer o : PresetLibrary.offered()) {
            if (o.preset() != null) {
                presets.getItems().add(item(o.title(), null, null, () -> window.presets().apply(o.preset())));
            } else {
                // Named, greyed out, with the reason: a jar run away from its models folder still opens.
                MenuItem missing = new MenuItem(o.title() + " (needs the shipped models)");
                missing.setDisable(true);
                presets.getItems().add(missing);
            }
        }
        presets.getItems().addAll(new SeparatorMenuItem(), item("Open preset file…", "mdi2f-file-document-outline", null, files::openPreset));
        presets.getItems().addAll(new SeparatorMenuItem(),
                item("Lessons: the course in order (Page Down / Page Up)", "mdi2s-school-outline", null, () -> window.lessons().startCourse()),
                item("Lessons: open a folder of lesson files…", "mdi2f-folder-open-outline", null, () -> {
                    javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
                    chooser.setTitle("A folder of lesson files, shown in the order of their names");
                    java.io.File folder = chooser.showDialog(window.getScene().getWindow());
                    if (folder != null) {
                        window.lessons().startFolder(folder.toPath());
                    }
                }),
                item("Leave lesson mode", null, null, () -> window.lessons().stop()));

        Menu help = new Menu("Help", null, shortcuts);
        MenuBar bar = new MenuBar(file, run, view, presets, help);
        bar.setId("menu");
        return bar;
    }

    /** The help line for the views' shortcuts: "Ctrl+1 … Ctrl+8: switch views", from the views' own keys. */
    static String viewShortcuts(java.util.List<ViewDescriptor> views) {
        java.util.List<String> keys = views.stream().filter(v -> v.shortcut() != null).map(v -> v.shortcut().getDisplayText()).toList();
        if (keys.isEmpty()) {
            return "";
        }
        return (keys.size() == 1 ? keys.get(0) : keys.get(0) + " … " + keys.get(keys.size() - 1)) + ": switch views";
    }

    private static MenuItem item(String text, String icon, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : MainWindow.icon(icon));
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
