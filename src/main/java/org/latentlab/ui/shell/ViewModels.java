package org.latentlab.ui.shell;

import org.latentlab.concurrent.Background;
import org.latentlab.ui.compare.ComparisonViewModel;
import org.latentlab.ui.denoise.DenoiseViewModel;
import org.latentlab.ui.sidebyside.SideBySideViewModel;
import org.latentlab.ui.training.DataSets;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * Every view model behind the main window, on one {@link Background} and one {@link DataSets}:
 * built together by the application and closed together when the window closes.
 */
public record ViewModels(Background background, DataSets data, TrainingViewModel training, ComparisonViewModel comparison,
                         SideBySideViewModel sideBySide, DenoiseViewModel denoise,
                         org.latentlab.ui.network.NetworkViewModel network) implements AutoCloseable {

    /** The view models of one window, their background work on {@code background}. */
    public static ViewModels create(Background background) {
        DataSets data = new DataSets(background);
        TrainingViewModel training = new TrainingViewModel(background, data);
        var shown = training.shown();
        DenoiseViewModel denoise = new DenoiseViewModel(background, shown.decoder(), shown.latent(),
                () -> shown.runProperty().get() == null ? null : shown.runProperty().get().split().train().values());
        shown.epochResultProperty().addListener((obs, old, r) -> {
            if (r != null) {
                denoise.rerun();
            }
        });
        return new ViewModels(background, data, training, new ComparisonViewModel(background, data, shown),
                new SideBySideViewModel(background, training), denoise,
                new org.latentlab.ui.network.NetworkViewModel(background, shown));
    }

    /** Stops every run and frees every model, then stops every background thread; a second call does nothing. */
    @Override
    public void close() {
        if (!background.open()) {
            return;
        }
        network.close();
        sideBySide.close();
        denoise.close();
        comparison.close();
        training.close();
        background.close();
    }
}
