package org.latentlab.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.latentlab.ml.device.EngineVersions;

/**
 * The versions a bug report and Help › About name: the app, Java, JavaFX, DJL, libtorch and the
 * operating system; none of them starts the training engine.
 */
public record AppVersions(String app, String java, String javaFx, String djl, String libtorch, String os) {

    /** The versions of this process. */
    public static AppVersions current() {
        return new AppVersions(appVersion(),
                System.getProperty("java.runtime.version", System.getProperty("java.version")) + " (" + System.getProperty("java.vendor", "") + ")",
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown")),
                EngineVersions.djl(), EngineVersions.libtorch(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
    }

    /** One line per version, as Copy details and About give them. */
    public String lines() {
        return String.join(System.lineSeparator(),
                "Latent Lab " + app, "Java " + java, "JavaFX " + javaFx, "DJL " + djl, "libtorch " + libtorch, "OS " + os);
    }

    /** The packaged app's version, else the one the build wrote into the jar. */
    static String appVersion() {
        String packaged = System.getProperty("jpackage.app-version");
        if (packaged != null && !packaged.isBlank()) {
            return packaged;
        }
        Properties p = new Properties();
        try (InputStream in = AppVersions.class.getResourceAsStream("/latentlab-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // No build properties: a build without them says so below.
        }
        String built = p.getProperty("app.version", "");
        return built.isBlank() || built.startsWith("${") ? "(development build)" : built;
    }
}
