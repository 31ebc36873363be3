package dev.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code kg-pending.json}: written into a store's generation before a build changes it where it is, and deleted
 * once the generation's own files describe the change. It holds the manifest the generation had before, and,
 * once the build's checks have passed and before TDB2 commits, the record of the new graph. A generation that
 * holds one was left by a build that did not finish; {@link UpdateRecovery} finishes or undoes its record.
 *
 * @param before the generation's manifest before the change
 * @param after  what the generation holds once the change is committed; empty until the checks have passed
 */
record UpdateIntent(StoreManifest before, Optional<After> after) {
    static final String FILE_NAME = "kg-pending.json";
    /** The record of a large corpus is written here once more: room for a million articles, as kg-inputs.json. */
    private static final long MAX_BYTES = 768L << 20;

    /** The new graph's record: triples per graph, what it was built from, and the last full build's baseline. */
    record After(Map<String, Long> graphs, BuildInputs inputs, BuildInputsFile.Baseline baseline) {
        After {
            graphs = new TreeMap<>(graphs);
        }
    }

    static boolean existsIn(Path generation) {
        return Files.exists(generation.resolve(FILE_NAME));
    }

    /** Writes the intent into {@code generation}, replacing one there, through to the disk. */
    void writeInto(Path generation) throws IOException {
        JsonObject json = new JsonObject();
        json.put("before", before.toJson());
        after.ifPresent(a -> {
            JsonObject graphs = new JsonObject();
            a.graphs().forEach(graphs::put);
            json.put("graphs", graphs);
            json.put("inputs", BuildInputsFile.toJson(new BuildInputsFile.Contents(a.inputs(), 0, 0, a.baseline())));
        });
        StoreManifest.write(StoreManifest.next(generation, FILE_NAME), json);
        Files.move(StoreManifest.next(generation, FILE_NAME), generation.resolve(FILE_NAME),
                java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StoreManifest.syncFolder(generation);
    }

    /** The intent in {@code generation}; empty when it cannot be read as one. */
    static Optional<UpdateIntent> readFrom(Path generation) {
        return StoreManifest.parse(generation.resolve(FILE_NAME), MAX_BYTES).flatMap(json -> {
            try {
                Optional<StoreManifest> before = StoreManifest.fromJson(json.getObj("before"));
                if (before.isEmpty()) {
                    return Optional.empty();
                }
                if (!json.hasKey("graphs")) {
                    return Optional.of(new UpdateIntent(before.get(), Optional.empty()));
                }
                Map<String, Long> graphs = new TreeMap<>();
                json.getObj("graphs").forEach((g, n) -> graphs.put(g, n.getAsNumber().value().longValue()));
                return BuildInputsFile.fromJson(json.getObj("inputs")).map(c -> new UpdateIntent(before.get(),
                        Optional.of(new After(graphs, c.inputs(), c.baseline()))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    static void deleteFrom(Path generation) throws IOException {
        Files.deleteIfExists(generation.resolve(FILE_NAME));
        StoreManifest.syncFolder(generation);
    }
}
