package org.latentlab.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.latentlab.data.DatasetReader;
import org.latentlab.data.DatasetReaders;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.model.Variant;
import org.latentlab.persistence.AtomicFiles;
import org.latentlab.persistence.CodesCsv;
import org.latentlab.persistence.SessionArchive;
import org.latentlab.persistence.ShippedModels;
import org.latentlab.ui.compare.ComparisonView;
import org.latentlab.ui.decode.DecodedGridView;
import org.latentlab.ui.decode.ExploreView;
import org.latentlab.ui.decode.GenerateView;
import org.latentlab.ui.filters.FiltersView;
import org.latentlab.ui.denoise.DenoiseView;
import org.latentlab.ui.denoise.DenoiseViewModel;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.latent.LatentSnapshot;
import org.latentlab.ui.reconstruct.ReconstructionsView;
import org.latentlab.ui.sidebyside.SideBySideView;
import org.latentlab.ui.sidebyside.SideBySideViewModel;
import org.latentlab.ui.training.KnobEditors;
import org.latentlab.ui.training.LossCurveView;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.TrainingViewModel.RunState;

/**
 * The main window's layout: the experiment sidebar on the left, the views of a {@link ViewRegistry}
 * list in tabs in the centre, the training curves along the bottom, the status bar below. It binds controls to the
 * {@link TrainingViewModel} and forwards clicks; it computes nothing itself.
 */
public final class MainWindow extends BorderPane {
    private final TrainingViewModel model;
    private final List<ViewDescriptor> views;
    private final Map<String, ViewDescriptor.Built> built = new LinkedHashMap<>();
    private final DenoiseViewModel denoiseModel;
    private final SideBySideViewModel sideBySideModel;
    private final SessionController sessions;
    private final PresetController presets;
    private final LabReport labReport;
    private final Label noteTitle = new Label();
    private final Label noteText = new Label();
    private final VBox note = new VBox(2);
    /** The floating note's width, and its distance from the top of the views (below the row of tabs). */
    private static final double NOTE_WIDTH = 520;
    private static final double NOTE_TOP = 44;
    private final TabPane tabs = new TabPane();
    private final SplitPane centre = new SplitPane();
    private final Button train = new Button("Train", icon("mdi2p-play"));
    private final Button pause = new Button("Pause", icon("mdi2p-pause"));
    private final Button step = new Button("Step", icon("mdi2s-step-forward"));
    private final Button stop = new Button("Stop", icon("mdi2s-stop"));
    private final Button reset = new Button("Reset", icon("mdi2r-restore"));
    private final Node sidebar;
    private boolean presenter;
    private double curvesDivider = 0.7;

    /** The window over {@code models}, which the application builds and closes, showing the standard views. */
    public MainWindow(ViewModels models) {
        this(models, ViewRegistry.standard());
    }

    /** A window showing {@code views}: the tabs in their order, the one placed below the tabs under them. */
    public MainWindow(ViewModels models, List<ViewDescriptor> views) {
        TrainingViewModel model = models.training();
        this.model = model;
        this.views = List.copyOf(views);
        this.sideBySideModel = models.sideBySide();
        this.denoiseModel = models.denoise();
        ViewContext context = new ViewContext(model, models.comparison(), sideBySideModel, denoiseModel, () -> {
            if (model.stateProperty().get() == RunState.IDLE) {
                model.form().variantProperty().set(Variant.DENOISING);
                model.train();
            }
        });
        for (ViewDescriptor v : this.views) {
            built.put(v.id(), v.factory().apply(context));
        }
        this.sessions = new SessionController(this, model, models.background());
        this.presets = new PresetController(this, model);
        this.labReport = new LabReport(this, model);
        getStyleClass().add("main-window");

        sidebar = sidebar();
        setLeft(sidebar);
        for (ViewDescriptor v : this.views) {
            if (v.place() == ViewDescriptor.Place.TAB) {
                tabs.getTabs().add(tab(v, built.get(v.id()).node()));
            }
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("views");
        centre.getItems().add(tabs);
        this.views.stream().filter(v -> v.place() == ViewDescriptor.Place.BELOW_TABS)
                .forEach(v -> centre.getItems().add(built.get(v.id()).node()));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);
        // The note floats over the views' top right corner, below the tabs: when a hint appears mid-run
        // the views keep their size and place instead of being laid out and painted again one bar lower.
        StackPane shown = new StackPane(centre, noteBar());
        StackPane.setAlignment(note, javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(note, new Insets(NOTE_TOP, 12, 0, 0));
        setCenter(shown);
        // A view with curves of its own (side by side) gets the room of the strip below the tabs.
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            boolean own = selected().ownCurves();
            List<Node> below = belowTabs();
            if (own && centre.getItems().size() > 1) {
                curvesDivider = centre.getDividerPositions()[0];
                centre.getItems().removeAll(below);
            } else if (!own && centre.getItems().size() == 1 && !below.isEmpty()) {
                centre.getItems().addAll(below);
                centre.setDividerPositions(curvesDivider);
            }
        });
        setBottom(statusBar());

