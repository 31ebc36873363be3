package dev.kg.jena;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store's files: its data generations ({@code Data-0001}, {@code Data-0002}, …, of which TDB2 opens
 * the newest, and which its compaction adds one at a time), releasing them, and the process holding its lock.
 */
public final class TdbStorage {
    /** The generation a new database starts with. */
    public static final String FIRST_GENERATION = DatabaseOps.dbNameBase + DatabaseOps.SEP + DatabaseOps.startCount;
    /** The text of the DBOpEnvException that TDB2's ProcessFileLock throws when another process holds the lock. */
    private static final Pattern LOCK_HOLDER = Pattern.compile("Failed to get a lock: .*held by process (\\d+)");

    private TdbStorage() {
    }

    /** The newest generation of the store at {@code storeDir}, the one TDB2 opens; empty when there is none. */
    public static Optional<Path> newestGeneration(Path storeDir) {
        // Internal: DatabaseOps. No public API names the generation folders; DatabaseMgr.compact moves between them.
        return Optional.ofNullable(DatabaseOps.findStorageLocation(storeDir));
    }

    /** The generation that comes after the newest of the store at {@code storeDir}. */
    public static Path nextGeneration(Path storeDir) {
        int newest = newestGeneration(storeDir)
                .map(p -> Integer.parseInt(p.getFileName().toString().substring(DatabaseOps.dbNameBase.length() + DatabaseOps.SEP.length())))
                .orElse(0);
        return storeDir.resolve(DatabaseOps.dbNameBase + DatabaseOps.SEP + "%04d".formatted(newest + 1));
    }

    /**
     * Lets go of a store this process opened: its files, memory maps and lock, so that its folders can be moved
     * or deleted and another process can open it.
     */
    public static void release(DatasetGraph dataset) {
        // Internal: TDBInternal.expel. DatasetGraph.close() keeps TDB2's connection to the location open.
        TDBInternal.expel(dataset);
    }

    /** The generation folder that an open store reads. */
    public static Path openGeneration(DatasetGraph dataset) {
        // Internal: TDBInternal.getDatasetGraphTDB. DatasetGraph has no public accessor for its files.
        return Path.of(TDBInternal.getDatasetGraphTDB(dataset).getLocation().getDirectoryPath());
    }

    /**
     * The process that holds the lock of a store that could not be opened because of {@code failure}; empty when
     * the failure is not another process's lock.
     */
    public static OptionalLong lockHolder(RuntimeException failure) {
        // Text-based: DBOpEnvException has no field for the process; JenaMessagesTest pins the text to this Jena.
        if (failure instanceof DBOpEnvException) {
            Matcher holder = LOCK_HOLDER.matcher(String.valueOf(failure.getMessage()));
            if (holder.find()) {
                return OptionalLong.of(Long.parseLong(holder.group(1)));
            }
        }
        return OptionalLong.empty();
    }
}
