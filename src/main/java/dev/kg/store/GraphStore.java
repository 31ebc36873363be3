package dev.kg.store;

import dev.kg.error.KgException;
import dev.kg.rdf.Prefixes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * The TDB2 store that keeps the graph. Every change happens in one write transaction, so a failed or
 * killed build leaves the previous graph as it was.
 */
public final class GraphStore {
    private final DatasetGraph dataset;
    private final String name;

    private GraphStore(DatasetGraph dataset, String name) {
        this.dataset = dataset;
        this.name = name;
    }

    /** An in-memory TDB2 store, for tests and throwaway use. */
    public static GraphStore inMemory() {
        return new GraphStore(DatabaseMgr.createDatasetGraph(), "memory");
    }

    /** True when the folder holds a TDB2 database. */
    public static boolean holdsGraph(Path dir) {
        return Files.isDirectory(dir) && DatabaseOps.findStorageLocation(dir) != null;
    }

    /** The store a build wrote; a clear error when there is none. */
    public static GraphStore openExisting(Path dir) {
        if (!holdsGraph(dir)) {
            throw KgException.input(dir + ": no graph here — run 'kg build' first, or point --store at a store that kg built");
        }
        return connect(dir);
    }

    /** The store at the folder, created (with its parents) when missing. */
    public static GraphStore openOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw KgException.input(dir + ": cannot create the store folder (" + e.getClass().getSimpleName()
                    + ") — choose a writable place with --store", e);
        }
        return connect(dir);
    }

    private static GraphStore connect(Path dir) {
        try {
            return new GraphStore(DatabaseMgr.connectDatasetGraph(Location.create(dir)), dir.toString());
        } catch (RuntimeException e) {
            throw KgException.input(dir + ": cannot open the store (" + e.getMessage()
                    + ") — check that no other program uses it and that it was built by kg", e);
        }
    }

    /** Replaces everything in the store with the given quads, in one write transaction. */
    public void replaceWith(DatasetGraph content) {
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            content.find().forEachRemaining(dataset::add);
            dataset.prefixes().clear();
            Prefixes.STANDARD.getNsPrefixMap().forEach(dataset.prefixes()::add);
        });
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public String toString() {
        return name;
    }
}
