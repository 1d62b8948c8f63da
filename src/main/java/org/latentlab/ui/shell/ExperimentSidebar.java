package org.latentlab.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.latentlab.data.DatasetReader;
import org.latentlab.data.DatasetReaders;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.model.Variant;
import org.latentlab.ui.training.DataSets;
import org.latentlab.ui.training.ExperimentForm;
import org.latentlab.ui.training.KnobEditors;
import org.latentlab.ui.training.Messages;
import org.latentlab.ui.training.RunControls;
import org.latentlab.ui.training.RunState;

/**
 * The experiment sidebar: the data set and its Open button, the variant, the knobs, the device,
 * the run buttons and the error line. Controls are bound to the {@link ExperimentForm}; clicks go
 * to the run or the file actions.
 */
final class ExperimentSidebar extends ScrollPane {
    ExperimentSidebar(ExperimentForm form, RunControls run, Messages messages, FileActions files) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(14));
        box.setPrefWidth(310);
        box.getStyleClass().add("sidebar");
        BooleanBinding busy = run.stateProperty().isNotEqualTo(RunState.IDLE);

        Label title = new Label("Experiment");
        title.getStyleClass().add("title-3");

        ComboBox<DataSets.Choice> dataset = new ComboBox<>(form.datasets());
        dataset.valueProperty().bindBidirectional(form.datasetProperty());
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setId("dataset");
        dataset.setTooltip(new Tooltip("The images to learn from; 20% are held out for validation."));
        DatasetReaders readers = DatasetReaders.standard();
        MenuItem openFolder = new MenuItem("Folder: " + readers.names(DatasetReader.Source.FOLDER) + "…");
        openFolder.setOnAction(e -> files.openDataset());
        MenuItem openFile = new MenuItem(readers.names(DatasetReader.Source.FILE) + "…");
        openFile.setOnAction(e -> files.openDataFile());
        MenuButton open = new MenuButton("Open", MainWindow.icon("mdi2f-folder-open"), openFolder, openFile);
        open.setId("open-dataset");
        open.setTooltip(new Tooltip("Open your own data: " + readers.formats() + "."));
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox dataRow = new HBox(6, dataset, open);
        Label shape = new Label();
        shape.setId("dataset-shape");
        shape.setWrapText(true);
        shape.getStyleClass().add("hint");
        shape.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            DataSets.Choice c = form.datasetProperty().get();
            if (c == null || c.shape() == null) {
                return "";
            }
            String[] s = c.shape().split("×");
            if (s.length == 3 && s[1].equals("1")) {
                return "A table: " + s[2] + " features a row";
            }
            return c.shape() + (s.length == 3 && s[0].equals("3") ? " colour pictures" : " grey pictures");
        }, form.datasetProperty()));
        HBox.setHgrow(dataset, Priority.ALWAYS);
        dataset.disableProperty().bind(busy);
        open.disableProperty().bind(busy);

        ComboBox<Variant> variant = new ComboBox<>();
        variant.getItems().setAll(Variant.values());
        variant.valueProperty().bindBidirectional(form.variantProperty());
        variant.setMaxWidth(Double.MAX_VALUE);
        variant.setId("variant");
        variant.disableProperty().bind(busy);
        variant.setTooltip(new Tooltip("The kind of autoencoder: each restricts the code in its own way."));
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("variant-description");
        // Wrapping labels ask for their full height, so a squeezed sidebar scrolls rather than cutting a sentence short.
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.textProperty().bind(Bindings.createStringBinding(
                () -> form.variantProperty().get() == null ? "" : form.variantProperty().get().description(), form.variantProperty()));

        PropertySheet sheet = new PropertySheet();
        Bindings.bindContent(sheet.getItems(), form.knobs());
        sheet.setId("knobs");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(new KnobEditors(messages::refuse));
        sheet.setPrefHeight(300);
        sheet.getStyleClass().add("knob-sheet");
        Label lockNote = new Label("Locked while training: the model's shape. Learning rate, β, λ and the noise level take effect at the next step.");
        lockNote.setWrapText(true);
        lockNote.getStyleClass().add("variant-description");
        lockNote.setMinHeight(Region.USE_PREF_SIZE);
        lockNote.visibleProperty().bind(busy);
        lockNote.managedProperty().bind(busy);

        ComboBox<Devices.Choice> device = new ComboBox<>(form.devices());
        device.valueProperty().bindBidirectional(form.deviceProperty());
        device.disableProperty().bind(busy);
        device.setId("device");
        device.setTooltip(new Tooltip("Where training runs: the CPU, or a CUDA GPU when the CUDA build finds one."));
        device.setMaxWidth(Double.MAX_VALUE);
        HBox deviceRow = new HBox(8, new Label("Device"), device);
        deviceRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(device, Priority.ALWAYS);

        Label error = new Label();
        error.setId("error");
        error.setWrapText(true);
        error.getStyleClass().add("error-message");
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(messages.errorProperty());
        error.visibleProperty().bind(messages.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        box.getChildren().addAll(title, new Label("Data set"), dataRow, shape, new Label("Variant"), variant, description,
                new Separator(), sheet, lockNote, deviceRow, new Separator(), new EngineLine(form.engineReadyProperty(), form.engineLineProperty()),
                new RunButtons(run, form.engineReadyProperty()), error);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        setContent(box);
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add("sidebar-scroll");
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }
}
