package org.latentlab.cli;

import ai.djl.engine.Engine;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.latentlab.data.DatasetCatalog;
import org.latentlab.ml.device.Devices;
import org.latentlab.ml.device.EngineSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code info}: the engine, the devices it finds and the shipped data sets. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the deep-learning engine, its devices and the shipped data sets.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        EngineSetup.configure();
        PrintWriter stdout = spec.commandLine().getOut();
        Engine engine = Engine.getInstance();
        JsonArray devices = new JsonArray();
        Devices.available().forEach(d -> devices.add(d.id()));
        JsonArray datasets = new JsonArray();
        DatasetCatalog.shipped().forEach(d -> datasets.add(d.name()));
        if (output.requested()) {
            JsonObject o = new JsonObject();
            o.addProperty("engine", engine.getEngineName());
            o.addProperty("engine_version", engine.getVersion());
            o.addProperty("djl_version", Engine.getDjlVersion());
            o.add("devices", devices);
            o.add("datasets", datasets);
            Json.print(stdout, o);
        } else {
            stdout.printf("engine    %s %s (DJL %s)%n", engine.getEngineName(), engine.getVersion(), Engine.getDjlVersion());
            stdout.printf("devices   %s%n", String.join(", ", Devices.available().stream().map(Devices.Choice::id).toList()));
            DatasetCatalog.shipped().forEach(d -> stdout.printf("dataset   %-12s %s%n", d.name(), d.title()));
        }
        return 0;
    }
}
