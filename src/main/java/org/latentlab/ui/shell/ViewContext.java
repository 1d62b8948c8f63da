package org.latentlab.ui.shell;

import org.latentlab.ui.compare.ComparisonViewModel;
import org.latentlab.ui.denoise.DenoiseViewModel;
import org.latentlab.ui.sidebyside.SideBySideViewModel;
import org.latentlab.ui.training.ShownModel;

/**
 * What the views are built from: the model the main window shows and the view models of the views
 * that have their own. The window makes one and hands it to each {@link ViewDescriptor}'s factory.
 *
 * @param trainDenoiser what the denoise view's "Train a denoising model" button does
 * @param network the network view's layers, activations and histograms
 */
public record ViewContext(ShownModel shown, ComparisonViewModel comparison, SideBySideViewModel sideBySide,
                          DenoiseViewModel denoise, Runnable trainDenoiser,
                          org.latentlab.ui.network.NetworkViewModel network) {}
