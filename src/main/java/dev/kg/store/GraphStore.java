package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import dev.kg.rdf.Prefixes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The TDB2 store that keeps the graph. A build loads a whole new graph beside the current one and swaps it in
 * at once (see {@link GraphReplacement}), so a failed or killed build leaves the previous graph as it was.
 */
public final class GraphStore implements AutoCloseable {
    private static final Pattern GENERATION = Pattern.compile("Data-\\d+");
    private final DatasetGraph dataset;
    private final Path dir;
    private boolean replaced;

    private GraphStore(DatasetGraph dataset, Path dir) {
        this.dataset = dataset;
        this.dir = dir;
    }

    /** True when the folder holds a TDB2 database. */
    public static boolean holdsGraph(Path dir) {
        return Files.isDirectory(dir) && TdbStorage.newestGeneration(dir).isPresent();
    }

    /** The store a build wrote; a clear error when there is none. */
    public static GraphStore openExisting(Path dir) {
        refuseFile(dir);
        if (!holdsGraph(dir)) {
            throw new KgException(ErrorCode.NO_GRAPH,
                    dir + ": no graph here — run 'kg build' first, or point --store at a store that kg built");
        }
        return connect(dir);
    }

    /** The store at the folder, created (with its parents) when missing. */
    public static GraphStore openOrCreate(Path dir) {
        refuseFile(dir);
        refuseForeign(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE,
                    dir + ": cannot create the store folder (" + e.getClass().getSimpleName()
                    + ") — choose a writable place with --store", e);
        }
        return connect(dir);
    }

    private static void refuseFile(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new KgException(ErrorCode.STORE_IS_FILE,
                    dir + ": is a file, not a store folder — point --store at a folder");
        }
    }

    private static void refuseForeign(Path dir) {
        if (Files.isDirectory(dir) && !holdsGraph(dir) && !isEmpty(dir)) {
            throw new KgException(ErrorCode.FOREIGN_FOLDER,
                    dir + ": this folder holds other files and no kg store, so kg will not write into it"
                    + " — point --store at an empty or new folder");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE,
                    dir + ": cannot list the store folder (" + e.getClass().getSimpleName()
                    + ") — check its permissions", e);
        }
    }

    private static GraphStore connect(Path dir) {
        try {
            return new GraphStore(DatabaseMgr.connectDatasetGraph(dir.toString()), dir);
        } catch (RuntimeException e) {
            // TDB2 allows one process per store; its lock names the process that holds it.
            OptionalLong holder = TdbStorage.lockHolder(e);
            if (holder.isPresent()) {
                throw new KgException(ErrorCode.STORE_BUSY, dir + ": the store is busy: process " + holder.getAsLong()
                        + " (another kg build, query or serve) is using it — wait for it to finish, then try again", e);
            }
            throw new KgException(ErrorCode.STORE_UNUSABLE, dir + ": cannot open the store (" + e.getMessage()
                    + ") — check that no other program uses it and that it was built by kg", e);
        }
    }

    /**
     * Replaces everything in the store at {@code dir} with the graph that {@code writer} loads, once
     * {@code verdict} (run once the new graph's indexes are written) has returned without throwing. The store is
     * opened, and created when missing, only then: when either throws, or when the process dies at any
     * point, the store is as it was.
     */
    public static void replace(Path dir, Consumer<GraphReplacement> writer, Runnable verdict) {
        replace(dir, Loader.PACKED, writer, verdict);
    }

    /** As {@link #replace(Path, Consumer, Runnable)}, loading the new graph with {@code loader}. */
    public static void replace(Path dir, Loader loader, Consumer<GraphReplacement> writer, Runnable verdict) {
        refuseFile(dir);
        refuseForeign(dir);
        try (GraphReplacement replacement = GraphReplacement.of(dir, loader)) {
            writer.accept(replacement);
            replacement.finish(Prefixes.STANDARD, verdict);
            try (GraphStore store = openOrCreate(dir)) {
                replacement.moveInto(dir);
                store.replaced = true;
            }
        }
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Lets go of the store and its lock, so that another process can open it while this one goes on. */
    @Override
    public void close() {
        TdbStorage.release(dataset);
        if (replaced) {
            deleteOldGenerations();
        }
    }

    /** The generations before the newest, which a replacement leaves behind and nothing opens again. */
    private void deleteOldGenerations() {
        Path newest = TdbStorage.newestGeneration(dir).orElse(null);
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches() && !p.equals(newest))
                    .forEach(GraphReplacement::deleteTree);
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, dir + ": cannot remove the previous graph's files ("
                    + e.getClass().getSimpleName() + ") — the new graph is in place; check the folder's permissions", e);
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
