package org.latentlab.ui.denoise;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.latentlab.data.GreyImage;
import org.latentlab.data.Noise;
import org.latentlab.errors.Sentences;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.common.Images;
import org.latentlab.ui.latent.LatentViewModel;

/**
 * Drag-and-drop denoising: drop pictures or a folder (or paste one), and for each see how it was
 * prepared (original → grey → inverted → cropped → 28×28), the same input with noise, and the
 * model's output with PSNR before and after. Beside the list, a draw pad: draw a digit and see its
 * reconstruction, where it lands in the latent space, its nearest samples, and whether it is unusual.
 */
public final class DenoiseView extends BorderPane {
    private static final double TILE = 64;

    private final DenoiseViewModel model;
    private final LatentViewModel latent;
    private final ListView<DenoiseViewModel.Item> list = new ListView<>();
    private final DrawPad pad = new DrawPad(28, 8);
    private final ImageView landedImage = tile(112);
    private final HBox neighbours = new HBox(4);
    private final Label landedCaption = new Label("Draw a digit, or select a dropped picture.");
    private final Label unusual = new Label();

    private final javafx.beans.property.ReadOnlyBooleanWrapper drawn = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** True when no pictures are being read or denoised: what the view shows is all there is. */
    public javafx.beans.property.ReadOnlyBooleanProperty drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    public DenoiseView(DenoiseViewModel model, LatentViewModel latent, Runnable trainDenoiser) {
        this.model = model;
        drawn.bind(model.progressProperty().isEqualTo(0, 0));
        this.latent = latent;
        getStyleClass().add("denoise-view");

        ChoiceBox<Noise.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(Noise.Kind.GAUSSIAN, Noise.Kind.MASKING, Noise.Kind.SALTPEPPER, Noise.Kind.NONE);
        kind.valueProperty().bindBidirectional(model.noiseKindProperty());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Noise.Kind k) {
                return k == null ? "" : switch (k) {
                    case GAUSSIAN -> "Gaussian (σ)";
                    case MASKING -> "Masking (q)";
                    case SALTPEPPER -> "Salt and pepper (q)";
                    default -> "None";
                };
            }

