package org.latentlab.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentlab.ui.training.RunControls;
import org.latentlab.ui.training.RunState;

/** The sidebar's Train, Pause, Step, Stop and Reset buttons, enabled by where the run stands. */
final class RunButtons extends VBox {
    /** The tooltip Train has until the training engine is ready. */
    static final String ENGINE_NOT_READY = "Train is available once the training engine has started (see the line above).";

    RunButtons(RunControls run, ReadOnlyBooleanProperty engineReady) {
        super(10);
        var state = run.stateProperty();
        Button train = button("Train", "mdi2p-play", "train", "Start training with these settings (Space).");
        Button pause = button("Pause", "mdi2p-pause", "pause", "Hold the run after the current step (Space).");
        Button step = button("Step", "mdi2s-step-forward", "step", "Run exactly one batch, then pause (S).");
        Button stop = button("Stop", "mdi2s-stop", "stop", "End the run; the model keeps what it learned (Esc).");
        Button reset = button("Reset", "mdi2r-restore", "reset", "Stop and clear the curves and views, keeping the settings (R).");
        train.getStyleClass().add("accent");
        train.setMaxWidth(Double.MAX_VALUE);
        train.textProperty().bind(Bindings.when(state.isEqualTo(RunState.PAUSED)).then("Resume").otherwise("Train"));
        train.disableProperty().bind(state.isEqualTo(RunState.RUNNING).or(state.isEqualTo(RunState.LOADING)).or(engineReady.not()));
        train.setOnAction(e -> {
            if (state.get() == RunState.PAUSED) {
                run.togglePause();
            } else {
                run.train();
            }
        });
        pause.disableProperty().bind(state.isNotEqualTo(RunState.RUNNING));
        pause.setOnAction(e -> run.togglePause());
        step.disableProperty().bind(state.isNotEqualTo(RunState.RUNNING).and(state.isNotEqualTo(RunState.PAUSED)));
        step.setOnAction(e -> run.step());
        stop.disableProperty().bind(state.isEqualTo(RunState.IDLE).or(state.isEqualTo(RunState.LOADING)));
        stop.setOnAction(e -> run.stop());
        reset.setOnAction(e -> run.reset());
        for (Button b : new Button[] {pause, step, stop, reset}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // A disabled button shows no tooltip, so the one saying why Train waits sits on a pane around it.
        StackPane trainHolder = new StackPane(train);
        trainHolder.setId("train-holder");
        Tooltip waiting = new Tooltip(ENGINE_NOT_READY);
        Runnable tip = () -> Tooltip.install(trainHolder, waiting);
        if (!engineReady.get()) {
            tip.run();
        }
        engineReady.addListener((obs, was, ready) -> {
            if (ready) {
                Tooltip.uninstall(trainHolder, waiting);
            } else {
                tip.run();
            }
        });
        HBox first = new HBox(6, trainHolder, pause, step);
        HBox.setHgrow(trainHolder, Priority.ALWAYS);
        getChildren().addAll(first, new HBox(6, stop, reset));
    }

    private static Button button(String text, String icon, String id, String tip) {
        Button b = new Button(text, MainWindow.icon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
