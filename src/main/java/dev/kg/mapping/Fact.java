package dev.kg.mapping;

import dev.kg.error.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * One curated claim of one article: subject, relation and (for relations between entities) object,
 * by entity id, with its qualifiers and the verbatim quotes that ground it. {@code where} holds the
 * location of each field as written, so later checks can point at it.
 */
public record Fact(String id, String subject, String relation, String object, Qualifiers qualifiers,
                   List<Scalar> evidence, SourceLocation at, Map<String, SourceLocation> where) {
    public Fact {
        evidence = List.copyOf(evidence);
        where = Map.copyOf(where);
    }

    /** Where the field was written, or where the fact starts. */
    public SourceLocation at(String field) {
        return where.getOrDefault(field, at);
    }
}
