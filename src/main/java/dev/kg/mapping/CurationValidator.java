package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.NearMiss;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that need more than one file: entity references, relations and their domain and range,
 * required qualifiers, and the grounding of every fact in its article.
 */
final class CurationValidator {
    private final Schema schema;
    private final Map<String, Entity> entities;
    private final Map<String, String> aliasToId = new HashMap<>();
    private final List<Problem> problems;
    private final Map<String, Path> mappingFileById = new HashMap<>();

    CurationValidator(Schema schema, List<Entity> entityList, List<Problem> problems) {
        this.schema = schema;
        this.problems = problems;
        this.entities = new HashMap<>();
        for (Entity e : entityList) {
            Entity first = entities.putIfAbsent(e.id(), e);
            if (first != null) {
                problems.add(new Problem(ErrorCode.DUPLICATE_ID, e.at(), "duplicate entity id '" + e.id() + "'",
                        "entity ids must be unique; the first is at line " + first.at().line()));
            }
            for (String name : names(e)) {
                String other = aliasToId.putIfAbsent(name, e.id());
                if (other != null && !other.equals(e.id())) {
                    problems.add(new Problem(ErrorCode.DUPLICATE_NAME,
                            e.at(), "the name '" + name + "' of '" + e.id() + "' already names '" + other + "'",
                            "a label or alias may name one entity only; remove it from one of them"));
                }
            }
        }
    }

    private static Set<String> names(Entity e) {
        Set<String> names = new TreeSet<>(e.aliases());
        names.add(e.labelEn());
        names.add(e.labelIt());
        return names;
    }

    /** Checks one article; only its id and mapping file are kept, to find an article mapped twice. */
    void check(Article article) {
        Path first = mappingFileById.putIfAbsent(article.id(), article.mappingFile());
        if (first != null) {
            problems.add(new Problem(ErrorCode.DUPLICATE_ARTICLE, SourceLocation.startOf(article.mappingFile()),
                    "article '" + article.id() + "' is already mapped by " + first,
                    "keep all facts of one article in one mapping file"));
        }
        EvidenceCheck evidence = new EvidenceCheck(article.text());
        for (Fact fact : article.facts()) {
            check(fact, article, evidence);
        }
        for (UnmappedPassage unmapped : article.unmapped()) {
            if (!evidence.occurs(unmapped.passage().value())) {
                problems.add(new Problem(ErrorCode.QUOTE_NOT_IN_ARTICLE,
                        unmapped.passage().at(), "the unmapped passage does not occur in " + article.sourceFile(),
                        evidence.divergence(unmapped.passage().value()).map(d -> d + "; copy the passage verbatim")
                                .orElse("copy a passage of the article verbatim")));
            }
        }
    }

    private void check(Fact fact, Article article, EvidenceCheck evidence) {
        Optional<Entity> subject = entity(fact.subject(), fact.at("subject"), "subject");
        Schema.Relation relation = schema.relations().get(fact.relation());
        if (relation == null) {
            problems.add(new Problem(ErrorCode.UNKNOWN_RELATION,
                    fact.at("relation"), "unknown relation '" + fact.relation() + "'",
                    NearMiss.hint(fact.relation(), new TreeSet<>(schema.relations().keySet()), "relations")));
        } else {
            subject.ifPresent(s -> typeFits(s, relation.domain(), relation, "subject", fact.at("subject")));
            if (relation.linksEntities()) {
                if (fact.object() == null) {
                    problems.add(new Problem(ErrorCode.NEEDS_OBJECT,
                            fact.at(), "relation '" + relation.name() + "' needs an 'object'",
                            "add 'object:' with the id of the " + relation.range() + " it links to"));
                } else {
                    entity(fact.object(), fact.at("object"), "object")
                            .ifPresent(o -> typeFits(o, relation.range(), relation, "object", fact.at("object")));
                }
            } else {
                if (fact.object() != null) {
                    problems.add(new Problem(ErrorCode.TAKES_NO_OBJECT,
                            fact.at("object"), "relation '" + relation.name() + "' takes no 'object'",
                            "give its figure as 'amount:' and remove 'object:'"));
                }
                if (fact.qualifiers().amount() == null) {
                    problems.add(new Problem(ErrorCode.NEEDS_AMOUNT,
                            fact.at(), "relation '" + relation.name() + "' needs an 'amount'",
                            "add 'amount:' written as " + Amount.EXAMPLES));
                }
            }
        }
        for (String source : fact.qualifiers().attributedTo()) {
            entity(source, fact.at("attributedTo"), "attributedTo");
        }
        for (Scalar quote : fact.evidence()) {
            if (!evidence.occurs(quote.value())) {
                problems.add(new Problem(ErrorCode.QUOTE_NOT_IN_ARTICLE,
                        quote.at(), "the evidence quote does not occur in " + article.sourceFile(),
                        evidence.divergence(quote.value()).map(d -> d + "; copy the passage verbatim")
                                .orElse("copy a passage of the article verbatim")));
            }
        }
    }

    private Optional<Entity> entity(String id, SourceLocation at, String field) {
        Entity e = entities.get(id);
        if (e != null) {
            return Optional.of(e);
        }
        String alias = aliasToId.get(id);
        String fix = alias != null
                ? "'" + id + "' is a name of '" + alias + "'; write its id '" + alias + "'"
                : NearMiss.closest(id, entities.keySet()).map(k -> "did you mean '" + k + "'?")
                        .orElse("add it to entities.yaml, or use the id of an existing entity");
        problems.add(new Problem(ErrorCode.UNKNOWN_ENTITY, at, "unknown entity '" + id + "' in '" + field + "'", fix));
        return Optional.empty();
    }

    private void typeFits(Entity e, String expected, Schema.Relation relation, String role, SourceLocation at) {
        if (expected != null && schema.isEntityType(e.type()) && !schema.isA(e.type(), expected)) {
            problems.add(new Problem(ErrorCode.WRONG_ENTITY_TYPE,
                    at, "relation '" + relation.name() + "' needs its " + role + " to be of type " + expected
                    + ", but '" + e.id() + "' is a " + e.type(),
                    "use " + (role.equals("object") ? "an " : "a ") + role + " of type " + expected + ", or another relation"));
        }
    }
}
