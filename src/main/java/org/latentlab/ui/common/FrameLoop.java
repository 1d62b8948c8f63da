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

    public void stop() {
        timer.stop();
    }
}
