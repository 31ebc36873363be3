package dev.kg.explore;

import java.util.List;

/**
 * What the graph knows about one entity: its names and type, its facts grouped by relation, and the articles
 * they come from.
 */
public record EntityDescription(String id, String iri, String type, List<Label> labels, List<String> aliases,
                                List<Group> groups, List<Source> sources) {
    public EntityDescription {
        labels = List.copyOf(labels);
        aliases = List.copyOf(aliases);
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
    }

    /** A label in one language. */
    public record Label(String text, String language) {
    }

    /**
     * An article that states some of the facts: its title, and what its mapping file says of its origin
     * (null where it says nothing; {@code published} as precisely as known, {@code inferred} when the curator
     * worked it out from the text).
     */
    public record Source(String article, String title, String publisher, String published, boolean inferred, String url) {
    }

    /** How the entity takes part in a group's claims. */
    public enum Part {
        /** The claims' subject ("Meta invests in Scale AI", seen from Meta). */
        SUBJECT,
        /** The claims' object ("Meta invests in Scale AI", seen from Scale AI). */
        OBJECT,
        /** Whom the article credits with the claims ("secondo Bloomberg"). */
        SOURCE
    }

    /** The claims of one relation (or, for {@link Part#SOURCE}, every claim credited to the entity). */
    public record Group(String relation, Part part, List<StatedFact> facts) {
        public Group {
            facts = List.copyOf(facts);
        }

        public boolean incoming() {
            return part == Part.OBJECT;
        }
    }
}
