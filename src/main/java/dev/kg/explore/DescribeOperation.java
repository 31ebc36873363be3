package dev.kg.explore;

import dev.kg.rdf.EntityLookup;
import dev.kg.rdf.Iris;
import dev.kg.rdf.Vocab;
import dev.kg.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Gathers what the graph knows about an entity named by id, label or alias. */
public final class DescribeOperation {

    /** A relation as seen from the described entity: its own (outgoing) or pointing at it (incoming). */
    private record Direction(boolean incoming, String relation) {
    }

    /** The group of the claims an article credits to the entity. */
    public static final String CREDITED_WITH = "credited with";

    private DescribeOperation() {
    }

    public static EntityDescription describe(GraphStore store, String name) {
        return store.read(() -> {
            DatasetGraph ds = store.dataset();
            Node entity = new EntityLookup(ds).find(name);
            ClaimReader claims = new ClaimReader(ds);
            String id = Iris.entityId(entity.getURI());
            String type = Iris.termName(ds.find(Iris.ENTITIES_GRAPH, entity, RDF.type.asNode(), Node.ANY).next().getObject().getURI());
            List<EntityDescription.Label> labels = new ArrayList<>();
            ds.find(Iris.ENTITIES_GRAPH, entity, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> labels.add(
                    new EntityDescription.Label(q.getObject().getLiteralLexicalForm(), q.getObject().getLiteralLanguage())));
            labels.sort(Comparator.comparing(EntityDescription.Label::language).thenComparing(EntityDescription.Label::text));
            List<String> aliases = new ArrayList<>();
            ds.find(Iris.ENTITIES_GRAPH, entity, Vocab.SKOS_ALT_LABEL, Node.ANY)
                    .forEachRemaining(q -> aliases.add(q.getObject().getLiteralLexicalForm()));
            aliases.sort(Comparator.naturalOrder());
            // Outgoing relations first, then incoming; within each, by relation and by the other party.
            Map<Direction, List<StatedFact>> byRelation = new TreeMap<>(
                    Comparator.comparing(Direction::incoming).thenComparing(Direction::relation));
            for (StatedFact fact : claims.about(entity)) {
                boolean incoming = !fact.subjectIri().equals(entity.getURI());
                byRelation.computeIfAbsent(new Direction(incoming, fact.relation()), k -> new ArrayList<>()).add(fact);
            }
            List<EntityDescription.Group> groups = new ArrayList<>();
            byRelation.forEach((key, facts) -> {
                facts.sort(Comparator.comparing((StatedFact f) -> key.incoming() ? f.subject() : f.objectOrAmount())
                        .thenComparing(StatedFact::article).thenComparing(StatedFact::claimIri));
                groups.add(new EntityDescription.Group(key.relation(),
                        key.incoming() ? EntityDescription.Part.OBJECT : EntityDescription.Part.SUBJECT, facts));
            });
            // Claims the articles credit to the entity (a news agency, a company speaking for itself).
            List<StatedFact> credited = new ArrayList<>(claims.creditedTo(entity));
            if (!credited.isEmpty()) {
                credited.sort(Comparator.comparing(StatedFact::subject).thenComparing(StatedFact::article).thenComparing(StatedFact::claimIri));
                groups.add(new EntityDescription.Group(CREDITED_WITH, EntityDescription.Part.SOURCE, credited));
            }
            List<EntityDescription.Source> sources = java.util.stream.Stream.concat(
                    groups.stream().flatMap(g -> g.facts().stream()).map(StatedFact::article), claims.published(entity).stream())
                    .distinct().sorted().map(claims::source).toList();
            return new EntityDescription(id, entity.getURI(), type, labels, aliases, groups, sources);
        });
    }
}
