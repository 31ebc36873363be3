package dev.kg.export;

import dev.kg.explore.GraphPicture;
import dev.kg.explore.PictureOperation;
import dev.kg.explore.StatedFact;
import dev.kg.rdf.Iris;
import dev.kg.rdf.Vocab;
import dev.kg.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;

/** Reads a {@link PropertyGraph} from a store: the picture's entities and claims, with each claim's status and relation. */
public final class PropertyGraphOperation {
    private static final Comparator<PropertyGraph.Link> ORDER = Comparator.comparing(PropertyGraph.Link::source)
            .thenComparing(PropertyGraph.Link::relation).thenComparing(PropertyGraph.Link::target)
            .thenComparing(PropertyGraph.Link::id);

    private PropertyGraphOperation() {
    }

    public static PropertyGraph read(GraphStore store) {
        GraphPicture picture = PictureOperation.read(store);
        return store.read(() -> {
            DatasetGraph ds = store.dataset();
            List<PropertyGraph.Vertex> nodes = new ArrayList<>();
            for (GraphPicture.Node n : picture.nodes()) {
                nodes.add(new PropertyGraph.Vertex(n.id(), n.type(), n.label(), aliases(ds, Iris.entity(n.id()), n.label())));
            }
            Set<String> ids = nodes.stream().map(PropertyGraph.Vertex::id).collect(Collectors.toSet());
            Map<String, StatedFact> claims = new java.util.TreeMap<>();
            picture.edges().forEach(e -> e.claims().forEach(c -> claims.put(c.claimIri(), c)));
            List<PropertyGraph.Link> edges = new ArrayList<>();
            for (StatedFact fact : claims.values()) {
                String source = Iris.entityId(fact.subjectIri());
                String target = Iris.entityId(fact.objectIri());
                if (!ids.contains(source) || !ids.contains(target)) {
                    continue;
                }
                Node claim = NodeFactory.createURI(fact.claimIri());
                Node graph = Iris.article(fact.article());
                String relation = one(ds, graph, claim, Vocab.RELATION).map(r -> Iris.termName(r.getURI())).orElseThrow();
                String status = one(ds, graph, claim, Vocab.STATUS).map(s -> Iris.termName(s.getURI())).orElse("Reported");
                // The status has its own property; the qualifiers in words name it too ("in talks" for InTalks)
                // when it is not "reported".
                List<String> qualifiers = fact.qualifiers().stream()
                        .filter(q -> !q.replace(" ", "").equalsIgnoreCase(status)).toList();
                edges.add(new PropertyGraph.Link(fact.claimIri().substring(Iris.CLAIM_NS.length()), source, relation, target,
                        fact.relation(), status, fact.article(), qualifiers, fact.evidence()));
            }
            edges.sort(ORDER);
            return new PropertyGraph(nodes, edges);
        });
    }

    /** Every label and alias of the entity in any language except its English label, sorted. */
    private static List<String> aliases(DatasetGraph ds, Node entity, String label) {
        TreeSet<String> names = new TreeSet<>();
        for (Node property : List.of(RDFS.label.asNode(), Vocab.SKOS_ALT_LABEL, Vocab.SKOS_PREF_LABEL)) {
            Iter.asStream(ds.find(Iris.ENTITIES_GRAPH, entity, property, Node.ANY))
                    .map(q -> q.getObject().getLiteralLexicalForm()).forEach(names::add);
        }
        names.remove(label);
        return List.copyOf(names);
    }

    private static java.util.Optional<Node> one(DatasetGraph ds, Node g, Node s, Node p) {
        return Iter.asStream(ds.find(g, s, p, Node.ANY)).map(q -> q.getObject()).findFirst();
    }

}
