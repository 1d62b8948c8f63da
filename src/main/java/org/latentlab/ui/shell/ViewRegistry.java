package org.latentlab.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.latentlab.ui.compare.ComparisonView;
import org.latentlab.ui.decode.DecodedGridView;
import org.latentlab.ui.decode.ExploreView;
import org.latentlab.ui.decode.ExploreViewModel;
import org.latentlab.ui.decode.GenerateView;
import org.latentlab.ui.decode.GenerateViewModel;
import org.latentlab.ui.decode.LatticeViewModel;
import org.latentlab.ui.denoise.DenoiseView;
import org.latentlab.ui.filters.FiltersView;
import org.latentlab.ui.filters.FiltersViewModel;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.network.NetworkView;
import org.latentlab.ui.latent.ReplayBar;
import org.latentlab.ui.projection.BookmarksButton;
import org.latentlab.ui.projection.BookmarksViewModel;
import org.latentlab.ui.projection.ColourByBar;
import org.latentlab.ui.projection.ColouringViewModel;
import org.latentlab.ui.projection.LatticeOrOwnCode;
import org.latentlab.ui.projection.NeighboursPanel;
import org.latentlab.ui.projection.NeighboursViewModel;
import org.latentlab.ui.projection.ProjectionPicker;
import org.latentlab.ui.projection.ProjectionViewModel;
import org.latentlab.ui.projection.SelectionGallery;
import org.latentlab.ui.projection.SelectionViewModel;
import org.latentlab.ui.reconstruct.ReconstructionsView;
import org.latentlab.ui.reconstruct.ReconstructionsViewModel;
import org.latentlab.ui.sidebyside.SideBySideView;
import org.latentlab.ui.training.LossCurveView;
import org.latentlab.ui.training.ShownModel;

/** The explorer's views, in tab order, each described once; the strip of curves below the tabs comes last. */
public final class ViewRegistry {
    private static final List<ViewDescriptor> VIEWS = List.of(
            ViewDescriptor.tab("latent", "Latent space", "mdi2s-scatter-plot",
                    "The validation codes coloured by class, beside images decoded from a lattice over the same plane.", "Shortcut+1",
                    ViewRegistry::latent),
            ViewDescriptor.tab("explore", "Explore", "mdi2c-cursor-default-click",
                    "Decode any point of the latent plane; interpolate between two samples; walk each dimension.", "Shortcut+2",
                    ViewRegistry::explore),
            ViewDescriptor.tab("reconstructions", "Reconstructions", "mdi2i-image-multiple",
                    "Validation images above their reconstructions, after every epoch.", "Shortcut+3", c -> {
                        ReconstructionsView v = new ReconstructionsView(new ReconstructionsViewModel(c.shown()));
                        return ViewDescriptor.Built.of(v, v.drawnProperty()).withPrepareFigure(v::findWorst);
                    }),
            ViewDescriptor.tab("generate", "Generate", "mdi2d-dice-multiple", "New images decoded from random codes.", "Shortcut+4", c -> {
                GenerateView v = new GenerateView(new GenerateViewModel(c.shown().latent(), c.shown().decoder()));
                return ViewDescriptor.Built.of(v, v.drawnProperty()).withPrepareFigure(() -> {
                    if (v.shownCount() == 0) {
                        v.generate();
                    }
                });
            }),
            ViewDescriptor.tab("filters", "Filters", "mdi2g-grid", "What each unit of the first layer responds to.", "Shortcut+5", c -> {
                FiltersView v = new FiltersView(new FiltersViewModel(c.shown().latent()));
                return ViewDescriptor.Built.of(v, v.drawnProperty());
            }),
            ViewDescriptor.tab("compare", "PCA vs AE", "mdi2c-compare", "PCA beside the autoencoder on the same split.", "Shortcut+6", c -> {
                ComparisonView v = new ComparisonView(c.comparison(), c.shown());
                return ViewDescriptor.Built.of(v, v.drawnProperty());
            }),
            ViewDescriptor.tab("denoise", "Denoise", "mdi2i-image-filter-hdr",
                    "Drop your own pictures to see them prepared, corrupted and denoised; draw a digit.", "Shortcut+7", c -> {
                        DenoiseView v = new DenoiseView(c.denoise(), c.shown().latent(), c.trainDenoiser());
                        return ViewDescriptor.Built.of(v, v.drawnProperty());
                    }).notInFigure(),
            ViewDescriptor.tab("sidebyside", "Side by side", "mdi2v-view-column",
                    "Two to four models on the same images in linked panels: an autoencoder beside a VAE is one click.", "Shortcut+8", c -> {
                        SideBySideView v = new SideBySideView(c.sideBySide());
                        return ViewDescriptor.Built.of(v, v.drawnProperty())
                                .withHasContent(() -> !c.sideBySide().panels().isEmpty())
                                .withPrepareFigure(() -> {
                                    if (c.sideBySide().panels().isEmpty()) {
                                        c.sideBySide().showAutoencoderBesideVae();
                                    }
                                });
                    }).withOwnCurves(),
            ViewDescriptor.tab("network", "Network", "mdi2g-graph-outline",
                    "The model's layers, the selected input's activations in each, and histograms of weights, activations and "
                            + "gradients over training.", "Shortcut+9", c -> {
                        NetworkView v = new NetworkView(c.network());
                        return ViewDescriptor.Built.of(v, v.drawnProperty());
                    }),
            ViewDescriptor.belowTabs("curves", "Training curves", "mdi2c-chart-line", "The loss of every step and each epoch's validation loss.", c -> {
                LossCurveView v = new LossCurveView(c.shown().curves());
                v.replayedEpochProperty().bind(c.shown().latent().replayFrameProperty());
                return ViewDescriptor.Built.of(v, v.drawnProperty());
            }));

