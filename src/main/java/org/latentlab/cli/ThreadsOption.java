package org.latentlab.cli;

import org.latentlab.ml.device.CpuThreads;
import picocli.CommandLine.Option;

/** {@code --threads} of the benchmarks: libtorch's intra-op threads, left to {@link CpuThreads}' default when not given. */
final class ThreadsOption {
    @Option(names = "--threads", description = "libtorch intra-op threads (default: cores − 1).")
    private Integer threads;

    /** Sets libtorch's thread count if {@code --threads} was given; call after the engine is configured. */
    void apply() {
        if (threads != null) {
            CpuThreads.set(threads);
        }
    }
}
