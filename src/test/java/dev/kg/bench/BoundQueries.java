package dev.kg.bench;

import dev.kg.query.BoundQuery;
import dev.kg.query.SavedQueries;
import dev.kg.store.GraphStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each saved query with its parameters written in (as kg runs it), one file per spec, for sending to
 * SPARQL endpoints over HTTP: FILE is DIR/N.rq, N the spec's position. Prints "spec FILE" per spec.
 * Usage: BoundQueries PROJECT STORE DIR NAME[:PARAM=VALUE,...] ...
 */
public final class BoundQueries {
    private BoundQueries() {
    }

    public static void main(String[] args) throws IOException {
        SavedQueries saved = new SavedQueries(Path.of(args[0]).resolve("queries"));
        Path dir = Files.createDirectories(Path.of(args[2]));
        try (GraphStore store = GraphStore.openExisting(Path.of(args[1]))) {
            String[] specs = Arrays.copyOfRange(args, 3, args.length);
            for (int i = 0; i < specs.length; i++) {
                String[] parts = specs[i].split(":", 2);
                Map<String, String> params = new LinkedHashMap<>();
                if (parts.length > 1 && !parts[1].isEmpty()) {
                    for (String p : parts[1].split(",")) {
                        params.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
                    }
                }
                Path file = dir.resolve(i + ".rq");
                Files.writeString(file, BoundQuery.text(store, saved.resolve(parts[0]), params));
                System.out.println(specs[i] + " " + file);
            }
        }
    }
}
