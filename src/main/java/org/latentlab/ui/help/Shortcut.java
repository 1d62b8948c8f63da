package org.latentlab.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** A key and what it does, as the menus name them. */
public record Shortcut(String keys, String action) {

    /**
     * Every shortcut the menus show: an item's accelerator, or the key its text names after a tab
     * ({@code Train / Pause\tSpace}, handled by the window's key filter), with the menu it is in.
     */
    public static List<Shortcut> fromMenus(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, m.getText(), out);
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), out);
                continue;
            }
            String text = item.getText();
            if (text == null || text.isBlank()) {
                continue;
            }
            int tab = text.indexOf('\t');
            if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), path + " › " + (tab < 0 ? text : text.substring(0, tab))));
            } else if (tab >= 0) {
                out.add(new Shortcut(text.substring(tab + 1).strip(), path + " › " + text.substring(0, tab).strip()));
            }
        }
    }
}
