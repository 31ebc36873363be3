package dev.kg.explore;

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

    private DescribeOperation() {
    }

    public static EntityDescription describe(GraphStore store, String name) {
        return store.read(() -> {
            DatasetGraph ds = store.dataset();
            Node entity = new EntityLookup(ds).find(name);
            ClaimReader claims = new ClaimReader(ds);
            String id = entity.getURI().substring(Iris.ENTITY_NS.length());
            String type = ds.find(Iris.ENTITIES_GRAPH, entity, RDF.type.asNode(), Node.ANY).next().getObject().getURI()
                    .substring(Iris.ONTOLOGY_NS.length());
            List<String> labels = new ArrayList<>();
            ds.find(Iris.ENTITIES_GRAPH, entity, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> labels.add(
                    q.getObject().getLiteralLexicalForm() + " (" + q.getObject().getLiteralLanguage() + ")"));
            labels.sort(Comparator.comparing((String l) -> l.substring(l.lastIndexOf('('))).thenComparing(l -> l));
            List<String> aliases = new ArrayList<>();
            ds.find(Iris.ENTITIES_GRAPH, entity, Vocab.SKOS_ALT_LABEL, Node.ANY)
                    .forEachRemaining(q -> aliases.add(q.getObject().getLiteralLexicalForm()));
            aliases.sort(Comparator.naturalOrder());
            // Outgoing relations first, then incoming; within each, by relation and by the other party.
            Map<String, List<StatedFact>> byRelation = new TreeMap<>();
            for (StatedFact fact : claims.about(entity)) {
                boolean incoming = !fact.subjectIri().equals(entity.getURI());
                byRelation.computeIfAbsent((incoming ? "1 " : "0 ") + fact.relation(), k -> new ArrayList<>()).add(fact);
            }
            List<EntityDescription.Group> groups = new ArrayList<>();
            byRelation.forEach((key, facts) -> {
                boolean incoming = key.startsWith("1");
                facts.sort(Comparator.comparing((StatedFact f) -> incoming ? f.subject() : f.objectOrAmount())
                        .thenComparing(StatedFact::article).thenComparing(StatedFact::claimIri));
                groups.add(new EntityDescription.Group(key.substring(2), incoming, facts));
            });
            return new EntityDescription(id, entity.getURI(), type, labels, aliases, groups);
        });
    }
}
