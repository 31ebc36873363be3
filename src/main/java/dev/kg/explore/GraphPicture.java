package dev.kg.explore;

import java.util.List;

/**
 * The graph as a picture sees it: entities as nodes (with their class and every fact about them) and
 * direct relations between entities as edges (with the claims that state them). Sorted, so that a picture
 * of the same graph is the same file.
 */
public record GraphPicture(List<Node> nodes, List<Edge> edges, List<Attribution> attributions,
                           List<EntityDescription.Source> sources) {
    public GraphPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        attributions = List.copyOf(attributions);
        sources = List.copyOf(sources);
    }

    /** The ids of the articles the picture draws from, sorted. */
    public List<String> articles() {
        return sources.stream().map(EntityDescription.Source::article).toList();
    }

    /** An entity; its facts are the claims it is the subject or object of, then those that credit or name it otherwise. */
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

    /**
     * The claims of one subject that articles credit to one source ("according to Bloomberg"): drawn from the
     * claims' subject to the source, so that a news outlet, which is no relation's subject or object, is linked.
     */
    public record Attribution(String from, String to, List<StatedFact> claims) {
        public Attribution {
            claims = List.copyOf(claims);
        }

        public List<String> articles() {
            return claims.stream().map(StatedFact::article).distinct().sorted().toList();
        }
    }
}
