package dev.kg.store;

import dev.kg.jena.TdbLock;
import java.nio.file.Path;

/** The store folder's lock, taken without opening the store; a clear error when another process has it. */
final class StoreLock implements AutoCloseable {
    private final TdbLock lock;

    private StoreLock(TdbLock lock) {
        this.lock = lock;
    }

    /** Takes the lock of the store folder {@code dir} (created when missing), or says which process has it. */
    static StoreLock take(Path dir) {
        try {
            return new StoreLock(TdbLock.take(dir));
        } catch (RuntimeException e) {
            throw GraphStore.cannotOpen(dir, e);
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
