package org.latentlab.ui.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.latentlab.persistence.AtomicFiles;
import org.latentlab.ui.common.Theme;

/**
 * Writes what a node shows to a PNG file (JavaFX snapshot → ImageIO), for "Save view"; and the one way
 * {@code figure} and the lab report picture a view: show it, wait for its "drawn" signal, write it.
 */
public final class Snapshots {
    /** How long a view may take to draw before its picture is given up with a sentence (a view that never draws). */
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private Snapshots() {}

    /**
     * Shows the view called {@code id} in {@code window} and, once it is laid out without its controls and
     * says it is drawn, writes it to {@code file} (the plot, its axes, legend and title: no buttons or
     * sliders, which are put back afterwards). Call on the JavaFX thread; it does not block it.
     */
    public static CompletableFuture<Path> saveWhenDrawn(MainWindow window, String id, Path file) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        ViewDescriptor.Built view = window.built(id);
        window.show(id);
        FigureChrome chrome = FigureChrome.hideControls(view.node());
        done.whenComplete((f, e) -> chrome.restore());
        long deadline = System.nanoTime() + LIMIT.toNanos();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The first pulses lay out the newly shown view without its controls (a view that changes size
                // asks to draw again then).
                if (++pulses < 3 || !view.drawn().get()) {
                    if (System.nanoTime() > deadline) {
                        stop();
                        done.completeExceptionally(new IOException("the " + id + " view did not finish drawing within "
                                + LIMIT.toMinutes() + " minutes"));
                    }
                    return;
                }
                if (chrome.hideMore(view.node())) {
                    pulses = 0; // controls the view built meanwhile: lay it out again without them
                    return;
                }
                stop();
                try {
                    savePng(view.node(), file);
                    done.complete(file);
                } catch (IOException | RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }
        }.start();
        return done;
    }

    /** Renders {@code node} on the theme's ground and writes it as PNG; must run on the JavaFX thread. */
    public static void savePng(Node node, Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Theme.currentPalette().ground());
        WritableImage image = node.snapshot(parameters, null);
        // Straight (not premultiplied) ARGB, which ImageIO's PNG writer stores as it is.
        BufferedImage out = SwingFXUtils.fromFXImage(image,
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB));
        AtomicFiles.write(file, stream -> {
            if (!ImageIO.write(out, "png", stream)) {
                throw new IOException("This Java has no PNG writer.");
            }
        });
    }
}
