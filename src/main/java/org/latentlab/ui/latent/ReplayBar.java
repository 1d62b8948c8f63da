package org.latentlab.ui.latent;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The replay timeline: one position per recorded epoch plus "live" at the right end. Dragging it
 * shows how the latent scatter and the decoded grid looked after that epoch; Play steps through
 * the epochs.
 */
public final class ReplayBar extends HBox {
    private final LatentViewModel model;
    private final Slider timeline = new Slider(0, 1, 1);
    private final Label position = new Label("live");
    private final ToggleButton play = new ToggleButton("Play");
    private final Timeline player = new Timeline(new KeyFrame(Duration.millis(450), e -> advance()));
    private boolean updating;

    public ReplayBar(LatentViewModel model) {
        this.model = model;
        getStyleClass().add("replay-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 8, 4, 8));
        timeline.setId("replay");
        timeline.setMajorTickUnit(1);
        timeline.setMinorTickCount(0);
        timeline.setSnapToTicks(true);
        timeline.setTooltip(new Tooltip("Replay: drag to see the codes and the decoded grid after each epoch; the right end follows the run live."));
        timeline.setDisable(true);
        play.setId("replay-play");
        play.setTooltip(new Tooltip("Play the recorded epochs from the first."));
        player.setCycleCount(Timeline.INDEFINITE);
        play.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                if (model.replayFrameProperty().get() < 0) {
                    model.replayFrameProperty().set(0);
                }
                player.play();
            } else {
                player.stop();
            }
        });
        play.disableProperty().bind(model.frameCountProperty().lessThan(2));
        Button live = new Button("Live");
        live.setTooltip(new Tooltip("Follow the run again."));
        live.setOnAction(e -> {
            play.setSelected(false);
            model.replayFrameProperty().set(-1);
        });
        position.setMinWidth(120);
        position.setId("replay-position");
        Label title = new Label("Replay");
        title.getStyleClass().add("view-caption");
        getChildren().addAll(title, play, timeline, position, live);
        HBox.setHgrow(timeline, Priority.ALWAYS);

        model.frameCountProperty().addListener((obs, old, n) -> sync());
        model.replayFrameProperty().addListener((obs, old, f) -> sync());
        timeline.valueProperty().addListener((obs, old, v) -> {
            if (updating) {
                return;
            }
            int frames = model.frameCountProperty().get();
            int f = (int) Math.round(v.doubleValue());
            model.replayFrameProperty().set(f >= frames ? -1 : f);
        });
    }

    /** The slider (one step per recorded epoch, the last position live). */
    public Slider timeline() {
        return timeline;
    }

    private void advance() {
        int next = model.replayFrameProperty().get() + 1;
        if (next >= model.frameCountProperty().get()) {
            play.setSelected(false);
            model.replayFrameProperty().set(-1);
        } else {
            model.replayFrameProperty().set(next);
        }
    }

    private void sync() {
        updating = true;
        int frames = model.frameCountProperty().get();
        int f = model.replayFrameProperty().get();
        // One frame is the codes on show (a loaded model's last epoch, or a run's first): nothing to replay yet.
        timeline.setDisable(frames < 2);
        timeline.setMax(Math.max(1, frames));
        timeline.setValue(f < 0 ? frames : f);
        position.setText(f < 0 ? (frames < 2 ? "live" : "live (" + frames + " epochs recorded)") : "after epoch " + (f + 1) + " of " + frames);
        updating = false;
    }
}
