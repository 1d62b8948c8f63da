package org.latentlab.ui.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The licences of the shipped data sets, models and libraries, as Help › About lists them (from {@code licences.tsv}). */
public final class Licences {
    /** One row: data, models or library; its name; what it is; its licence. */
    public record Entry(String kind, String name, String what, String licence) {}

    private Licences() {}

    public static List<Entry> shipped() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = Licences.class.getResourceAsStream("licences.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    out.add(new Entry(f[0], f[1], f[2], f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
