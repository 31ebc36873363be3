package dev.kg.explore;

import java.util.List;

/**
 * The graph as a picture sees it: entities as nodes (with their class and every fact about them) and
 * direct relations between entities as edges (with the claims that state them). Sorted, so that a picture
 * of the same graph is the same file.
 */
public record GraphPicture(List<Node> nodes, List<Edge> edges, List<EntityDescription.Source> sources) {
    public GraphPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        sources = List.copyOf(sources);
    }

    /** The ids of the articles the picture draws from, sorted. */
    public List<String> articles() {
        return sources.stream().map(EntityDescription.Source::article).toList();
    }

    public record Node(String id, String label, String type, List<StatedFact> facts) {
        public Node {
            facts = List.copyOf(facts);
        }
    }

    public record Edge(String from, String relation, String to, List<StatedFact> claims) {
        public Edge {
            claims = List.copyOf(claims);
        }

        public List<String> articles() {
            return claims.stream().map(StatedFact::article).distinct().sorted().toList();
        }
    }
}
