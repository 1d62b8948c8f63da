package org.latentlab.ml.model;

import java.util.Locale;

/** The autoencoder variants of the course, each with a plain-language description for the window. */
public enum Variant {
    UNDERCOMPLETE("Undercomplete",
            "A dense encoder squeezes each image through a code smaller than the input, and a decoder "
                    + "rebuilds it. With only two code units the network must keep what matters most: "
                    + "watch the digits sort themselves into clusters in the latent plane.");

    private final String title;
    private final String description;

    Variant(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** The command-line name, e.g. {@code undercomplete}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    /** Two or three sentences: the restriction on the code and what to look for in the plots. */
    public String description() {
        return description;
    }

    /** Parses a command-line name, with one sentence listing the names when it is not one. */
    public static Variant fromId(String id) {
        for (Variant v : values()) {
            if (v.id().equalsIgnoreCase(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a variant: use one of "
                + java.util.Arrays.stream(values()).map(Variant::id).toList() + ".");
    }

    @Override
    public String toString() {
        return title;
    }
}
