package dev.kg.export;

import java.util.List;

/**
 * The graph as property-graph tools (Neo4j, Gephi, yEd, NetworkX) see it: entities as nodes, and one edge per
 * claim of a direct relation between two entities, so that articles that disagree stay visible as
 * separate edges. Sorted: nodes by id, edges by source, relation, target and claim.
 */
public record PropertyGraph(List<Vertex> nodes, List<Link> edges) {
    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An entity.
     *
     * @param id      its curated id, e.g. {@code scale-ai}
     * @param type    its class, e.g. {@code Startup}
     * @param label   its English label
     * @param aliases its other names, in any language, sorted
     */
    public record Vertex(String id, String type, String label, List<String> aliases) {
        public Vertex {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * One claim of a direct relation.
     *
     * @param id         the claim's id: {@code ARTICLE/FACT}
     * @param source     the subject entity's id
     * @param relation   the relation's name in the ontology, e.g. {@code investsIn}
     * @param target     the object entity's id
     * @param label      the relation in words, e.g. "invests in"
     * @param status     the claim's status, e.g. {@code Reported}, {@code Former}
     * @param article    the id of the article that states it
     * @param qualifiers the claim's qualifiers in words (amount, date, role, ...)
     * @param quotes     the verbatim quotes it rests on, sorted
     */
    public record Link(String id, String source, String relation, String target, String label, String status,
                       String article, List<String> qualifiers, List<String> quotes) {
        public Link {
            qualifiers = List.copyOf(qualifiers);
            quotes = List.copyOf(quotes);
        }

        /** The relation as a Neo4j relationship type: {@code investsIn} becomes {@code INVESTS_IN}. */
        public String type() {
            return relation.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        }
    }
}
