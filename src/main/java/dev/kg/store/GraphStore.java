package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The TDB2 store that keeps the graph. A full build loads a whole new graph beside the current one and swaps it
 * in at once (see {@link GraphReplacement}); a change to some articles is one TDB2 write transaction on the graph
 * where it is ({@link InPlaceUpdate}). Either way a failed or killed build leaves the previous graph or the new one.
 * Every open first checks the store against the manifest its build wrote ({@link GenerationCheck}); a
 * damaged store is never read, and a build replaces it without opening it.
 */
public final class GraphStore implements AutoCloseable {
    private final DatasetGraph dataset;
    private final Path dir;
    private final StoreManifest manifest;

    private GraphStore(DatasetGraph dataset, Path dir, StoreManifest manifest) {
        this.dataset = dataset;
        this.dir = dir;
        this.manifest = manifest;
    }

    /** True when the folder holds a TDB2 database. */
    public static boolean holdsGraph(Path dir) {
        return Files.isDirectory(dir) && TdbStorage.newestGeneration(dir).isPresent();
    }

    /**
     * The store a build wrote, checked against its manifest before Jena opens it; a clear error when there is
     * none, when it is damaged, or when another process has it.
     */
    public static GraphStore openExisting(Path dir) {
        refuseFile(dir);
        if (!holdsGraph(dir)) {
            throw new KgException(ErrorCode.NO_GRAPH,
                    dir + ": no graph here — run 'kg build' first, or point --store at a store that kg built");
        }
        UpdateRecovery.ifInterrupted(dir);
        StoreManifest checked;
        Optional<StoreStamp> stamp;
        try (StoreLock lock = StoreLock.take(dir)) {
            checked = GenerationCheck.onOpen(dir);
            stamp = StoreStamp.of(dir.resolve(checked.generation()));
        }
        // TDB2 takes the lock again to open the store; a build may have written meanwhile, where the graph is or
        // as a new generation: then the store, now held by this process, is checked again.
        GraphStore store = connect(dir, checked);
        if (stamp.isEmpty() || !StoreStamp.of(TdbStorage.openGeneration(store.dataset)).equals(stamp)) {
            try {
                store = new GraphStore(store.dataset, dir, GenerationCheck.onOpen(dir));
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    /** {@code kg check}: every file, the zeros after the data, and the triples in each graph, against the manifest. */
    public static StoreCheck check(Path dir) {
        try (GraphStore store = openExisting(dir)) {
            StoreManifest m = store.manifest;
            GenerationCheck.zerosAfterData(dir, m);
            Map<String, Long> graphs = GenerationCheck.triplesPerGraph(dir, m, store.read(store::triplesPerGraph));
            return new StoreCheck(dir, m.generation(), m.files().size(), m.bytes(), graphs, m.kgVersion(), m.jenaVersion(),
                    GenerationSwap.size(dir.resolve(m.generation())));
        }
    }

    /** Triples per graph IRI, the default graph (which kg leaves empty) under {@link StoreCheck#DEFAULT_GRAPH}. */
    private Map<String, Long> triplesPerGraph() {
        return triplesPerGraph(dataset);
    }

    /** As {@link #triplesPerGraph()}, of {@code dataset}, inside a read transaction. */
    static Map<String, Long> triplesPerGraph(DatasetGraph dataset) {
        Map<String, Long> counts = new TreeMap<>();
        dataset.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(), (long) dataset.getGraph(g).size()));
        // Straight from the default graph's own index, whatever union setting the dataset carries.
        long outside = Iter.count(dataset.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY));
        if (outside > 0) {
            counts.put(StoreCheck.DEFAULT_GRAPH, outside);
        }
        return counts;
    }

