package org.latentlab.analysis.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The validation codes of the shipped 16-D convolutional model, read once per test run. */
final class ShippedCodes {
    static final Path FILE = Path.of("models/mnist-convolutional/codes.csv");
    private static Codes codes;

    private ShippedCodes() {}

    /** The first {@code n} codes (all of them when there are fewer). */
    static synchronized Codes first(int n) {
        if (codes == null) {
            try {
                codes = Codes.readCsv(FILE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return codes.head(n);
    }
}
