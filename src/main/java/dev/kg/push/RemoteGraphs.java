package dev.kg.push;

import dev.kg.error.ErrorCode;
import dev.kg.error.FirstLine;
import dev.kg.error.KgException;
import dev.kg.rdf.Iris;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.graph.NodeFactory;

/**
 * What the server holds after a push, asked through its SPARQL query endpoint: the graphs in kg's namespaces
 * that the store no longer builds (stale; deleted with prune, never any other graph), and whether its default
 * graph is the union of the named graphs, as the saved queries expect.
 */
final class RemoteGraphs {
    private RemoteGraphs() {
    }

    /** True for a graph kg writes: the entities, the ontology, an article's graph. */
    static boolean ownedByKg(String graph) {
        return graph.startsWith(Iris.GRAPH_NS) || graph.startsWith(Iris.ARTICLE_NS);
    }

    static List<String> stale(HttpClient client, PushOperation.Target target, List<String> pushed) {
        List<String> found = graphNames(client, target, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
        if (!pushed.isEmpty() && !found.contains(pushed.get(0))) {
            // Virtuoso answers GRAPH ?g {} with no rows; a triple pattern finds the graphs there too.
            found = graphNames(client, target, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
        }
        TreeSet<String> stale = new TreeSet<>();
        found.stream().filter(RemoteGraphs::ownedByKg).filter(g -> !pushed.contains(g)).forEach(stale::add);
        return List.copyOf(stale);
    }

    private static List<String> graphNames(HttpClient client, PushOperation.Target target, String select) {
        return PushOperation.withRetries(target, "SELECT the graph names", () -> {
            List<String> names = new ArrayList<>();
            try (var exec = query(client, target, select).build()) {
                exec.execSelect().forEachRemaining((QuerySolution row) -> {
                    if (row.get("g") != null && row.get("g").isURIResource()) {
                        names.add(row.getResource("g").getURI());
                    }
                });
            }
            return names;
        });
    }

    static void delete(HttpClient client, PushOperation.Target target, String graph) {
        PushOperation.withRetries(target, "DELETE " + graph, () -> {
            GSP gsp = GSP.service(target.endpoint()).graphName(NodeFactory.createURI(graph)).httpClient(client);
            target.credentials().flatMap(PushCredentials::authorization).ifPresent(a -> gsp.httpHeader("Authorization", a));
            gsp.DELETE();
            return null;
        });
    }

    /** Whether a query without GRAPH sees {@code probe}, a triple the push put in a named graph. */
    static boolean answersOverUnion(HttpClient client, PushOperation.Target target, String subject) {
        // A SELECT rather than an ASK: Virtuoso 7 answers ASK with a result set, not a boolean.
        return PushOperation.withRetries(target, "SELECT over the default graph", () -> {
            try (var exec = query(client, target, "SELECT ?p WHERE { <" + subject + "> ?p ?o } LIMIT 1").build()) {
                return exec.execSelect().hasNext();
            }
        });
    }

    private static QueryExecutionHTTPBuilder query(HttpClient client, PushOperation.Target target, String query) {
        QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(target.sparql()).httpClient(client).query(query);
        target.credentials().flatMap(PushCredentials::authorization).ifPresent(a -> builder.httpHeader("Authorization", a));
        return builder;
    }

    /** A failure to ask the query endpoint, as the push reports it. */
    static KgException asPushFailure(RuntimeException e, PushOperation.Target target) {
        if (e instanceof KgException k && k.code() != ErrorCode.PUSH_FAILED) {
            return k; // unreachable, timed out, unauthorized: said as for the push itself
        }
        return new KgException(ErrorCode.PUSH_FAILED, target.sparql() + " did not answer a SPARQL query ("
                + FirstLine.of(e) + ") — give the server's SPARQL query endpoint with --sparql", e);
    }
}
