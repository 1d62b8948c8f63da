package org.latentlab.ui.shell;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.latentlab.ml.device.EngineCache;
import org.latentlab.ui.training.ExperimentForm;

/**
 * The sidebar's line about the training engine: while it starts, what it is doing with a progress
 * bar (the share of libtorch unpacked on the first start, else indeterminate); after, a repair it
 * made or why it failed; nothing once it runs.
 */
final class EngineLine extends VBox {
    EngineLine(ReadOnlyBooleanProperty ready, ReadOnlyStringProperty line) {
        super(4);
        setId("engine-line");
        Label text = new Label();
        text.setId("engine-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(line);
        text.getStyleClass().add("variant-description");
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("engine-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.visibleProperty().bind(ready.not().and(Bindings.createBooleanBinding(
                () -> ExperimentForm.FIRST_START.equals(line.get()) || ExperimentForm.STARTING.equals(line.get()), line)));
        bar.managedProperty().bind(bar.visibleProperty());
        // The share unpacked, read from the cache folder's sizes a few times a second while the first start unpacks.
        Timeline watch = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            double p = EngineCache.unpackProgress();
            bar.setProgress(p > 0 && p < 1 ? p : ProgressBar.INDETERMINATE_PROGRESS);
        }));
        watch.setCycleCount(Animation.INDEFINITE);
        Runnable follow = () -> {
            if (!ready.get() && ExperimentForm.FIRST_START.equals(line.get())) {
                watch.play();
            } else {
                watch.stop();
                bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            }
        };
        line.addListener((obs, old, now) -> follow.run());
        ready.addListener((obs, old, now) -> follow.run());
        follow.run();
        getChildren().addAll(text, bar);
        setMinHeight(Region.USE_PREF_SIZE);
        visibleProperty().bind(line.isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
