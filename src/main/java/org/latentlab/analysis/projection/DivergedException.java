package org.latentlab.analysis.projection;

/** An iterative projection whose layout stopped being finite; it carries the last finite layout. */
public final class DivergedException extends RuntimeException {
    private final transient float[][] lastGood;

    DivergedException(String sentence, float[][] lastGood) {
        super(sentence);
        this.lastGood = lastGood;
    }

    /** The last layout that was all finite numbers (the warm start or first one when none was). */
    public float[][] lastGood() {
        return lastGood;
    }
}
