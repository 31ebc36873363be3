package dev.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code kg-pending.json}: written into a store's generation before a build changes it where it is, and deleted
 * once the generation's manifest describes the change. It holds the manifest the generation had before, and
 * whether the build's checks had passed and its record of the new graph was written beside its place
 * ({@link StoreManifest#writeRecord}) before TDB2 committed. A generation that holds one was left by a build that
 * did not finish; {@link UpdateRecovery} finishes or undoes its record.
 *
 * @param before     the generation's manifest before the change
 * @param committing true once the new record is written and TDB2 may commit
 */
record UpdateIntent(StoreManifest before, boolean committing) {
    static final String FILE_NAME = "kg-pending.json";
    private static final long MAX_BYTES = 1 << 20;

    static boolean existsIn(Path generation) {
        return Files.exists(generation.resolve(FILE_NAME));
    }

    /** Writes the intent into {@code generation}, replacing one there, through to the disk. */
    void writeInto(Path generation) throws IOException {
        JsonObject json = new JsonObject();
        json.put("before", before.toJson());
        json.put("committing", committing);
        StoreManifest.write(StoreManifest.next(generation, FILE_NAME), json);
        Files.move(StoreManifest.next(generation, FILE_NAME), generation.resolve(FILE_NAME),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        StoreManifest.syncFolder(generation);
    }

    /** The intent in {@code generation}; empty when it cannot be read as one. */
    static Optional<UpdateIntent> readFrom(Path generation) {
        return StoreManifest.parse(generation.resolve(FILE_NAME), MAX_BYTES).flatMap(json -> {
            try {
                boolean committing = json.get("committing").getAsBoolean().value();
                return StoreManifest.fromJson(json.getObj("before")).map(before -> new UpdateIntent(before, committing));
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
