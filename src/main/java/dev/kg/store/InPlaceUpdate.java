package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * A change to the store's graph made where it is, in one TDB2 write transaction on its newest generation: the
 * named graphs of changed and removed articles are taken out, and each graph the build sends replaces the one
 * of that name. TDB2's journal makes the transaction all or nothing; around it, {@link UpdateIntent} tells a
 * later open what the generation's own files (manifest, graph counts, inputs) must say when a build dies
 * before it has rewritten them.
 * <p>
 * The order: the graphs the build sends are kept until its checks have passed (a build whose checks fail does
 * not touch the store); then, under the store's lock, the generation is checked against its manifest (the last
 * megabyte of each file's data, which a transaction appends to: the manifest keeps the checksums of the
 * megabytes before it, so damage there is still found by the next open) and against the build's stamp of it;
 * it is opened with TDB2's public API, the intent written, graphs removed and added, the new record written
 * beside its place and the intent marked; TDB2 commits, the manifest is written anew and the record moved into
 * place, and the intent deleted. When writing fails before the commit, the transaction is aborted and the
 * generation made again as its manifest lists it.
 */
final class InPlaceUpdate implements GraphSink, AutoCloseable {
    private final Path store;
    private final PreviousBuild previous;
    private StoreManifest manifest;
    private final List<Node> removed;
    private final StoreBaseline baseline;
    private final Set<Node> replaced = new HashSet<>();
    private final List<SentGraph> sent = new ArrayList<>();
    private DatasetGraph dataset;
    private Path generation;
    private boolean committing;
    private boolean finished;

    private InPlaceUpdate(Path store, PreviousBuild previous, List<Node> removed, StoreBaseline baseline) {
        this.store = store;
        this.baseline = baseline;
        this.previous = previous;
        this.removed = removed;
    }

    /**
     * Checks the store's newest generation, which must be {@code previous}, then runs {@code writer} and, once
     * {@code verdict} has passed, commits. Returns the generation's new size and the write's stamp.
     */
    static StoreWrite run(Path store, PreviousBuild previous, List<Node> removed, Consumer<? super GraphSink> writer,
                         Supplier<BuiltGraph> verdict) {
        StoreBaseline baseline = previous.baseline().orElseThrow(() -> GenerationCheck.damaged(store,
                previous.generation() + "/" + BuildInputsFile.FILE_NAME + " is missing or unreadable"));
        try (InPlaceUpdate update = new InPlaceUpdate(store, previous, removed, baseline)) {
            writer.accept(update);
            return update.finish(verdict);
        }
    }

    /** Keeps the graph until every check has passed: a build whose checks fail does not touch the store. */
    @Override
    public void add(Node graphName, Graph triples) {
        sent.add(new SentGraph(graphName, triples));
    }

    /** A graph the build sent, and its name. */
    private record SentGraph(Node name, Graph triples) {
    }

    private void write(SentGraph graph) {
        if (replaced.add(graph.name())) {
            dataset.deleteAny(graph.name(), Node.ANY, Node.ANY, Node.ANY);
        }
        graph.triples().find().forEachRemaining(t -> dataset.add(graph.name(), t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private void start() {
        if (dataset != null) {
            return;
        }
        try {
            dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        } catch (RuntimeException e) {
            throw GraphStore.cannotOpen(store, e);
        }
        generation = TdbStorage.openGeneration(dataset);
        // Another build may have changed the store between the check and the open, or died changing it: this
        // one leaves it to the next open.
        if (!StoreManifest.readFrom(generation).equals(Optional.of(manifest)) || UpdateIntent.existsIn(generation)) {
            TdbStorage.release(dataset);
            dataset = null;
            throw replacedMeanwhile(store);
        }
        try {
            new UpdateIntent(manifest, false).writeInto(generation);
        } catch (IOException e) {
            TdbStorage.release(dataset);
            dataset = null;
            throw cannotWrite(e);
        }
        dataset.begin(TxnType.WRITE);
        for (Node graph : removed) {
            if (replaced.add(graph)) {
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
        }
    }

    private StoreWrite finish(Supplier<BuiltGraph> verdict) {
        BuiltGraph built = verdict.get();
        try (StoreLock lock = StoreLock.take(store)) {
            manifest = GenerationCheck.beforeChange(store);
            if (!StoreStamp.of(store.resolve(manifest.generation())).equals(Optional.of(previous.stamp()))) {
                throw replacedMeanwhile(store);
            }
        }
        start();
        sent.forEach(this::write);
        sent.clear();
        try {
            StoreManifest.writeRecord(generation, built.triplesPerGraph(), built.inputs(), baseline);
            new UpdateIntent(manifest, true).writeInto(generation);
            // From here on the change may be in TDB2's journal: whatever fails, the next open finishes it.
            committing = true;
            dataset.commit();
            dataset.end();
            StoreManifest.seal(generation, manifest.generation(), StoreManifest.digestData(generation, manifest));
            UpdateIntent.deleteFrom(generation);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        finished = true;
        StoreManifest written = StoreManifest.readFrom(generation).orElseThrow();
        long triples = built.triplesPerGraph().values().stream().mapToLong(Long::longValue).sum();
        return new StoreWrite(StoreSize.of(DataExtent.of(written.files()), triples, baseline), StoreStamp.of(generation).orElseThrow(),
                baseline);
    }

    /**
     * Lets go of the store. A change that did not reach its commit is aborted, and the generation made again as its
     * manifest from before lists it ({@link GenerationRestore}); one that did is left, with its intent and record,
     * for the next open to finish.
     */
    @Override
    public void close() {
        if (dataset == null) {
            return;
        }
        try {
            if (!finished && !committing && dataset.isInTransaction()) {
                dataset.abort();
                dataset.end();
            }
        } catch (RuntimeException | InternalError e) {
            // TDB2 failed while it aborted (as after a full disk): nothing of it is committed, and it is taken away below.
        } finally {
            TdbStorage.release(dataset);
        }
        if (!finished && !committing) {
            try (StoreLock lock = StoreLock.take(store)) {
                if (UpdateIntent.existsIn(generation)) {
                    GenerationRestore.to(generation, manifest);
                    UpdateIntent.deleteFrom(generation);
                }
            } catch (IOException | RuntimeException e) {
                // The intent stays: the next open finishes the change.
            }
        }
    }

    private static KgException replacedMeanwhile(Path store) {
        return new KgException(ErrorCode.STORE_BUSY, store + ": another kg build changed the store's graph"
                + " while this one was reading its input — run 'kg build' again");
    }

    private KgException cannotWrite(IOException e) {
        return new KgException(ErrorCode.STORE_UNUSABLE, store + ": cannot write the store's record of the change ("
                + e.getClass().getSimpleName() + ") — check the free space next to the store", e);
    }
}
