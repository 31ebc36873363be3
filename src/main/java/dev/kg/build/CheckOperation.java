package dev.kg.build;

import dev.kg.store.GraphStore;
import dev.kg.store.StoreCheck;
import java.nio.file.Path;

/**
 * Checks a store against the manifest its build wrote, in full: the checksum and size of every file, the
 * zeros after each file's data, and the triples in each named graph. Every command checks the first two on
 * open; this adds the rest, and reads the whole store.
 */
public final class CheckOperation {
    private CheckOperation() {
    }

    /** The store as its build wrote it; a {@code store-damaged} error at the first difference. */
    public static StoreCheck check(Path storeDir) {
        return GraphStore.check(storeDir);
    }
}
