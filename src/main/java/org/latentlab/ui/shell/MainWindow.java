package org.latentlab.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.compare.ComparisonView;
import org.latentlab.ui.decode.DecodedGridView;
import org.latentlab.ui.decode.ExploreView;
import org.latentlab.ui.decode.GenerateView;
import org.latentlab.ui.filters.FiltersView;
import org.latentlab.ui.denoise.DenoiseView;
import org.latentlab.ui.denoise.DenoiseViewModel;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.reconstruct.ReconstructionsView;
import org.latentlab.ui.sidebyside.SideBySideView;
import org.latentlab.ui.sidebyside.SideBySideViewModel;
import org.latentlab.ui.training.ExperimentForm;
import org.latentlab.ui.training.LossCurveView;
import org.latentlab.ui.training.ShownModel;

/**
 * The main window's layout: the {@link ExperimentSidebar} on the left, the views of a {@link ViewRegistry}
 * list in tabs in the centre, the training curves along the bottom, the {@link RunStatusBar} below, and the
 * note docked above the selected view. It lays out and forwards; it computes nothing itself.
 */
public final class MainWindow extends BorderPane {
    private final List<ViewDescriptor> views;
    private final Map<String, ViewDescriptor.Built> built = new LinkedHashMap<>();
    private final DenoiseViewModel denoiseModel;
    private final SideBySideViewModel sideBySideModel;
    private final SessionController sessions;
    private final PresetController presets;
    private final LessonController lessons;
    private final LabReport labReport;
    private final FileActions files;
    private final NoteOverlay note = new NoteOverlay();
    private final TabPane tabs = new TabPane();
    private final SplitPane centre = new SplitPane();
    private final Node sidebar;
    private boolean presenter;
    private double curvesDivider = 0.7;

    /** The window over {@code models}, which the application builds and closes, showing the standard views. */
    public MainWindow(ViewModels models) {
        this(models, ViewRegistry.standard());
    }

    /** A window showing {@code views}: the tabs in their order, the one placed below the tabs under them. */
    public MainWindow(ViewModels models, List<ViewDescriptor> views) {
        var run = models.training();
        ExperimentForm form = run.form();
        ShownModel shown = run.shown();
        this.views = List.copyOf(views);
        this.sideBySideModel = models.sideBySide();
        this.denoiseModel = models.denoise();
        ViewContext context = new ViewContext(shown, models.comparison(), sideBySideModel, denoiseModel, () -> {
            if (run.idle()) {
                form.variantProperty().set(Variant.DENOISING);
                run.train();
            }
        }, models.network());
        for (ViewDescriptor v : this.views) {
            built.put(v.id(), v.factory().apply(context));
        }
        this.sessions = new SessionController(this, shown, run, run, run, models.background());
        this.presets = new PresetController(this, form, run, run, run);
        this.lessons = new LessonController(this, run, models.background().lane("lessons"));
        this.labReport = new LabReport(this, shown, run);
        this.files = new FileActions(this, run, shown, run);
        getStyleClass().add("main-window");

        sidebar = new ExperimentSidebar(form, run, run, files);
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
        // The note docks above the selected view, below its tab, and takes its own room: it never covers
        // a control the note asks the student to use (the denoising preset's noise slider).
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> dockNote());
        dockNote();
        setCenter(centre);
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
        setBottom(new RunStatusBar(run));

        run.hintProperty().addListener((obs, old, hint) -> {
            if (hint != null && !hint.isEmpty()) {
                showNote("A hint from the run", hint);
            } else {
                note.hide("A hint from the run"); // a hint belongs to its run: the next run or model starts without it
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
        return built.get(selected().id()).node();
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

    /** The File menu's choosers. */
    public FileActions files() {
        return files;
    }

    /** Lesson mode: a sequence of lessons, Page Down / Page Up. */
    public LessonController lessons() {
        return lessons;
    }

    /** Presets: ready scenarios from the Presets menu or a file. */
    public PresetController presets() {
        return presets;
    }

    /** Saving and opening sessions. */
    public SessionController sessions() {
        return sessions;
    }

    /** The lab-report export. */
    public LabReport labReport() {
        return labReport;
    }

    /** Shows a note over the views (a preset's what-to-look-for, a hint from the run) until it is closed. */
    public void showNote(String title, String text) {
        note.show(title, text);
    }

    /** The note's text, empty when none is shown (for tests). */
    public String noteText() {
        return note.text();
    }

    /** Moves the note to the top of the selected view's tab, above the view. */
    private void dockNote() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getContent() instanceof BorderPane holder && holder.getTop() != note) {
            holder.setTop(note);
        }
    }

    private Tab tab(ViewDescriptor view, Node content) {
        BorderPane holder = new BorderPane(content);
        holder.getStyleClass().add("view-with-note");
        Tab t = new Tab(view.title(), holder);
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


}
