package dev.kg.store;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/** A new TDB2 database being loaded in a staging folder, by one of the {@link Loader}s. */
sealed interface StagedLoad extends AutoCloseable permits PackedStagedLoad, PlainStagedLoad {

    /** Starts a load with {@code loader} into {@code staging}, an empty folder; the database is {@code staging/Data-0001}. */
    static StagedLoad start(Loader loader, Path staging) {
        return switch (loader) {
            case PACKED -> PackedStagedLoad.start(staging);
            case PLAIN -> PlainStagedLoad.start(staging);
        };
    }

    /** Adds every triple of {@code triples} to the named graph {@code graphName}. */
    void add(Node graphName, Graph triples);

    /** Writes everything added, and {@code prefixes}, durably; the database is then complete. */
    void finish(PrefixMapping prefixes);

    /** Lets go of the database's files; a load that did not finish leaves an incomplete database. */
    @Override
    void close();
}
