package org.latentlab.ml.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which devices DJL finds, and which one a run uses when a person asks for one. */
public final class Devices {
    private Devices() {}

    /** A device a person can choose, by its command-line id ({@code cpu}, {@code gpu:0}). */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The outcome of a request: the device used, and a sentence when it is not the one asked for. */
    public record Resolution(Device device, String id, Optional<String> warning) {}

    /** The CPU and every CUDA device DJL finds. */
    public static List<Choice> available() {
        EngineSetup.configure();
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("cpu", "CPU"));
        int gpus = gpuCount();
        for (int i = 0; i < gpus; i++) {
            out.add(new Choice("gpu:" + i, "CUDA GPU " + i));
        }
        return out;
    }

    /** Number of CUDA devices the engine can use (0 with the CPU build of libtorch). */
    public static int gpuCount() {
        EngineSetup.configure();
        return Engine.getInstance().getGpuCount();
    }

    /**
     * Resolves {@code cpu}, {@code gpu} or {@code gpu:N}. A GPU that does not exist falls back to
     * the CPU with one sentence saying so; an id that is not a device at all is refused.
     */
    public static Resolution resolve(String request) {
        String r = request == null ? "cpu" : request.trim().toLowerCase();
        if (r.equals("cpu")) {
            return new Resolution(Device.cpu(), "cpu", Optional.empty());
        }
        int index;
        if (r.equals("gpu") || r.equals("cuda")) {
            index = 0;
        } else if (r.matches("(gpu|cuda):\\d{1,3}")) {
            index = Integer.parseInt(r.substring(r.indexOf(':') + 1));
        } else {
            throw new IllegalArgumentException("'" + request + "' is not a device: use cpu, gpu or gpu:N.");
        }
        int gpus = gpuCount();
        if (index < gpus) {
            return new Resolution(Device.gpu(index), "gpu:" + index, Optional.empty());
        }
        String why = gpus == 0
                ? "No CUDA GPU is available to this build (see the README for the -Pcuda build), so training runs on the CPU."
                : "There is no GPU " + index + " (found " + gpus + "), so training runs on the CPU.";
        return new Resolution(Device.cpu(), "cpu", Optional.of(why));
    }
}
