package org.latentlab.ui.common;

import javafx.animation.AnimationTimer;

/**
 * Runs a task once per JavaFX pulse (at most the screen's frame rate). Views use it to draw the
 * newest snapshot once per frame instead of once per training event, as {@code javafx.concurrent.Task}
 * coalesces its progress updates.
 */
public final class FrameLoop {
    private final AnimationTimer timer;

    public FrameLoop(Runnable onFrame) {
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.run();
            }
        };
    }

    public void start() {
        timer.start();
    }

    /**
     * Runs only while {@code node} is in a window that is showing, so a view that was closed or
     * replaced stops drawing (and stops asking services for work).
     */
    public void runWhileShowing(javafx.scene.Node node) {
        javafx.beans.value.ChangeListener<Boolean> showing = (obs, was, is) -> update(node);
        javafx.beans.value.ChangeListener<javafx.stage.Window> window = (obs, old, w) -> {
            if (old != null) {
                old.showingProperty().removeListener(showing);
            }
            if (w != null) {
                w.showingProperty().addListener(showing);
            }
            update(node);
        };
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.windowProperty().removeListener(window);
                if (old.getWindow() != null) {
                    old.getWindow().showingProperty().removeListener(showing);
                }
            }
            if (scene != null) {
                scene.windowProperty().addListener(window);
                if (scene.getWindow() != null) {
                    scene.getWindow().showingProperty().addListener(showing);
                }
            }
            update(node);
        });
        update(node);
    }

    private void update(javafx.scene.Node node) {
        javafx.scene.Scene scene = node.getScene();
        if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    public void stop() {
        timer.stop();
    }
}
