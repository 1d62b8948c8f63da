package org.latentlab.ml.device;

import ai.djl.engine.Engine;
import ai.djl.util.Platform;
import java.util.Locale;

/** The versions of DJL and of the libtorch it loads, read from the jars without starting the engine. */
public final class EngineVersions {
    private EngineVersions() {}

    /** DJL's version ({@code 0.36.0}). */
    public static String djl() {
        try {
            return Engine.getDjlVersion();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The libtorch this build loads, with its flavour: {@code 2.7.1 (cpu)}; a local libtorch named by
     * {@code PYTORCH_LIBRARY_PATH} or one DJL fetches at first use says so.
     */
    public static String libtorch() {
        String local = System.getenv("PYTORCH_LIBRARY_PATH");
        String version = System.getenv("PYTORCH_VERSION");
        String flavor = System.getenv("PYTORCH_FLAVOR");
        boolean fetched = false;
        try {
            Platform p = Platform.detectPlatform("pytorch");
            version = version == null || version.isBlank() ? p.getVersion() : version;
            flavor = flavor == null || flavor.isBlank() ? p.getFlavor() : flavor;
            fetched = p.isPlaceholder();
        } catch (RuntimeException e) {
            version = version == null ? "unknown" : version;
        }
        StringBuilder b = new StringBuilder(withoutBuildDate(version));
        if (flavor != null && !flavor.isBlank()) {
            b.append(" (").append(flavor.toLowerCase(Locale.ROOT)).append(')');
        }
        if (local != null && !local.isBlank()) {
            b.append(", from ").append(local);
        } else if (fetched) {
            b.append(", downloaded by DJL at first use");
        }
        return b.toString();
    }

    /** {@code 2.7.1} for the native jar's {@code 2.7.1-20250812}. */
    static String withoutBuildDate(String version) {
        return version.replaceFirst("-\\d{8}$", "");
    }
}
