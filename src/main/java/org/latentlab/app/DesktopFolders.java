package org.latentlab.app;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import javafx.application.HostServices;
import org.latentlab.ui.help.LogFolder;

/** How this desktop opens a folder: java.awt.Desktop where it can, else JavaFX's HostServices. */
final class DesktopFolders {
    private DesktopFolders() {}

    /** An opener using {@code hosts} (may be null) when java.awt.Desktop cannot open folders here. */
    static LogFolder.Opener opener(HostServices hosts) {
        return folder -> {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
            } else if (hosts != null) {
                hosts.showDocument(folder.toUri().toString());
            } else {
                throw new UnsupportedOperationException("this desktop has no way to open a folder");
            }
        };
    }
}
