package dev.kg.store;

import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/**
 * TDB2's own lock on a store folder ({@code tdb.lock}), the one every TDB2 process takes to open the store,
 * taken here without opening it: a damaged store is checked and replaced under it without being read.
 */
final class StoreLock implements AutoCloseable {
    /** Null when this process already holds the lock through a store it has open. */
    private final ProcessFileLock lock;

    private StoreLock(ProcessFileLock lock) {
        this.lock = lock;
    }

    /** Takes the lock of the store folder {@code dir} (created when missing), or says which process has it. */
    static StoreLock take(Path dir) {
        ProcessFileLock lock;
        try {
            lock = DatabaseConnection.lockForLocation(Location.create(dir));
        } catch (RuntimeException e) {
            throw GraphStore.cannotOpen(dir, e);   // the lock file cannot be made: a read-only or odd folder
        }
        if (lock.isLockedHere()) {
            return new StoreLock(null);
        }
        try {
            lock.lockEx();
        } catch (DBOpEnvException e) {
            ProcessFileLock.release(lock);
            throw GraphStore.cannotOpen(dir, e);
        }
        return new StoreLock(lock);
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }
}
