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
    private final Map<String, String> aliasToId;
    private final Map<String, String> nameToId;
    private final List<Problem> problems;
    private final Map<String, Path> mappingFileById = new HashMap<>();

    CurationValidator(Schema schema, List<Entity> entityList, List<Problem> problems) {
        this.schema = schema;
        this.problems = problems;
        this.entities = new HashMap<>();
        this.aliasToId = new HashMap<>();
        this.nameToId = new HashMap<>();
        for (Entity e : entityList) {
            Entity first = entities.putIfAbsent(e.id(), e);
            if (first != null) {
                problems.add(new Problem(ErrorCode.DUPLICATE_ID, e.at(), "duplicate entity id '" + e.id() + "'",
                        "entity ids must be unique; the first is at line " + first.at().line()));
            }
            for (String name : names(e)) {
                // Names are looked up in any case (describe, query parameters), so they must differ in more than case.
                String other = nameToId.putIfAbsent(nameKey(name), e.id());
                aliasToId.putIfAbsent(name, e.id());
                if (other != null && !other.equals(e.id())) {
                    problems.add(new Problem(ErrorCode.DUPLICATE_NAME,
                            e.at(), "the name '" + name + "' of '" + e.id() + "' already names '" + other + "'",
                            "a label or alias may name one entity only; remove it from one of them"));
                }
            }
        }
    }

    private CurationValidator(CurationValidator checked, List<Problem> problems) {
        this.schema = checked.schema;
        this.entities = checked.entities;
        this.aliasToId = checked.aliasToId;
        this.nameToId = checked.nameToId;
        this.problems = problems;
    }

    /**
     * A validator over the same entities, already checked, that puts its problems in {@code problems} and
     * knows of no article read before: for one mapping file checked on its own.
     */
    CurationValidator alone(List<Problem> problems) {
        return new CurationValidator(this, problems);
    }

    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> names(Entity e) {
        Set<String> names = new TreeSet<>(e.aliases());
        names.add(e.labelEn());
        names.add(e.labelIt());
        return names;
    }

    /** Checks one article; only its id and mapping file are kept, to find an article mapped twice. */
    void check(Article article) {
        mapped(article.id(), article.mappingFile());
        Scalar publisher = article.source().publisher();
        if (publisher != null) {
            entity(publisher.value(), publisher.at(), "publisher").ifPresent(e -> {
                if (schema.isEntityType(e.type()) && !schema.isA(e.type(), "NewsOutlet")) {
                    problems.add(new Problem(ErrorCode.WRONG_ENTITY_TYPE, publisher.at(),
                            "the publisher must be of type NewsOutlet, but '" + e.id() + "' is a " + e.type(),
                            "give the id of the news outlet that published the article"));
                }
            });
        }
        EvidenceCheck evidence = new EvidenceCheck(article.text());
        Set<String> factIds = new TreeSet<>();
        article.facts().forEach(f -> factIds.add(f.id()));
        for (Fact fact : article.facts()) {
            check(fact, article, evidence);
            checkQualifiers(fact, factIds);
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

    /** Notes that {@code mappingFile} maps the article {@code id}; a problem when another file already does. */
    void mapped(String id, Path mappingFile) {
        Path first = mappingFileById.putIfAbsent(id, mappingFile);
        if (first != null) {
            problems.add(CurationReader.mappedAgain(id, mappingFile, first));
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
                            "give its figure as '" + relation.figure() + ":' and remove 'object:'"));
                }
                boolean count = relation.figure().equals("count");
                if ((count ? fact.qualifiers().count() : fact.qualifiers().amount()) == null) {
                    problems.add(new Problem(ErrorCode.NEEDS_AMOUNT,
                            fact.at(), "relation '" + relation.name() + "' needs " + (count ? "a 'count'" : "an 'amount'"),
                            count ? "add 'count:' written as " + Amount.COUNT_EXAMPLES : "add 'amount:' written as " + Amount.EXAMPLES));
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

    /** Concept labels, platforms and the facts a total includes. */
    private void checkQualifiers(Fact fact, Set<String> factIds) {
        fact.qualifiers().concepts().forEach((key, labels) -> {
            Schema.ConceptQualifier qualifier = schema.conceptQualifiers().get(key);
            for (Scalar label : labels) {
                if (qualifier != null && schema.concept(qualifier.scheme(), label.value()).isEmpty()) {
                    Set<String> names = schema.conceptNames(qualifier.scheme());
                    problems.add(new Problem(ErrorCode.UNKNOWN_CONCEPT, label.at(),
                            "'" + label.value() + "' names no concept of " + qualifier.scheme() + " for '" + key + "'",
                            NearMiss.closest(label.value(), names).map(k -> "did you mean '" + k + "'? ").orElse("")
                            + "write a label of one of its concepts (kg vocabulary lists them), or add this wording as"
                            + " skos:altLabel of the concept it means in ontology/kg.ttl"));
                }
            }
        });
        for (Scalar platform : fact.qualifiers().platforms()) {
            entity(platform.value(), platform.at(), "platform");
        }
        for (Scalar included : fact.qualifiers().includes()) {
            if (!factIds.contains(included.value()) || included.value().equals(fact.id())) {
                problems.add(new Problem(ErrorCode.UNKNOWN_FACT, included.at(),
                        "'includes' names '" + included.value() + "', which is not another fact of this file",
                        NearMiss.closest(included.value(), factIds).map(k -> "did you mean '" + k + "'?")
                                .orElse("give the ids of the facts of this article that the total sums")));
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
