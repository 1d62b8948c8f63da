package org.latentlab.ui.shell;

import org.latentlab.ui.compare.ComparisonViewModel;
import org.latentlab.ui.denoise.DenoiseViewModel;
import org.latentlab.ui.sidebyside.SideBySideViewModel;
import org.latentlab.ui.training.TrainingViewModel;

/**
 * What the views are built from: the main window's view model and the view models of the views
 * that have their own. The window makes one and hands it to each {@link ViewDescriptor}'s factory.
 *
 * @param trainDenoiser what the denoise view's "Train a denoising model" button does
 */
public record ViewContext(TrainingViewModel model, ComparisonViewModel comparison, SideBySideViewModel sideBySide,
                          DenoiseViewModel denoise, Runnable trainDenoiser) {}