    private ViewRegistry() {}

    /** Every view, tabs in order, then the strip below them. */
    public static List<ViewDescriptor> standard() {
        return VIEWS;
    }

    /** The view {@code name} names in {@code views} (its id, or an older session's or preset's upper-case name). */
    public static Optional<ViewDescriptor> find(List<ViewDescriptor> views, String name) {
        return views.stream().filter(v -> v.isNamed(name)).findFirst();
    }

    /** The ids of the views {@code figure} renders, in order. */
    public static List<String> figureIds() {
        return VIEWS.stream().filter(ViewDescriptor::inFigure).map(ViewDescriptor::id).toList();
    }

    /** The scatter beside its decoded lattice, with the replay bar below; it clears when the model's codes go. */
    private static ViewDescriptor.Built latent(ViewContext c) {
        ShownModel shown = c.shown();
        LatentScatterView scatter = new LatentScatterView(shown.latent());
        DecodedGridView grid = new DecodedGridView(new LatticeViewModel(shown.latent(), shown.decoder()), scatter.viewBoundsProperty());
        // Each decoded image keeps its aspect: the lattice is a square spanning the scatter's range, not stretched to the pane.
        grid.setSquareTiles(true);
        ProjectionViewModel projection = new ProjectionViewModel(shown.latent(), shown.decoder());
        scatter.setAxesChoiceShown(false);
        LatticeOrOwnCode beside = new LatticeOrOwnCode(grid, projection);
        NeighboursPanel neighbours = new NeighboursPanel(new NeighboursViewModel(shown.latent()));
        SelectionGallery gathered = new SelectionGallery(new SelectionViewModel(shown.latent(), shown.decoder()));
        javafx.scene.control.TabPane lists = new javafx.scene.control.TabPane(new javafx.scene.control.Tab("Neighbours", neighbours),
                new javafx.scene.control.Tab("Lasso selection", gathered));
        lists.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        shown.latent().lassoedProperty().addListener((obs, old, now) -> {
            if (now.length > 0) {
                lists.getSelectionModel().select(1);
            }
        });
        SplitPane right = new SplitPane(beside, lists);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        // The lattice is the view's point; the neighbours and lasso lists below it get the smaller share.
        right.setDividerPositions(0.7);
        SplitPane pair = new SplitPane(scatter, right);
        pair.setDividerPositions(0.5);
        BorderPane tab = new BorderPane(pair);
        BookmarksViewModel bookmarks = new BookmarksViewModel(projection);
        BookmarksButton bookmarkMenu = new BookmarksButton(bookmarks, projection, () -> scatter.viewBoundsProperty().get(), scatter::showBounds);
        ProjectionPicker picker = new ProjectionPicker(projection,
                new ColourByBar(new ColouringViewModel(shown.latent(), shown.decoder())), bookmarkMenu, scatter::isolateClass);
        tab.setTop(picker);
        tab.setBottom(new ReplayBar(shown.latent()));
        shown.codesProperty().addListener((obs, old, snapshot) -> {
            if (snapshot == null) {
                scatter.clear();
            }
        });
        return new ViewDescriptor.Built(tab, Bindings.and(scatter.drawnProperty(), grid.drawnProperty()), () -> true, () -> { },
                List.of(scatter, grid, projection, picker, beside, neighbours, gathered, bookmarks, bookmarkMenu));
    }

    /** The explore view; for a figure, A and B are the first 0 and the first 1, and the pointer sits at the mean code. */
    private static ViewDescriptor.Built explore(ViewContext c) {
        ExploreView v = new ExploreView(new ExploreViewModel(c.shown().latent(), c.shown().decoder()));
        return ViewDescriptor.Built.of(v, v.drawnProperty()).withPrepareFigure(() -> {
            var latent = c.shown().latent();
            var shown = latent.shownProperty().get();
            if (shown == null) {
                return;
            }
            if (latent.endAProperty().get() < 0 && latent.endBProperty().get() < 0) {
                v.pickSample(firstOf(shown.labels(), 0));
                v.pickSample(firstOf(shown.labels(), 1));
            }
            if (latent.probeProperty().get() == null) {
                latent.probeProperty().set(latent.baseCode());
            }
        });
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