            @Override
            public Noise.Kind fromString(String s) {
                return null;
            }
        });
        kind.setTooltip(new Tooltip("The noise added to each prepared picture, as the denoising model was trained with."));
        Slider level = new Slider(0, 1, 0.5);
        level.setId("noise-level");
        level.valueProperty().bindBidirectional(model.noiseLevelProperty());
        level.setPrefWidth(160);
        level.setTooltip(new Tooltip("σ of Gaussian noise, or the share of corrupted pixels; the results follow as you slide."));
        Label levelValue = new Label();
        levelValue.textProperty().bind(level.valueProperty().asString("%.2f"));
        Button open = new Button("Open…");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Pictures to denoise");
            List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (files != null) {
                model.importFiles(files.stream().map(File::toPath).toList());
            }
        });
        Button paste = new Button("Paste");
        paste.setTooltip(new Tooltip("Take a picture from the clipboard (Ctrl+V)."));
        paste.setOnAction(e -> paste());
        Button save = new Button("Save results…");
        save.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the input, noisy and denoised PNGs");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                try {
                    model.saveResults(folder.toPath());
                } catch (java.io.IOException ex) {
                    model.report(Sentences.after("Could not save to " + folder, ex));
                }
            }
        });
        Button clear = new Button("Clear");
        clear.setOnAction(e -> model.clear());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.progressProperty().greaterThan(0));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Button train = new Button("Train a denoising model");
        train.setId("train-denoiser");
        train.setOnAction(e -> trainDenoiser.run());
        train.visibleProperty().bind(model.modelVariantProperty().isNotEqualTo(Variant.DENOISING));
        train.managedProperty().bind(train.visibleProperty());
        train.setTooltip(new Tooltip("Switch to the denoising variant (Gaussian σ = 0.5) and train it; the pictures then go through it."));
        for (Button b : new Button[] {open, paste, save, clear, train}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, new Label("Noise"), kind, level, levelValue, open, paste, save, clear, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox statusRow = new HBox(8, status, train);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, statusRow);
        top.setPadding(new Insets(8));
        setTop(top);

        list.setId("denoise-list");
        list.setItems(model.items());
        list.setCellFactory(v -> new ItemCell());
        list.setPlaceholder(new Label("Drop pictures or a folder here: PNG, JPEG, GIF, BMP, WebP or TIFF."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !item.failed()) {
                model.analyse(item.prepared().input().values());
            }
        });

        pad.setId("draw-pad");
        pad.setOnChange(model::analyse);
        Button clearPad = new Button("Clear pad (C)");
        clearPad.setOnAction(e -> pad.clear());
        unusual.getStyleClass().add("error-message");
        unusual.setWrapText(true);
        landedCaption.setWrapText(true);
        landedCaption.setMaxWidth(220);
        unusual.setMaxWidth(220);
        VBox drawColumn = new VBox(6, caption("Draw a digit"), pad, clearPad);
        VBox resultColumn = new VBox(6, caption("What the model makes of it"), landedImage, landedCaption, unusual);
        VBox right = new VBox(10, new HBox(12, drawColumn, resultColumn), caption("Its 5 nearest training images in the latent space"), neighbours);
        right.setPadding(new Insets(8));
        right.setMinWidth(480);
        pad.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ScrollPane rightScroll = new javafx.scene.control.ScrollPane(right);
        rightScroll.setFitToWidth(true);
        SplitPane centre = new SplitPane(list, rightScroll);
        centre.setDividerPositions(0.5);
        setCenter(centre);

        model.landingProperty().addListener((obs, old, l) -> showLanding(l));
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasImage()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(this::drop);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)) {
                paste();
                e.consume();
            }
        });
    }

    /** The draw pad, for tests. */
    public DrawPad drawPad() {
        return pad;
    }

    /** Handles a drop: files and folders are read off the JavaFX thread; a dropped image is taken as it is. */
    public void drop(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            model.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            done = true;
        } else if (e.getDragboard().hasImage()) {
            model.importImage("dropped image", SwingFXUtils.fromFXImage(e.getDragboard().getImage(), null));
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    /** Takes files or an image from the clipboard. */
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            model.importFiles(clipboard.getFiles().stream().map(File::toPath).toList());
        } else if (clipboard.hasImage()) {
            model.importImage("pasted image", SwingFXUtils.fromFXImage(clipboard.getImage(), null));
        }
    }

    /** Imports files as a drop of them does (tests and the menu). */
    public void importFiles(List<Path> files) {
        model.importFiles(files);
    }

    private void showLanding(DenoiseViewModel.Landing l) {
        if (l == null) {
            return;
        }
        landedImage.setImage(Images.grey(l.reconstruction(), 0, 28, 28));
        landedCaption.setText(String.format("Reconstruction error %.4f%s. Its code is the star in the latent scatter.", l.error(),
                Double.isFinite(l.threshold()) ? String.format(" (99%% of validation images stay under %.4f)", l.threshold()) : ""));
        unusual.setText(l.unusual() ? "Unusual input: the model reconstructs it worse than 99% of the validation images, "
                + "so it is probably unlike anything it was trained on." : "");
        neighbours.getChildren().clear();
        for (float[] image : l.neighbours()) {
            ImageView v = tile(44);
            v.setImage(Images.grey(image, 0, 28, 28));
            neighbours.getChildren().add(v);
        }
    }

    /** One row: the preparation steps, the noisy input, the output, and the PSNRs; or the sentence saying why not. */
    private static final class ItemCell extends ListCell<DenoiseViewModel.Item> {
        @Override
        protected void updateItem(DenoiseViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("view-caption");
            name.setMinWidth(140);
            name.setMaxWidth(140);
            if (item.failed()) {
                Label error = new Label(item.error());
                error.getStyleClass().add("error-message");
                error.setWrapText(true);
                HBox row = new HBox(10, name, error);
                HBox.setHgrow(error, Priority.ALWAYS);
                setGraphic(row);
                return;
            }
            var p = item.prepared();
            HBox steps = new HBox(4, step(p.original(), "original"), step(p.inverted(), p.wasInverted() ? "inverted" : "grey"),
                    step(p.cropped(), "cropped"), step(p.input(), "28×28"));
            Node noisy = item.noisy() == null ? new Label("…") : labelled(Images.grey(item.noisy(), 0, 28, 28), "noisy");
            Node denoised = item.denoised() == null ? new Label("…") : labelled(Images.grey(item.denoised(), 0, 28, 28), "denoised");
            Label psnr = new Label(Double.isNaN(item.psnrBefore()) ? "" : String.format("PSNR %.1f dB → %.1f dB", item.psnrBefore(), item.psnrAfter()));
            psnr.setTooltip(new Tooltip("Peak signal-to-noise ratio against the prepared picture: higher is closer."));
            Label arrow = new Label("→");
            HBox row = new HBox(10, name, steps, arrow, noisy, denoised, psnr);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!p.notes().isEmpty()) {
                Tooltip.install(row, new Tooltip(String.join("\n", p.notes())));
            }
            setGraphic(row);
        }

        private static VBox step(GreyImage g, String label) {
            double longest = Math.max(g.width(), g.height());
            ImageView v = new ImageView(grey(g));
            v.setFitWidth(TILE * g.width() / longest);
            v.setFitHeight(TILE * g.height() / longest);
            v.setSmooth(g.width() > 28);
            return box(v, label);
        }

        private static javafx.scene.image.Image grey(GreyImage g) {
            // Large originals are shown small: decimate so a 2000-pixel picture does not become a 16 MB image per row.
            int stride = Math.max(1, Math.max(g.width(), g.height()) / 128);
            int w = g.width() / stride;
            int h = g.height() / stride;
            float[] v = new float[Math.max(1, w) * Math.max(1, h)];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    v[y * w + x] = g.at(x * stride, y * stride);
                }
            }
            return Images.grey(v, 0, Math.max(1, w), Math.max(1, h));
        }

        private static VBox labelled(javafx.scene.image.Image image, String label) {
            ImageView v = tile(TILE);
            v.setImage(image);
            return box(v, label);
        }

        private static VBox box(ImageView v, String label) {
            Label l = new Label(label);
            l.getStyleClass().add("tile-caption");
            VBox b = new VBox(2, v, l);
            b.setAlignment(Pos.CENTER);
            return b;
        }
    }

    private static ImageView tile(double size) {
        ImageView v = new ImageView();
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setSmooth(false);
        return v;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("view-caption");
        return l;
    }
}
