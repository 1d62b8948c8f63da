package org.latentlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentlab.data.Preparation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The question asked when a folder of pictures is opened: its default, the guess, and the person's choice. */
@ExtendWith(ApplicationExtension.class)
class PicturesDialogTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void itOpensOnColourPicturesAndTakesTheGuessUnlessThePersonHasChosen(FxRobot robot) {
        Preparation[] seen = new Preparation[4];
        robot.interact(() -> {
            PicturesDialog d = new PicturesDialog();
            seen[0] = d.preparation();
            d.guessed(Preparation.Mode.DIGITS);
            seen[1] = d.preparation();

            PicturesDialog chosen = new PicturesDialog();
            chosen.choose(Preparation.pictures(64, false));
            chosen.guessed(Preparation.Mode.DIGITS);
            seen[2] = chosen.preparation();

            PicturesDialog photos = new PicturesDialog();
            photos.guessed(Preparation.Mode.PICTURES);
            seen[3] = photos.preparation();
        });
        assertThat(seen[0]).isEqualTo(Preparation.pictures(32, true));
        assertThat(seen[1]).as("ink on paper: digits").isEqualTo(Preparation.DIGITS);
        assertThat(seen[2]).as("the person's choice stays").isEqualTo(Preparation.pictures(64, false));
        assertThat(seen[3]).isEqualTo(Preparation.pictures(32, true));
    }
}
