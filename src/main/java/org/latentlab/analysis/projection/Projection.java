package org.latentlab.analysis.projection;

/**
 * A way of laying codes of any width out on a plane: raw dimensions, a PCA plane, t-SNE or UMAP.
 * Runs on the caller's thread; iterative ones report to and obey the {@link ProjectionRun}.
 */
public interface Projection {
    /** The 2-D layout of the codes, one {@code {x, y}} row per code, in the codes' order. */
    float[][] layout(Codes codes, ProjectionRun run);

    /** The 2-D layout, run to its end without observers. */
    default float[][] layout(Codes codes) {
        return layout(codes, ProjectionRun.unobserved());
    }

    /** Whether a run's warm-start layout is used (else each run starts afresh). */
    default boolean warmStarts() {
        return false;
    }

    /** A short name a person reads (for a title or a file). */
    String describe();
}