        model.hintProperty().addListener((obs, old, hint) -> {
            if (hint != null && !hint.isEmpty()) {
                showNote("A hint from the run", hint);
            } else if (note.isVisible() && "A hint from the run".equals(noteTitle.getText())) {
                note.setVisible(false); // a hint belongs to its run: the next run or model starts without it
            }
        });
    }

    private List<Node> belowTabs() {
        return views.stream().filter(v -> v.place() == ViewDescriptor.Place.BELOW_TABS).map(v -> built.get(v.id()).node()).toList();
    }

    /** The views this window shows, tabs in order, then the strip below them. */
    public List<ViewDescriptor> views() {
        return views;
    }

    /** The view called {@code id}, as built for this window. */
    public ViewDescriptor.Built built(String id) {
        ViewDescriptor.Built b = built.get(id);
        if (b == null) {
            throw new IllegalArgumentException("There is no view called '" + id + "'.");
        }
        return b;
    }

    /** The part of a built view of type {@code type} (a view class), for tests and wiring. */
    public <T> T part(Class<T> type) {
        return built.values().stream().flatMap(b -> b.parts().stream()).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No view of this window is a " + type.getSimpleName() + "."));
    }

    /** The scatter view, for tests and wiring. */
    public LatentScatterView latentView() {
        return part(LatentScatterView.class);
    }

    /** The decoded grid beside the scatter. */
    public DecodedGridView gridView() {
        return part(DecodedGridView.class);
    }

    /** The explore view (pointer, interpolation, dimension sliders). */
    public ExploreView exploreView() {
        return part(ExploreView.class);
    }

    public ReconstructionsView reconstructionsView() {
        return part(ReconstructionsView.class);
    }

    public GenerateView generateView() {
        return part(GenerateView.class);
    }

    public FiltersView filtersView() {
        return part(FiltersView.class);
    }

    /** The PCA comparison view, for tests. */
    public ComparisonView comparisonView() {
        return part(ComparisonView.class);
    }

    /** The denoise view (drop pictures, draw a digit). */
    public DenoiseView denoiseView() {
        return part(DenoiseView.class);
    }

    public DenoiseViewModel denoiseModel() {
        return denoiseModel;
    }

    /** The side-by-side view and its panels' models. */
    public SideBySideView sideBySideView() {
        return part(SideBySideView.class);
    }

    public SideBySideViewModel sideBySideModel() {
        return sideBySideModel;
    }

    /** The curve view, for tests and wiring. */
    public LossCurveView curveView() {
        return part(LossCurveView.class);
    }

    /** The view tabs. */
    public TabPane tabs() {
        return tabs;
    }

    /**
     * Shows the view called {@code id} (or an older session's name for it): selects its tab, or for
     * the strip below the tabs, makes sure it is on screen.
     */
    public void show(String id) {
        ViewDescriptor view = ViewRegistry.find(views, id)
                .orElseThrow(() -> new IllegalArgumentException("There is no view called '" + id + "'."));
        if (view.place() == ViewDescriptor.Place.TAB) {
            tabs.getTabs().stream().filter(t -> t.getUserData() == view).findFirst().ifPresent(tabs.getSelectionModel()::select);
        } else if (selected().ownCurves()) {
            tabs.getTabs().stream().filter(t -> !((ViewDescriptor) t.getUserData()).ownCurves()).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
        }
    }

    /** The view whose tab is selected. */
    public ViewDescriptor selected() {
        return (ViewDescriptor) tabs.getSelectionModel().getSelectedItem().getUserData();
    }

    /** The node of the selected view, to save as an image. */
    public Node selectedView() {
        return tabs.getSelectionModel().getSelectedItem().getContent();
    }

    /** Presenter mode: no sidebar, larger type (the stage goes full screen in the app). */
    public void setPresenterMode(boolean on) {
        presenter = on;
        setLeft(on ? null : sidebar);
        if (on) {
            getStyleClass().add("presenter");
        } else {
            getStyleClass().remove("presenter");
        }
        org.latentlab.ui.common.CanvasType.refresh(this);
    }

    public boolean presenterMode() {
        return presenter;
    }

    // ---- Sidebar

    private ScrollPane sidebar() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(14));
        box.setPrefWidth(310);
        box.getStyleClass().add("sidebar");
        BooleanBinding busy = model.stateProperty().isNotEqualTo(RunState.IDLE);

        Label title = new Label("Experiment");
        title.getStyleClass().add("title-3");

        ComboBox<org.latentlab.ui.training.DataSets.Choice> dataset = new ComboBox<>(model.form().datasets());
        dataset.valueProperty().bindBidirectional(model.form().datasetProperty());
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setId("dataset");
        dataset.setTooltip(new Tooltip("The images to learn from; 20% are held out for validation."));
        DatasetReaders readers = DatasetReaders.standard();
        javafx.scene.control.MenuItem openFolder = new javafx.scene.control.MenuItem("Folder: " + readers.names(DatasetReader.Source.FOLDER) + "…");
        openFolder.setOnAction(e -> openDataset());
        javafx.scene.control.MenuItem openFile = new javafx.scene.control.MenuItem(readers.names(DatasetReader.Source.FILE) + "…");
        openFile.setOnAction(e -> openDataFile());
        javafx.scene.control.MenuButton open = new javafx.scene.control.MenuButton("Open", icon("mdi2f-folder-open"), openFolder, openFile);
        open.setId("open-dataset");
        open.setTooltip(new Tooltip("Open your own data: " + readers.formats() + "."));
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox dataRow = new HBox(6, dataset, open);
        HBox.setHgrow(dataset, Priority.ALWAYS);
        dataset.disableProperty().bind(busy);
        open.disableProperty().bind(busy);

        ComboBox<Variant> variant = new ComboBox<>();
        variant.getItems().setAll(Variant.values());
        variant.valueProperty().bindBidirectional(model.form().variantProperty());
        variant.setMaxWidth(Double.MAX_VALUE);
        variant.setId("variant");
        variant.disableProperty().bind(busy);
        variant.setTooltip(new Tooltip("The kind of autoencoder: each restricts the code in its own way."));
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("variant-description");
        description.textProperty().bind(Bindings.createStringBinding(
                () -> model.form().variantProperty().get() == null ? "" : model.form().variantProperty().get().description(), model.form().variantProperty()));

        PropertySheet sheet = new PropertySheet();
        Bindings.bindContent(sheet.getItems(), model.form().knobs());
        sheet.setId("knobs");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(new KnobEditors(model::refuse));
        sheet.setPrefHeight(300);
        sheet.getStyleClass().add("knob-sheet");
        Label lockNote = new Label("Locked while training: the model's shape. Learning rate, β, λ and the noise level take effect at the next step.");
        lockNote.setWrapText(true);
        lockNote.getStyleClass().add("variant-description");
        lockNote.visibleProperty().bind(busy);
        lockNote.managedProperty().bind(busy);

        ComboBox<Devices.Choice> device = new ComboBox<>(model.form().devices());
        device.valueProperty().bindBidirectional(model.form().deviceProperty());
        device.disableProperty().bind(busy);
        device.setId("device");
        device.setTooltip(new Tooltip("Where training runs: the CPU, or a CUDA GPU when the CUDA build finds one."));
        device.setMaxWidth(Double.MAX_VALUE);
        HBox deviceRow = new HBox(8, new Label("Device"), device);
        deviceRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(device, Priority.ALWAYS);

        train.setId("train");
        pause.setId("pause");
        step.setId("step");
        stop.setId("stop");
        reset.setId("reset");
        train.getStyleClass().add("accent");
        train.setMaxWidth(Double.MAX_VALUE);
        train.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(RunState.PAUSED)).then("Resume").otherwise("Train"));
        train.disableProperty().bind(model.stateProperty().isEqualTo(RunState.RUNNING).or(model.stateProperty().isEqualTo(RunState.LOADING)));
        train.setOnAction(e -> {
            if (model.stateProperty().get() == RunState.PAUSED) {
                model.togglePause();
            } else {
                model.train();
            }
        });
        train.setTooltip(new Tooltip("Start training with these settings (Space)."));
        pause.disableProperty().bind(model.stateProperty().isNotEqualTo(RunState.RUNNING));
        pause.setOnAction(e -> model.togglePause());
        pause.setTooltip(new Tooltip("Hold the run after the current step (Space)."));
        step.disableProperty().bind(model.stateProperty().isNotEqualTo(RunState.RUNNING).and(model.stateProperty().isNotEqualTo(RunState.PAUSED)));
        step.setOnAction(e -> model.step());
        step.setTooltip(new Tooltip("Run exactly one batch, then pause (S)."));
        stop.disableProperty().bind(model.stateProperty().isEqualTo(RunState.IDLE).or(model.stateProperty().isEqualTo(RunState.LOADING)));
        stop.setOnAction(e -> model.stop());
        stop.setTooltip(new Tooltip("End the run; the model keeps what it learned (Esc)."));
        reset.setOnAction(e -> model.reset());
        reset.setTooltip(new Tooltip("Stop and clear the curves and views, keeping the settings (R)."));
        for (Button b : new Button[] {pause, step, stop, reset}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox controls = new HBox(6, train, pause, step);
        HBox.setHgrow(train, Priority.ALWAYS);
        HBox controls2 = new HBox(6, stop, reset);

        Label error = new Label();
        error.setId("error");
        error.setWrapText(true);
        error.getStyleClass().add("error-message");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        box.getChildren().addAll(title, new Label("Data set"), dataRow, new Label("Variant"), variant, description,
                new Separator(), sheet, lockNote, deviceRow, new Separator(), controls, controls2, error);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("sidebar-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    /** Asks for a data set folder (in a format of {@link DatasetReaders}) and opens it off the JavaFX thread. */
    public void openDataset() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a data set folder: " + DatasetReaders.standard().names(DatasetReader.Source.FOLDER));
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            model.openDataset(folder.toPath());
        }
    }

    /** Asks for a model folder (a shipped model, or one written by {@code train}) and opens it off the JavaFX thread. */
    public void openModel() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a model folder (spec.json, weights.params, metrics.json, codes.csv)");
        ShippedModels.folder().map(java.nio.file.Path::toFile).ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            model.loadModel(folder.toPath());
        }
    }

    /** Presets: ready scenarios from the Presets menu or a file. */
    public PresetController presets() {
        return presets;
    }

    /** Shows a note over the views (a preset's what-to-look-for, a hint from the run) until it is closed. */
    public void showNote(String title, String text) {
        noteTitle.setText(title);
        noteText.setText(text);
        note.setVisible(true);
    }

    /** The note's text, empty when none is shown (for tests). */
    public String noteText() {
        return note.isVisible() ? noteText.getText() : "";
    }

    private Node noteBar() {
        noteTitle.getStyleClass().add("title-4");
        noteTitle.setId("note-title");
        noteText.setWrapText(true);
        noteText.setId("note-text");
        // A wrapping label in a VBox must ask for its full height, or it is cut to one line with an ellipsis.
        noteText.setMinHeight(Region.USE_PREF_SIZE);
        noteText.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, icon("mdi2c-close"));
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Close the note."));
        close.setOnAction(e -> note.setVisible(false));
        HBox head = new HBox(8, icon("mdi2l-lightbulb-on-outline"), noteTitle, new Region(), close);
        HBox.setHgrow(head.getChildren().get(2), Priority.ALWAYS);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        note.getChildren().setAll(head, noteText);
        note.getStyleClass().add("note-bar");
        note.setPadding(new Insets(6, 12, 8, 12));
        note.setMaxWidth(NOTE_WIDTH);
        note.setMaxHeight(Region.USE_PREF_SIZE);
        note.setVisible(false);
        return note;
    }

    /** The lab-report export. */
    public LabReport labReport() {
        return labReport;
    }

    /** Asks for a folder and writes a lab report into a new sub-folder of it. */
    public void exportLabReport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose where to put the lab report (a new folder is made inside)");
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            labReport.export(folder.toPath());
        }
    }

    /** Asks for a preset file (JSON) and applies it. */
    public void openPreset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a preset (JSON)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Preset", "*.json"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            presets.open(file.toPath());
        }
    }

    /** Saving and opening sessions. */
    public SessionController sessions() {
        return sessions;
    }

    /** Asks where to save the session (every model on show, the view settings) and writes it off the JavaFX thread. */
    public void saveSession() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the session");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Latent Lab session", "*" + SessionArchive.EXTENSION));
        chooser.setInitialFileName("session" + SessionArchive.EXTENSION);
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            java.nio.file.Path path = file.toPath();
            if (!path.getFileName().toString().endsWith(SessionArchive.EXTENSION)) {
                path = path.resolveSibling(path.getFileName() + SessionArchive.EXTENSION);
            }
            sessions.save(path);
        }
    }

    /** Asks for a session file and opens it; a bad one is refused with a sentence and nothing changes. */
    public void openSession() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a session");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Latent Lab session", "*" + SessionArchive.EXTENSION),
                new FileChooser.ExtensionFilter("Any file", "*.*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            sessions.open(file.toPath());
        }
    }

    /** Asks for a data set file (in a format of {@link DatasetReaders}, e.g. a CSV with a label column) and opens it. */
    public void openDataFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data set file: " + DatasetReaders.standard().names(DatasetReader.Source.FILE));
        DatasetReaders.standard().fileFilters().forEach(f -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), f.patterns())));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.openDataset(file.toPath());
        }
    }

    /** Saves the selected view as a PNG chosen by the person. */
    public void saveViewAsPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the view as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(tabs.getSelectionModel().getSelectedItem().getText().toLowerCase().replace(' ', '-') + ".png");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                Snapshots.savePng(selectedView(), file.toPath());
                model.refuse("");
            } catch (IOException e) {
                model.refuse(Sentences.after("Could not save " + file, e));
            }
        }
    }

    /** Saves the curves or the codes as CSV. */
    public void saveCsv(boolean codes) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(codes ? "Save the validation codes as CSV" : "Save the training curves as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(codes ? "codes.csv" : "curves.csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            String text = codes ? codesCsv(model.shown().latent().shownProperty().get()) : model.shown().curves().toCsv();
            AtomicFiles.writeString(file.toPath(), text);
        } catch (IOException e) {
            model.refuse(Sentences.after("Could not save " + file, e));
        }
    }

    /** The shown codes as CSV: one row per validation sample, its index, its label, then each code dimension. */
    public static String codesCsv(LatentSnapshot s) {
        return s == null ? CodesCsv.text(0, new float[0], new int[0]) : CodesCsv.text(s.latentSize(), s.codes(), s.labels());
    }

    private static Tab tab(ViewDescriptor view, Node content) {
        Tab t = new Tab(view.title(), content);
        if (view.icon() != null) {
            t.setGraphic(icon(view.icon()));
        }
        t.setTooltip(new Tooltip(view.shortcut() == null ? view.tip() : view.tip().replaceAll("\\.$", "") + " (" + view.shortcut().getDisplayText() + ")."));
        t.setId("tab-" + view.title().toLowerCase().replace(' ', '-'));
        t.setUserData(view);
        return t;
    }

    static FontIcon icon(String code) {
        return org.latentlab.ui.common.Icons.of(code);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.textProperty().bind(model.statusProperty());
        bar.progressProperty().bind(model.progressProperty());
        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add("variant-description");
        bar.getRightItems().add(notice);
        return bar;
    }

}
