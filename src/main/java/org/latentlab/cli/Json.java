package org.latentlab.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintWriter;

/** Prints one JSON object on stdout, as every command's {@code --json} does. */
final class Json {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();

    private Json() {}

    static com.google.gson.JsonArray array(double[] values) {
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    static void print(PrintWriter out, JsonObject o) {
        out.println(GSON.toJson(o));
        out.flush();
    }
}
