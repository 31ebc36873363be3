package dev.kg.build;

import dev.kg.jena.TdbStorage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which generation ({@code Data-NNNN}) of a store is its newest, the one every command opens and the next
 * build changes: how a build that keeps what it wrote in memory tells, without reading the store's record,
 * whether the store still holds it. Each build's generation is numbered one past the newest before it.
 */
final class StoreGeneration {
    private static final Pattern NUMBERED = Pattern.compile("Data-(\\d{1,9})");

    private StoreGeneration() {
    }

    /** The newest generation's name; empty when the folder holds none. */
    static Optional<String> newest(Path storeDir) {
        return TdbStorage.newestGeneration(storeDir).map(p -> p.getFileName().toString());
    }

    /** The generation's number; empty for a name that is not a numbered generation's. */
    static OptionalInt number(String generation) {
        Matcher m = NUMBERED.matcher(generation);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The generation a build wrote, when it is the store's newest now and numbered one past {@code before}, the
     * newest when the build started (empty for a new store): else another build may have written after it.
     */
    static Optional<String> writtenAfter(Path storeDir, Optional<String> before) {
        int expected = before.map(b -> number(b).orElse(-2)).orElse(0) + 1;
        return newest(storeDir).filter(n -> number(n).orElse(-1) == expected);
    }
}
