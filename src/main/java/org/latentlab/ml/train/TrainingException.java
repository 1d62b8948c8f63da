package org.latentlab.ml.train;

/** A run that could not go on, with one sentence a person can act on. */
public class TrainingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
