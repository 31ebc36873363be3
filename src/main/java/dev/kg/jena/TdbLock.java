package dev.kg.jena;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/**
 * TDB2's own lock on a store folder ({@code tdb.lock}), the one every TDB2 process takes to open the store,
 * taken without opening the store, so that a damaged store can be checked and replaced without being read.
 */
public final class TdbLock implements AutoCloseable {
    /** Null when this process already holds the lock through a store it has open. */
    private final ProcessFileLock lock;

    private TdbLock(ProcessFileLock lock) {
        this.lock = lock;
    }

    /**
     * Takes the lock of the store folder {@code dir} (created when missing); throws TDB2's own exception when
     * another process holds it ({@link TdbStorage#lockHolder} names that process) or the lock file cannot be made.
     */
    public static TdbLock take(Path dir) {
        // Internal: DatabaseConnection.lockForLocation. The public DatabaseMgr.connectDatasetGraph takes the same
        // lock only while opening the store, which a damaged store must not be.
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(dir));
        if (lock.isLockedHere()) {
            return new TdbLock(null);
        }
        try {
            lock.lockEx();
        } catch (RuntimeException e) {
            ProcessFileLock.release(lock);
            throw e;
        }
        return new TdbLock(lock);
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }
}
