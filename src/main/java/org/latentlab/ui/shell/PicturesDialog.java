package org.latentlab.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.latentlab.data.Preparation;

/**
 * The short question asked when a folder of pictures is opened: read them as pictures (a square
 * size, colour kept or made grey) or as handwritten digits (today's MNIST-style preparation). It
 * opens on "pictures" and moves to "digits" when the guess made off the JavaFX thread says the
 * pictures look like ink on paper, unless the person has chosen already.
 */
public final class PicturesDialog {
    private final ToggleGroup mode = new ToggleGroup();
    private final RadioButton pictures = new RadioButton("Pictures: resized and centre-cropped to a square, as photographs are");
    private final RadioButton digits = new RadioButton("Digits: made grey, inverted, cropped to the ink and centred, as MNIST was made");
    private final ChoiceBox<Integer> size = new ChoiceBox<>();
    private final CheckBox colour = new CheckBox("Keep the colour");
    private final Label guess = new Label("Looking at the first pictures…");
    private boolean chosen;

    /** The controls, set to pictures of 32×32 in colour. */
    public PicturesDialog() {
        pictures.setToggleGroup(mode);
        digits.setToggleGroup(mode);
        pictures.setSelected(true);
        size.getItems().setAll(Preparation.SIZES);
        size.setValue(32);
        colour.setSelected(true);
        size.disableProperty().bind(digits.selectedProperty());
        colour.disableProperty().bind(digits.selectedProperty());
        pictures.setOnAction(e -> chosen = true);
        digits.setOnAction(e -> chosen = true);
        guess.getStyleClass().add("hint");
        guess.setWrapText(true);
    }

    /** Takes the guess of how the folder is best read, unless the person has already picked one. */
    public void guessed(Preparation.Mode mode) {
        guess.setText(mode == Preparation.Mode.DIGITS
                ? "These look like ink on paper: digits is suggested."
                : "These look like photographs: pictures is suggested.");
        if (!chosen) {
            (mode == Preparation.Mode.DIGITS ? digits : pictures).setSelected(true);
        }
    }

    /** The preparation the controls describe. */
    public Preparation preparation() {
        return digits.isSelected() ? Preparation.DIGITS : Preparation.pictures(size.getValue(), colour.isSelected());
    }

    /** Selects a mode, size and colour as a person would. */
    void choose(Preparation p) {
        chosen = true;
        (p.mode() == Preparation.Mode.DIGITS ? digits : pictures).setSelected(true);
        if (p.mode() == Preparation.Mode.PICTURES) {
            size.setValue(p.size());
            colour.setSelected(p.colour());
        }
    }

    /**
     * Asks about {@code folder}, the guess arriving when {@code guess} completes; empty when the
     * person cancels (nothing is opened then).
     */
    public Optional<Preparation> ask(Window owner, Path folder, CompletableFuture<Preparation.Mode> guessing) {
        Dialog<Preparation> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open a folder of pictures");
        dialog.setHeaderText("How should the pictures in " + (folder.getFileName() == null ? folder : folder.getFileName()) + " be read?");
        HBox sizeRow = new HBox(8, new Label("Size"), size, new Label("pixels square"), colour);
        sizeRow.setPadding(new Insets(0, 0, 0, 24));
        VBox content = new VBox(10, pictures, sizeRow, digits, guess);
        content.setPadding(new Insets(8));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == open ? preparation() : null);
        guessing.whenComplete((m, failure) -> Platform.runLater(() -> {
            if (failure == null && m != null) {
                guessed(m);
            } else {
                guess.setText("");
            }
        }));
        return dialog.showAndWait();
    }
}
