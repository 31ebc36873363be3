package dev.kg.explore;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.rdf.EntityLookup;
import dev.kg.rdf.Iris;
import dev.kg.store.GraphStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Finds how two entities are connected: a breadth-first walk over the direct edges between entities,
 * in either direction, so the chain is a shortest one. SPARQL property paths can test reachability but
 * cannot return the chain, hence the walk. Ties are broken by relation and entity IRI, so the same graph
 * always gives the same chain.
 */
public final class PathOperation {

    private record Edge(Node subject, Node property, Node object) {
    }

    private record Arrival(Node from, Edge edge) {
    }

    private PathOperation() {
    }

    public static Connection shortest(GraphStore store, String fromName, String toName) {
        return store.read(() -> {
            DatasetGraph ds = store.dataset();
            EntityLookup lookup = new EntityLookup(ds);
            Node from = lookup.find(fromName);
            Node to = lookup.find(toName);
            ClaimReader claims = new ClaimReader(ds);
            Map<Node, List<Edge>> edges = edges(ds);
            Map<Node, Arrival> reached = new HashMap<>();
            reached.put(from, null);
            Deque<Node> queue = new ArrayDeque<>(List.of(from));
            while (!queue.isEmpty() && !reached.containsKey(to)) {
                Node at = queue.poll();
                for (Edge e : edges.getOrDefault(at, List.of())) {
                    Node next = e.subject().equals(at) ? e.object() : e.subject();
                    if (!reached.containsKey(next)) {
                        reached.put(next, new Arrival(at, e));
                        queue.add(next);
                    }
                }
            }
            if (!reached.containsKey(to)) {
                throw new KgException(ErrorCode.NO_PATH, "no chain of relations links " + claims.label(from) + " and "
                        + claims.label(to) + " in the graph — see what each is linked to with 'kg describe'");
            }
            List<Connection.Step> steps = new ArrayList<>();
            for (Node at = to; !at.equals(from); at = reached.get(at).from()) {
                Arrival arrival = reached.get(at);
                Edge e = arrival.edge();
                steps.add(new Connection.Step(claims.label(e.subject()), claims.label(e.property()), claims.label(e.object()),
                        e.subject().equals(arrival.from()), claims.stating(e.subject(), e.property(), e.object())));
            }
            Collections.reverse(steps);
            return new Connection(claims.label(from), claims.label(to), steps);
        });
    }

    /** Every direct edge between two entities, listed under both ends, in a fixed order. */
    private static Map<Node, List<Edge>> edges(DatasetGraph ds) {
        Set<Edge> all = new TreeSet<>(Comparator.comparing((Edge e) -> e.property().getURI())
                .thenComparing(e -> e.subject().getURI()).thenComparing(e -> e.object().getURI()));
        ds.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> {
            if (isEntity(q.getSubject()) && isEntity(q.getObject()) && q.getPredicate().getURI().startsWith(Iris.ONTOLOGY_NS)
                    && !q.getGraph().equals(Iris.ENTITIES_GRAPH)) {
                all.add(new Edge(q.getSubject(), q.getPredicate(), q.getObject()));
            }
        });
        Map<Node, List<Edge>> byEnd = new HashMap<>();
        for (Edge e : all) {
            byEnd.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add(e);
            byEnd.computeIfAbsent(e.object(), k -> new ArrayList<>()).add(e);
        }
        return byEnd;
    }

    private static boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(Iris.ENTITY_NS);
    }
}
