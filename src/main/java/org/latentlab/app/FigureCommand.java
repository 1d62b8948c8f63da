package org.latentlab.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.latentlab.cli.DatasetOption;
import org.latentlab.cli.JsonOption;
import org.latentlab.cli.SeedOption;
import org.latentlab.cli.SpecOptions;
import org.latentlab.ml.model.ModelSpec;
import org.latentlab.ui.common.Theme;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.Snapshots;
import org.latentlab.ui.shell.ViewRegistry;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.RunState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code figure}: trains a model for a few epochs in the real window (headless when there is no
 * display) and saves each view as PNG, so the views can be looked at without a screen and put in
 * a lab report. Lives in {@code app} because it drives the UI, which {@code cli} may not import.
 */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = "Render each view of the explorer to PNG for a saved model (--model), or after training briefly (works without a display).")
final class FigureCommand implements Callable<Integer> {
    /** The names --views takes: the ids of the views the registry puts in figures. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ViewRegistry.figureIds().iterator();
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Mixin
    SpecOptions knobs;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs to train before rendering. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Mixin
    SeedOption seed;

    @Option(names = "--model", description = "Render this saved model (a shipped one under models/, or a train checkpoint) instead of training.")
    Path modelDir;

    @Option(names = {"--views", "--view"}, split = ",", completionCandidates = ViewNames.class,
            description = "Views to render: ${COMPLETION-CANDIDATES} (default: all).")
    List<String> views;

    @Option(names = "--out", required = true, description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--width", defaultValue = "1280", description = "Window width in pixels. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "820", description = "Window height in pixels. Default: ${DEFAULT-VALUE}.")
    int height;

    @Mixin
    JsonOption output;

    @Option(names = "--theme", defaultValue = "light", description = "The theme the pictures are drawn in: light or dark. Default: ${DEFAULT-VALUE}.")
    String theme;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("--epochs must be between 1 and 1000, got " + epochs + ".");
        }
        if (width < 640 || height < 480 || width > 7680 || height > 4320) {
            throw new IllegalArgumentException("The window must be between 640×480 and 7680×4320 pixels.");
        }
        if (seed.value() != (int) seed.value()) {
            throw new IllegalArgumentException("--seed must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", got " + seed.value() + ".");
        }
        ModelSpec chosen = knobs.spec();
        List<String> wanted = views == null || views.isEmpty() ? ViewRegistry.figureIds() : views;
        for (String v : wanted) {
            if (!ViewRegistry.figureIds().contains(v)) {
                throw new IllegalArgumentException("There is no view called '" + v + "' to render: use " + String.join(", ", ViewRegistry.figureIds()) + ".");
            }
        }
        Theme chosenTheme = Theme.named(theme);
        org.latentlab.persistence.AtomicFiles.prepareFolder(out, "The figures");
        FxHarness.start();
        Theme before = FxHarness.onFx(Theme::current);
        FxHarness.run(() -> Theme.apply(chosenTheme));
        org.latentlab.ui.shell.ViewModels models = FxHarness.onFx(() -> org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded()));
        TrainingViewModel model = models.training();
        Stage[] shown = new Stage[1];
        MainWindow[] built = new MainWindow[1];
        try {
            MainWindow window = FxHarness.onFx(() -> {
                model.form().datasets().stream().filter(c -> c.id().equals(dataset.id())).findFirst().ifPresentOrElse(model.form().datasetProperty()::set, () -> {
                    throw new IllegalArgumentException("Unknown data set '" + dataset.id() + "': use " + String.join(", ", org.latentlab.data.DatasetCatalog.shipped().stream().map(org.latentlab.data.DatasetCatalog.Shipped::name).toList()) + ".");
                });
                model.form().setKnobs(chosen, epochs, seed.value());
                Scene scene = ExplorerApp.createScene(models);
                Stage stage = new Stage();
                shown[0] = stage;
                stage.setScene(scene);
                stage.setWidth(width);
                stage.setHeight(height);
                stage.show();
                if (modelDir != null) {
                    model.loadModel(modelDir);
                } else {
                    model.train();
                }
                built[0] = (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
                return built[0];
            });
            int frames = modelDir != null ? 1 : epochs;
            FxHarness.waitUntil(() -> model.stateProperty().get() == RunState.IDLE && !model.errorProperty().get().isEmpty()
                    || model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() >= frames
                    && model.shown().codesProperty().get() != null && !model.statusProperty().get().startsWith("Opening"), 3600,
                    modelDir != null ? "the model" : "training");
            if (model.shown().latent().frameCountProperty().get() == 0) {
                throw new IllegalStateException(model.errorProperty().get());
            }
            List<Path> written = new ArrayList<>();
            for (String v : wanted) {
                written.add(render(window, v));
            }
            if (output.requested()) {
                JsonObject o = new JsonObject();
                JsonArray files = new JsonArray();
                written.forEach(p -> files.add(p.toString()));
                o.add("files", files);
                o.addProperty("epochs", epochs);
                o.addProperty("variant", chosen.variant().name().toLowerCase());
                spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
            } else {
                written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
            }
            return 0;
        } finally {
            FxHarness.run(() -> {
                if (shown[0] != null) {
                    shown[0].close();
                }
                models.close();
                Theme.apply(before);
            });
            FxHarness.exit();
        }
    }

    /** Gives the view something to show (two samples to interpolate, the models side by side), then pictures it once drawn. */
    private Path render(MainWindow window, String id) {
        Path file = out.resolve(id + ".png");
        FxHarness.await(FxHarness.onFx(() -> {
            window.show(id);
            window.built(id).prepareFigure().run();
            return Snapshots.saveWhenDrawn(window, id, file);
        }), "the " + id + " view");
        return file;
    }
}
