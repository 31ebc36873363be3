package dev.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Which write of a store's graph its newest generation holds: the generation's name and a checksum of its
 * manifest, which every write rewrites (a change made where the data is keeps the name). A process that keeps
 * what it wrote in memory compares stamps to tell whether the store still holds it.
 *
 * @param generation the generation folder's name, {@code Data-NNNN}
 * @param manifest   CRC32C of the generation's {@code kg-manifest.json}
 */
public record StoreStamp(String generation, long manifest) {

    /** The stamp of the generation folder {@code generation}; empty when its manifest cannot be read. */
    static Optional<StoreStamp> of(Path generation) {
        try {
            CRC32C crc = new CRC32C();
            crc.update(Files.readAllBytes(generation.resolve(StoreManifest.FILE_NAME)));
            return Optional.of(new StoreStamp(generation.getFileName().toString(), crc.getValue()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
