package org.latentlab.ui.help;

import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog for a throwable no code caught: one sentence, where the log is, Copy details (versions
 * and stack trace to the clipboard) and Open log folder. One at a time: what goes wrong while it is
 * open is counted in it and added to its details.
 */
public final class CrashDialog {
    public static final String COPY = "Copy details";
    public static final String OPEN_FOLDER = "Open log folder";

    private final Supplier<Window> owner;
    private final LogFolder logFolder;
    private Alert showing;
    private String details = "";
    private int more;
    private Label note;

    public CrashDialog(Supplier<Window> owner, LogFolder logFolder) {
        this.owner = owner;
        this.logFolder = logFolder;
    }

    /** Shows {@code report}, or adds it to the dialog already open. Call on the JavaFX thread. */
    public void show(CrashReport report) {
        if (showing != null && showing.isShowing()) {
            more++;
            details = details + System.lineSeparator() + "---- then" + System.lineSeparator() + report.details();
            note.setText(more + (more == 1 ? " more problem" : " more problems") + " since; Copy details holds them all.");
            return;
        }
        details = report.details();
        more = 0;
        ButtonType copy = new ButtonType(COPY, ButtonBar.ButtonData.LEFT);
        ButtonType open = new ButtonType(OPEN_FOLDER, ButtonBar.ButtonData.LEFT);
        Alert a = new Alert(Alert.AlertType.ERROR, "", copy, open, ButtonType.CLOSE);
        a.setTitle("Latent Lab: something went wrong");
        a.setHeaderText(report.sentence());
        Label where = new Label(report.whereDetailsAre());
        where.setWrapText(true);
        where.setId("crash-where");
        note = new Label("The window goes on; what you had is kept.");
        note.setWrapText(true);
        note.setId("crash-note");
        a.getDialogPane().setContent(new VBox(10, where, note));
        a.getDialogPane().setPrefWidth(600);
        a.getDialogPane().setId("crash-dialog");
        Button copyButton = (Button) a.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details);
            Clipboard.getSystemClipboard().setContent(c);
            note.setText("The details are on the clipboard: paste them into your report.");
            e.consume();
        });
        Button openButton = (Button) a.getDialogPane().lookupButton(open);
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            logFolder.open(note::setText);
            e.consume();
        });
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            a.initOwner(w);
        }
        showing = a;
        a.show();
    }

    /** What Copy details puts on the clipboard now. */
    public String details() {
        return details;
    }
}
