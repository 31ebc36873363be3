package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * A change to a store's graph, made on a copy of its current generation in the staging folder: the copy is
 * opened with TDB2's public API and changed in one write transaction, which first removes whole named graphs
 * and then adds the new ones. The current generation is only read, so a store whose update fails or is killed
 * is as it was.
 */
final class StagedUpdate implements StagedLoad {
    private final DatasetGraph dataset;
    private boolean committed;

    private StagedUpdate(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * Copies the generation {@code base} of {@code store}, as its {@code manifest} lists it, into
     * {@code staging/Data-0001}, opens it and removes the named graphs {@code removed}.
     */
    static StagedUpdate start(Path store, Path base, StoreManifest manifest, List<Node> removed, Path staging) {
        try {
            GenerationCopy.copy(store, base, manifest, staging.resolve(TdbStorage.FIRST_GENERATION));
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, store + ": cannot copy the store's data to change it ("
                    + e.getClass().getSimpleName() + ") — check the free space next to the store, or build with --full", e);
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(staging.toString());
        StagedUpdate update = new StagedUpdate(dataset);
        dataset.begin(TxnType.WRITE);
        try {
            for (Node graph : removed) {
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
        } catch (RuntimeException e) {
            update.close();
            throw e;
        }
        return update;
    }

    @Override
    public void add(Node graphName, Graph triples) {
        triples.find().forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Commits; the prefixes are those the store already holds, written by the full build it started from. */
    @Override
    public void finish(PrefixMapping prefixes) {
        dataset.commit();
        committed = true;
        dataset.end();
    }

    @Override
    public void close() {
        try {
            if (!committed && dataset.isInTransaction()) {
                dataset.abort();
                dataset.end();
            }
        } finally {
            TdbStorage.release(dataset);
        }
    }
}
