package org.latentlab.data;

import java.util.concurrent.CancellationException;

/** Raised inside a {@link DatasetReader} when the caller cancelled the read through its {@link ReadProgress}. */
public class ReadCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public ReadCancelledException(String what) {
        super("Reading " + what + " was cancelled.");
    }
}
