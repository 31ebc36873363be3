package dev.kg.vocabulary;

import dev.kg.mapping.Schema;
import java.util.List;

/**
 * The vocabulary a curator writes mapping files with, read from the project's ontology and shapes: entity
 * types, relations with the qualifiers each takes, and concept schemes with their concepts.
 */
public record Vocabulary(List<EntityType> entityTypes, List<Relation> relations, List<QualifierKey> generalQualifiers,
                         List<Scheme> schemes) {
    public Vocabulary {
        entityTypes = List.copyOf(entityTypes);
        relations = List.copyOf(relations);
        generalQualifiers = List.copyOf(generalQualifiers);
        schemes = List.copyOf(schemes);
    }

    /** An entity type, {@code depth} levels below kg:Entity, under {@code parent}. */
    public record EntityType(String name, String parent, int depth, String labelEn, String labelIt) {
    }

    /**
     * A relation: its labels, subject and object types (or, for a figure, the key that gives it), its claim
     * class, and the qualifier keys that only some relations take and this one does.
     */
    public record Relation(String name, String labelEn, String labelIt, String domain, String range, String figure,
                           String claimClass, List<QualifierKey> qualifiers) {
        public Relation {
            qualifiers = List.copyOf(qualifiers);
        }

        /** A SPARQL pattern for the relation's claims, ready for {@code kg query -e}. */
        public String sparqlPattern() {
            String target = figure == null ? "kg:object ?object" : "kg:" + figure + "/kg:value ?value";
            return "?claim a kg:" + claimClass + " ; kg:subject ?subject ; " + target + " ; kg:statedIn ?article ."
                    + "   # or the direct edge: ?subject kg:" + name + (figure == null ? " ?object" : " ?value");
        }
    }

    /** A key of mapping files and the claim property it is written to. */
    public record QualifierKey(String key, String property) {
    }

    /** A concept scheme, the keys whose values are its concepts, and its concepts. */
    public record Scheme(String name, String labelEn, String labelIt, List<String> keys, List<Schema.Concept> concepts) {
        public Scheme {
            keys = List.copyOf(keys);
            concepts = List.copyOf(concepts);
        }
    }
}