    private static void refuseFile(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new KgException(ErrorCode.STORE_IS_FILE,
                    dir + ": is a file, not a store folder — point --store at a folder");
        }
    }

    /** A folder that holds neither a graph nor only TDB2's lock file is someone else's. */
    private static void refuseForeign(Path dir) {
        if (!Files.isDirectory(dir) || holdsGraph(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.anyMatch(p -> !p.getFileName().toString().equals(StoreManifest.LOCK_FILE))) {
                throw new KgException(ErrorCode.FOREIGN_FOLDER,
                        dir + ": this folder holds other files and no kg store, so kg will not write into it"
                        + " — point --store at an empty or new folder");
            }
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE,
                    dir + ": cannot list the store folder (" + e.getClass().getSimpleName()
                    + ") — check its permissions", e);
        }
    }

    private static GraphStore connect(Path dir, StoreManifest manifest) {
        try {
            return new GraphStore(DatabaseMgr.connectDatasetGraph(dir.toString()), dir, manifest);
        } catch (RuntimeException e) {
            throw cannotOpen(dir, e);
        }
    }

    /** What TDB2's refusal to open or lock the store means to the user: busy when another process has it. */
    static KgException cannotOpen(Path dir, RuntimeException e) {
        OptionalLong holder = TdbStorage.lockHolder(e);
        if (holder.isPresent()) {
            return new KgException(ErrorCode.STORE_BUSY, dir + ": the store is busy: process " + holder.getAsLong()
                    + " (another kg build, query or serve) is using it — wait for it to finish, then try again", e);
        }
        return new KgException(ErrorCode.STORE_UNUSABLE, dir + ": cannot open the store (" + e.getMessage()
                + ") — check that no other program uses it and that it was built by kg", e);
    }

    /**
     * Replaces everything in the store at {@code dir} with the graph that {@code writer} loads, once
     * {@code verdict} (run once the new graph's indexes are written) has returned the triples in each named
     * graph. Only then is the store's lock taken, and the store created when missing; the store itself is
     * never opened, so a damaged one is replaced like any other. When either throws, or when the process dies
     * at any point, the store is as it was.
     */
    public static void replace(Path dir, Consumer<GraphReplacement> writer, Supplier<Map<String, Long>> verdict) {
        replace(dir, Loader.PACKED, writer, verdict);
    }

    /** As {@link #replace(Path, Consumer, Supplier)}, loading the new graph with {@code loader}. */
    public static void replace(Path dir, Loader loader, Consumer<GraphReplacement> writer, Supplier<Map<String, Long>> verdict) {
        rebuild(dir, loader, writer, () -> new BuiltGraph(verdict.get(), null));
    }

    /**
     * As {@link #replace(Path, Loader, Consumer, Supplier)}, recording what the graph was built from beside it;
     * returns the new generation's size and the write's stamp.
     */
    public static StoreWrite rebuild(Path dir, Loader loader, Consumer<? super GraphReplacement> writer, Supplier<BuiltGraph> verdict) {
        refuseFile(dir);
        refuseForeign(dir);
        try (GraphReplacement replacement = GraphReplacement.of(dir, loader)) {
            replacement.start();
            return GenerationSwap.swap(dir, replacement, writer, verdict);
        }
    }

    /**
     * The generation the store's last build left, checked as every open checks it but for the files' data, which
     * {@link #update} checks before it changes them; empty when the folder holds no graph. Throws
     * {@code store-damaged} when it does not match its manifest.
     */
    public static Optional<PreviousBuild> previous(Path dir) {
        refuseFile(dir);
        if (!holdsGraph(dir)) {
            return Optional.empty();
        }
        UpdateRecovery.ifInterrupted(dir);
        // Without the lock, so that a build with nothing to write works while a query has the store open; what
        // looks damaged is looked at again under the lock, since a change may be under way.
        StoreManifest manifest;
        try {
            manifest = GenerationCheck.withoutData(dir);
        } catch (KgException e) {
            if (e.code() != ErrorCode.STORE_DAMAGED) {
                throw e;
            }
            try (StoreLock lock = StoreLock.take(dir)) {
                manifest = GenerationCheck.withoutData(dir);
            }
        }
        StoreManifest checked = manifest;
        Path generation = dir.resolve(checked.generation());
        Optional<StoreStamp> stamp = StoreStamp.of(generation);
        Optional<BuildInputsFile.Contents> contents = BuildInputsFile.read(generation);
        if (stamp.isEmpty() || !StoreStamp.of(generation).equals(stamp)) {
            throw new KgException(ErrorCode.STORE_BUSY, dir + ": another kg build changed the store's graph while this one"
                    + " read it — run 'kg build' again");
        }
        return Optional.of(new PreviousBuild(stamp.orElseThrow(() -> GenerationCheck.damaged(dir,
                        checked.generation() + "/" + StoreManifest.FILE_NAME + " cannot be read")),
                contents.map(BuildInputsFile.Contents::inputs),
                contents.map(c -> StoreSize.of(DataExtent.of(checked.files()), c.triples(), c.baseline())).orElse(new StoreSize(0, 0)),
                contents.map(BuildInputsFile.Contents::baseline)));
    }

    /** The stamp of the store's newest generation: which write it holds; empty when there is none, or no manifest. */
    public static Optional<StoreStamp> stamp(Path dir) {
        return TdbStorage.newestGeneration(dir).flatMap(StoreStamp::of);
    }

    /** Checks the store's newest generation as every open does, data included: {@code store-damaged} if it does not match. */
    public static void verify(Path dir) {
        try {
            GenerationCheck.onOpen(dir);
        } catch (KgException e) {
            if (e.code() != ErrorCode.STORE_DAMAGED) {
                throw e;
            }
            try (StoreLock lock = StoreLock.take(dir)) {
                GenerationCheck.onOpen(dir);
            }
        }
    }

    /** The triples in each named graph (by IRI) that the build of {@code previous} recorded. */
    public static Map<String, Long> recordedTriples(Path dir, PreviousBuild previous) {
        return StoreManifest.graphsIn(dir.resolve(previous.generation())).orElseThrow(() -> GenerationCheck.damaged(dir,
                previous.generation() + "/" + StoreManifest.GRAPHS_FILE + " cannot be read"));
    }

    /**
     * Changes the graph of {@code previous}, the store's newest generation, where it is: the named graphs
     * {@code removed} are taken out, and each graph {@code writer} sends replaces the one of its name, in one write
     * transaction, committed once {@code verdict} has passed ({@link InPlaceUpdate}). Throws {@code store-damaged},
     * before {@code writer} runs, when the generation's data is not what its manifest says. When anything throws,
     * the store holds the previous graph; when the process dies, the next open finishes the change or undoes it.
     * Returns the generation's new size and the write's stamp.
     */
    public static StoreWrite update(Path dir, PreviousBuild previous, List<Node> removed, Consumer<? super GraphSink> writer,
                                   Supplier<BuiltGraph> verdict) {
        return InPlaceUpdate.run(dir.toAbsolutePath().normalize(), previous, removed, writer, verdict);
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** The generation folder's name ({@code Data-NNNN}) that this store has open. */
    private String generation() {
        return TdbStorage.openGeneration(dataset).getFileName().toString();
    }

    /** Lets go of the store and its lock, so that another process can open it while this one goes on. */
    @Override
    public void close() {
        TdbStorage.release(dataset);
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
