package dev.kg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Where a build sends the graphs it has read and checked: a new store's loader, or a change to a store. */
public interface GraphSink {
    /** Adds every triple of {@code triples} to the named graph {@code graphName}. */
    void add(Node graphName, Graph triples);
}
