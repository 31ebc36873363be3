package dev.kg.store;

import dev.kg.jena.TdbStorage;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/** {@link Loader#PLAIN}: Jena's sequential TDB2 loader, quad by quad, on public APIs only. */
final class PlainStagedLoad implements StagedLoad {
    private final DatasetGraph dataset;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean finished;

    private PlainStagedLoad(DatasetGraph dataset, DataLoader loader) {
        this.dataset = dataset;
        this.loader = loader;
        this.stream = loader.stream();
    }

    static PlainStagedLoad start(Path staging) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(staging.toString());
        // Silent: kg's own progress covers the build. (Null, which LoaderFactory documents for no output, fails
        // when the sequential loader builds its secondary indexes.)
        MonitorOutput silent = (format, args) -> { };
        DataLoader loader = LoaderFactory.sequentialLoader(dataset, silent);
        loader.startBulk();
        return new PlainStagedLoad(dataset, loader);
    }

    @Override
    public void add(Node graphName, Graph triples) {
        triples.find().forEachRemaining(t -> stream.quad(Quad.create(graphName, t)));
    }

    @Override
    public void finish(PrefixMapping prefixes) {
        prefixes.getNsPrefixMap().forEach(stream::prefix);
        loader.finishBulk();
        finished = true;
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                loader.finishException(new IllegalStateException("the build stopped before the load finished"));
            }
        } finally {
            // The staging database's files are moved or deleted next, so this process lets go of them (the one
            // step through the seam: Jena has no public API that closes a TDB2 location).
            TdbStorage.release(dataset);
        }
    }
}
