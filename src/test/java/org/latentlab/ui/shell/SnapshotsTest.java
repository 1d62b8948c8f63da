package org.latentlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Save view" writes the node's pixels to the PNG as the snapshot has them. */
@ExtendWith(ApplicationExtension.class)
class SnapshotsTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("Latent Lab tests"), 200, 100));
    }

    @Test
    void thePngHoldsTheNodesSizeAndColours(FxRobot robot) throws Exception {
        Path file = dir.resolve("view.png");
        Rectangle left = new Rectangle(0, 0, 30, 20);
        left.setFill(Color.rgb(200, 40, 10));
        Rectangle right = new Rectangle(30, 0, 10, 20);
        right.setFill(Color.rgb(0, 0, 255, 0.5));
        Exception[] failed = new Exception[1];
        robot.interact(() -> {
            try {
                Snapshots.savePng(new Group(left, right), file);
            } catch (Exception e) {
                failed[0] = e;
            }
        });
        assertThat(failed[0]).isNull();
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(40);
        assertThat(png.getHeight()).isEqualTo(20);
        assertThat(png.getRGB(15, 10)).isEqualTo(0xffc8280a);
        // Half-transparent blue over the snapshot's white fill.
        int blended = png.getRGB(35, 10);
        assertThat(blended >>> 24).isEqualTo(0xff);
        assertThat((blended >> 16) & 0xff).isBetween(126, 129);
        assertThat(blended & 0xff).isEqualTo(0xff);
    }
}
