package org.latentlab.ui.projection;

/** How the codes are laid out on the scatter's plane. */
public enum ProjectionKind {
    RAW("Raw dimensions", "Two chosen code dimensions as the axes."),
    PCA("PCA", "The plane of two principal components of the codes, each with its share of their variance."),
    TSNE("t-SNE", "A map that keeps each code's nearest neighbours near: clusters show, distances between them do not."),
    UMAP("UMAP", "A map of each code's neighbourhood graph: clusters and some of their arrangement.");

    private final String title;
    private final String help;

    ProjectionKind(String title, String help) {
        this.title = title;
        this.help = help;
    }

    public String title() {
        return title;
    }

    public String help() {
        return help;
    }

    /** True for a map (t-SNE, UMAP): a point of it has no inverse, so no lattice can be decoded over it. */
    public boolean isMap() {
        return this == TSNE || this == UMAP;
    }

    @Override
    public String toString() {
        return title;
    }
}
