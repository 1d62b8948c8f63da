package org.latentlab.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.latent.LatentPlane;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.shell.Snapshots;
import org.latentlab.ui.training.TrainingViewModel;
import org.latentlab.ui.training.TrainingViewModel.RunState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code figure}: trains a model for a few epochs in the real window (headless when there is no
 * display) and saves each view as PNG, so the views can be looked at without a screen and put in
 * a lab report. Lives in {@code app} because it drives the UI, which {@code cli} may not import.
 */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = "Render each view of the explorer to PNG for a saved model (--model), or after training briefly (works without a display).")
final class FigureCommand implements Callable<Integer> {
    /** The views, by the names --views takes. */
    enum ViewName { latent, explore, reconstructions, generate, filters, compare, curves, sidebyside }

    @Option(names = "--dataset", defaultValue = "mnist-10k", description = "Shipped data set (mnist-10k, fashion-10k). Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(names = "--variant", defaultValue = "undercomplete", description = "The variant to train. Default: ${DEFAULT-VALUE}.")
    String variant;

    @Option(names = "--latent", description = "The latent size (default: the variant's).")
    Integer latent;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs to train before rendering. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--seed", defaultValue = "7", description = "Seed. Default: ${DEFAULT-VALUE}.")
    int seed;

    @Option(names = "--model", description = "Render this saved model (a shipped one under models/, or a train checkpoint) instead of training.")
    Path modelDir;

    @Option(names = {"--views", "--view"}, split = ",", description = "Views to render: ${COMPLETION-CANDIDATES} (default: all).")
    List<ViewName> views;

    @Option(names = "--out", required = true, description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--width", defaultValue = "1280", description = "Window width in pixels. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "820", description = "Window height in pixels. Default: ${DEFAULT-VALUE}.")
    int height;

    @Option(names = "--json", description = "Print the files written as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("--epochs must be between 1 and 1000, got " + epochs + ".");
        }
        if (width < 640 || height < 480 || width > 7680 || height > 4320) {
            throw new IllegalArgumentException("The window must be between 640×480 and 7680×4320 pixels.");
        }
        Variant chosen = Variant.fromId(variant);
        List<ViewName> wanted = views == null || views.isEmpty() ? List.of(ViewName.values()) : views;
        FxHarness.start();
        org.latentlab.ui.shell.ViewModels models = FxHarness.onFx(() -> org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded()));
        TrainingViewModel model = models.training();
        try {
            MainWindow window = FxHarness.onFx(() -> {
                model.form().datasets().stream().filter(c -> c.id().equals(dataset)).findFirst().ifPresentOrElse(model.form().datasetProperty()::set, () -> {
                    throw new IllegalArgumentException("Unknown data set '" + dataset + "': use mnist-10k or fashion-10k.");
                });
                model.form().variantProperty().set(chosen);
                if (latent != null) {
                    model.form().latentSizeProperty().set(latent);
                }
                model.form().epochsProperty().set(epochs);
                model.form().seedProperty().set(seed);
                Scene scene = ExplorerApp.createScene(models);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.setWidth(width);
                stage.setHeight(height);
                stage.show();
                if (modelDir != null) {
                    model.loadModel(modelDir);
                } else {
                    model.train();
                }
                return (MainWindow) ((BorderPane) scene.getRoot()).getCenter();
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
            for (ViewName v : wanted) {
                written.add(render(window, model, v));
            }
            if (json) {
                JsonObject o = new JsonObject();
                JsonArray files = new JsonArray();
                written.forEach(p -> files.add(p.toString()));
                o.add("files", files);
                o.addProperty("epochs", epochs);
                o.addProperty("variant", chosen.name().toLowerCase());
                System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
            } else {
                written.forEach(p -> System.out.println("wrote " + p));
            }
            return 0;
        } finally {
            FxHarness.run(models::close);
            FxHarness.exit();
        }
    }

    private Path render(MainWindow window, TrainingViewModel model, ViewName view) throws Exception {
        Path file = out.resolve(view.name() + ".png");
        switch (view) {
            case latent -> {
                FxHarness.run(() -> window.show(MainWindow.View.LATENT));
                FxHarness.waitUntil(() -> window.gridView().decodedTileCount() > 0, 60, "the decoded grid");
            }
            case explore -> {
                FxHarness.run(() -> {
                    window.show(MainWindow.View.EXPLORE);
                    int[] labels = model.shown().latent().shownProperty().get().labels();
                    window.exploreView().pickSample(firstOf(labels, 0));
                    window.exploreView().pickSample(firstOf(labels, 1));
                    double[] b = window.exploreView().planeView().viewBoundsProperty().get();
                    LatentPlane plane = model.shown().latent().planeProperty().get();
                    if (b != null) {
                        model.shown().latent().probeProperty().set(plane.toCode((b[0] + b[1]) / 2, (b[2] + b[3]) / 2, model.shown().latent().baseCode(),
                                model.shown().latent().shownProperty().get().latentSize()));
                    }
                });
                FxHarness.waitUntil(() -> window.exploreView().probeDecoded() != null && window.exploreView().interpolationDecoded() != null,
                        60, "the explore view");
            }
            case reconstructions -> {
                FxHarness.run(() -> {
                    window.show(MainWindow.View.RECONSTRUCTIONS);
                    ((Button) window.lookup("#find-worst")).fire();
                });
                FxHarness.waitUntil(() -> window.reconstructionsView().worstShown() > 0, 60, "the worst reconstructions");
            }
            case generate -> {
                FxHarness.run(() -> {
                    window.show(MainWindow.View.GENERATE);
                    window.generateView().generate();
                });
                FxHarness.waitUntil(() -> window.generateView().shownCount() > 0, 60, "generated samples");
            }
            case filters -> {
                FxHarness.run(() -> window.show(MainWindow.View.FILTERS));
                FxHarness.waitUntil(() -> window.filtersView().unitCount() > 0, 60, "the filters");
            }
            case compare -> {
                FxHarness.run(() -> window.show(MainWindow.View.COMPARE));
                FxHarness.waitUntil(() -> window.comparisonView().reconstructionTiles() > 0, 120, "the PCA comparison");
            }
            case curves -> FxHarness.run(() -> window.show(MainWindow.View.LATENT));
            case sidebyside -> {
                FxHarness.run(() -> {
                    window.show(MainWindow.View.SIDE_BY_SIDE);
                    window.sideBySideModel().showAutoencoderBesideVae();
                });
                FxHarness.waitUntil(() -> window.sideBySideModel().panels().size() == 2
                        && window.sideBySideModel().panels().stream().allMatch(p -> p.shown().codesProperty().get() != null), 120, "the side-by-side panels");
            }
            default -> { }
        }
        FxHarness.sleep(700);
        FxHarness.onFx(() -> {
            Snapshots.savePng(view == ViewName.curves ? window.curveView() : window.getScene().getRoot(), file);
            return null;
        });
        return file;
    }

    private static int firstOf(int[] labels, int label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        return Math.min(labels.length - 1, label);
    }
}
