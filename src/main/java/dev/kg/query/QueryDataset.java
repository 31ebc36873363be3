package dev.kg.query;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.store.GraphStore;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The graphs a query runs over: the store's union of all graphs, or, when the query names graphs with
 * FROM and FROM NAMED, only those (the FROM graphs merged as the default graph, the FROM NAMED graphs as
 * its named graphs), as SPARQL defines. A graph the store does not have is an error, not an empty answer.
 */
final class QueryDataset {
    private QueryDataset() {
    }

    /**
     * Checks that the graphs the query names exist; TDB2 then evaluates FROM and FROM NAMED itself, when the
     * union default graph is not asked for. Call within a read transaction of the store.
     */
    static void requireNamedGraphs(GraphStore store, Query query) {
        DatasetGraph dataset = store.dataset();
        if (!query.hasDatasetDescription()) {
            return;
        }
        DatasetDescription described = DatasetDescription.create(query);
        List<String> named = new ArrayList<>(described.getDefaultGraphURIs());
        named.addAll(described.getNamedGraphURIs());
        for (String uri : named) {
            Node graph = NodeFactory.createURI(uri);
            if (!Quad.isUnionGraph(graph) && !dataset.containsGraph(graph)) {
                throw new KgException(ErrorCode.UNKNOWN_GRAPH, "the query names the graph <" + uri + "> in FROM or"
                        + " FROM NAMED, and the store has no such graph — see the graphs with"
                        + " kg query -e 'SELECT DISTINCT ?g WHERE { GRAPH ?g {} }'");
            }
        }
    }
}
