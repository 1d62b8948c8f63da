package org.latentlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latentlab.ui.MainWindowTest.waitUntil;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.ui.latent.LatentScatterView;
import org.latentlab.ui.shell.MainWindow;
import org.latentlab.ui.training.RunState;
import org.latentlab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shipped colour photo patches in the window: the hover card and the decoded lattice are in colour, not grey. */
@ExtendWith(ApplicationExtension.class)
class ColourViewsTest {
    private org.latentlab.ui.shell.ViewModels models;
    private TrainingViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        models = org.latentlab.ui.shell.ViewModels.create(org.latentlab.concurrent.Background.threaded());
        model = models.training();
        window = new MainWindow(models);
        stage.setScene(new Scene(window, 1280, 820));
        stage.show();
    }

    @AfterEach
    void close() {
        models.close();
    }

    /** The share of an image's pixels whose channels differ by more than 20 levels of 255 (0 for a grey image). */
    static double colouredShare(Image image) {
        PixelReader r = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int coloured = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = r.getArgb(x, y);
                int red = (p >> 16) & 0xff;
                int green = (p >> 8) & 0xff;
                int blue = p & 0xff;
                if (Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 20) {
                    coloured++;
                }
            }
        }
        return (double) coloured / Math.max(1, w * h);
    }

    @Test
    void theShippedColourSetShowsAColourHoverCardAndColourLatticeTiles(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.form().selectDataset("photos-2400");
            model.form().epochsProperty().set(2);
            model.train();
        });
        waitUntil(() -> model.stateProperty().get() == RunState.IDLE && model.shown().latent().frameCountProperty().get() == 2);
        assertThat(model.form().datasetProperty().get().title()).contains("2,400");
        assertThat(robot.lookup("#dataset-shape").queryLabeled().getText()).isEqualTo("3×32×32 colour pictures");
        waitUntil(() -> window.latentView().drawnPointCount() == 480);
        assertThat(window.latentView().legendClasses()).containsExactly("astronaut", "cat", "coffee", "galaxies", "retina", "rocket");
        assertThat(model.shown().latent().imageChannels()).isEqualTo(3);

        // The lattice decodes colour tiles.
        waitUntil(() -> window.gridView().decodedTileCount() > 0 && window.gridView().tilesImage() != null);
        double lattice = colouredShare(window.gridView().tilesImage());
        assertThat(lattice).as("share of the lattice's pixels in colour").isGreaterThan(0.1);

        // Hover the most colourful validation picture: its card shows it in colour.
        float[] images = model.shown().latent().images();
        int plane = 32 * 32;
        int best = 0;
        double bestSpread = -1;
        for (int i = 0; i < images.length / (3 * plane); i++) {
            double spread = 0;
            for (int p = 0; p < plane; p++) {
                float r = images[i * 3 * plane + p];
                float g = images[i * 3 * plane + plane + p];
                float b = images[i * 3 * plane + 2 * plane + p];
                spread += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
            }
            if (spread > bestSpread) {
                bestSpread = spread;
                best = i;
            }
        }
        LatentScatterView scatter = window.latentView();
        float[] z = model.shown().latent().codeOf(best);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = scatter.localToScreen(scatter.pixelOf(z[0], z[1])));
        robot.moveTo(at[0]);
        waitUntil(() -> model.shown().latent().hoveredProperty().get() >= 0);
        WaitForAsyncUtils.waitForFxEvents();
        // The window holds other scatters (PCA, side by side): the card shown is the one in the latent view.
        VBox card = robot.from(scatter).lookup(".hover-card").queryAs(VBox.class);
        assertThat(card.isVisible()).as("the hover card is shown").isTrue();
        Image shown = ((ImageView) card.getChildren().get(0)).getImage();
        assertThat(shown.getWidth()).isEqualTo(32);
        assertThat(colouredShare(shown)).as("share of the hover card's pixels in colour").isGreaterThan(0.3);
    }
}
