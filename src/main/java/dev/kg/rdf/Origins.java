package dev.kg.rdf;

import dev.kg.error.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Where each node of a built graph came from: the fact, entity or article that wrote it, and the line of
 * each field, so that a check of the graph can point back at the mapping file.
 */
public final class Origins {

    /** What wrote a node ("fact 'x'"), where, and where each of its properties was written. */
    public record Origin(String what, SourceLocation at, Map<Node, SourceLocation> byProperty) {
        public Origin {
            byProperty = Map.copyOf(byProperty);
        }
    }

    private final Map<Node, Origin> origins = new HashMap<>();
    private final Origins fallback;

    public Origins() {
        this(null);
    }

    /** Origins of one part of the graph, which looks in {@code fallback} (the entities') for nodes it did not write. */
    public Origins(Origins fallback) {
        this.fallback = fallback;
    }

    void put(Node node, Origin origin) {
        origins.put(node, origin);
    }

    public Optional<Origin> of(Node node) {
        Origin origin = origins.get(node);
        if (origin == null && fallback != null) {
            return fallback.of(node);
        }
        return Optional.ofNullable(origin);
    }

    /** The line that wrote {@code property} of {@code node}, or the node's own line. */
    public Optional<SourceLocation> where(Node node, Node property) {
        return of(node).map(o -> property == null ? o.at() : o.byProperty().getOrDefault(property, o.at()));
    }
}
