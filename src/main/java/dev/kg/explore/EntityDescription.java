package dev.kg.explore;

import java.util.List;

/** What the graph knows about one entity: its names and type, and its facts grouped by relation. */
public record EntityDescription(String id, String iri, String type, List<String> labels, List<String> aliases,
                                List<Group> groups) {
    public EntityDescription {
        labels = List.copyOf(labels);
        aliases = List.copyOf(aliases);
        groups = List.copyOf(groups);
    }

    /**
     * The facts of one relation. {@code incoming} when the entity is the relation's object
     * ("Meta invests in Scale AI", seen from Scale AI).
     */
    public record Group(String relation, boolean incoming, List<StatedFact> facts) {
        public Group {
            facts = List.copyOf(facts);
        }
    }
}
