package dev.kg.store;

import dev.kg.jena.PackedLoad;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * {@link Loader#PACKED}: on the reading thread, in one write transaction, each quad's nodes get their ids while
 * the quad indexes stay detached; then {@link PackedIndexes} writes all six quad indexes from sorted runs, on
 * threads of their own. Inserting every quad into every B+ tree, as Jena's sequential loader does, keeps the
 * index work on one core; Jena's phased and parallel loaders hold hundreds of megabytes of quads in flight,
 * more than the build's fixed heap (see the launcher) can spare beside its own work.
 */
final class PackedStagedLoad implements StagedLoad {
    private final PackedLoad load;
    private final PackedIndexes indexes;

    private PackedStagedLoad(PackedLoad load, PackedIndexes indexes) {
        this.load = load;
        this.indexes = indexes;
    }

    static PackedStagedLoad start(Path staging) {
        PackedLoad load = PackedLoad.start(staging);
        return new PackedStagedLoad(load, new PackedIndexes(load, staging));
    }

    @Override
    public void add(Node graphName, Graph triples) {
        long g = load.id(graphName);
        triples.find().forEachRemaining(t -> indexes.add(g, load.id(t.getSubject()), load.id(t.getPredicate()), load.id(t.getObject())));
    }

    @Override
    public void finish(PrefixMapping prefixes) {
        load.commitNodes(prefixes);
        indexes.build(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void close() {
        try {
            indexes.close();
        } finally {
            load.close();
        }
    }
}
