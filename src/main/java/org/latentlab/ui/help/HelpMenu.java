package org.latentlab.ui.help;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.latentlab.ui.common.Icons;
import org.latentlab.ui.shell.ViewDescriptor;

/**
 * The Help menu's own items: Getting started, Open log folder and About, each help page in a
 * window of its own beside the main one (one of each, brought forward when asked for again).
 */
public final class HelpMenu {
    public static final String GETTING_STARTED = "Getting started";
    public static final String OPEN_LOG_FOLDER = "Open log folder";
    public static final String ABOUT = "About Latent Lab";

    private final MenuBar bar;
    private final List<ViewDescriptor> views;
    private final LogFolder logFolder;
    private final Consumer<String> cannot;
    private final Supplier<AppVersions> versions;
    private Stage gettingStarted;
    private Stage about;

    private HelpMenu(MenuBar bar, List<ViewDescriptor> views, LogFolder logFolder, Consumer<String> cannot, Supplier<AppVersions> versions) {
        this.bar = bar;
        this.views = views;
        this.logFolder = logFolder;
        this.cannot = cannot;
        this.versions = versions;
    }

    /**
     * Adds the items to {@code bar}'s Help menu: the views' descriptions come from {@code views},
     * the shortcuts from the menus, and {@code cannot} shows the sentence when the folder cannot be opened.
     */
    public static HelpMenu addTo(MenuBar bar, List<ViewDescriptor> views, LogFolder logFolder, Consumer<String> cannot) {
        HelpMenu h = new HelpMenu(bar, views, logFolder, cannot, AppVersions::current);
        Menu help = bar.getMenus().stream().filter(m -> "Help".equals(m.getText())).findFirst().orElseGet(() -> {
            Menu m = new Menu("Help");
            bar.getMenus().add(m);
            return m;
        });
        MenuItem start = item(GETTING_STARTED, "mdi2h-help-circle-outline", h::showGettingStarted);
        MenuItem folder = item(OPEN_LOG_FOLDER, "mdi2f-folder-text-outline", h::openLogFolder);
        MenuItem about = item(ABOUT, "mdi2i-information-outline", h::showAbout);
        help.getItems().add(0, start);
        help.getItems().addAll(new SeparatorMenuItem(), folder, new SeparatorMenuItem(), about);
        return h;
    }

    public void showGettingStarted() {
        gettingStarted = show(gettingStarted, "Latent Lab: getting started",
                () -> new GettingStartedView(views, Shortcut.fromMenus(bar)), 760, 720);
    }

    public void showAbout() {
        about = show(about, "About Latent Lab", () -> new AboutView(versions.get(), Licences.shipped(), logFolder.folder()), 640, 640);
    }

    public void openLogFolder() {
        logFolder.open(cannot);
    }

    private Stage show(Stage existing, String title, Supplier<Node> page, double width, double height) {
        if (existing != null && existing.isShowing()) {
            existing.toFront();
            return existing;
        }
        Stage s = new Stage();
        s.setTitle(title);
        Scene scene = new Scene((javafx.scene.Parent) page.get(), width, height);
        Window owner = bar.getScene() == null ? null : bar.getScene().getWindow();
        if (owner != null) {
            s.initOwner(owner);
            scene.getStylesheets().setAll(bar.getScene().getStylesheets());
        }
        s.setScene(scene);
        s.show();
        return s;
    }

    private static MenuItem item(String text, String icon, Runnable action) {
        MenuItem m = new MenuItem(text, Icons.of(icon));
        m.setOnAction(e -> action.run());
        return m;
    }
}
