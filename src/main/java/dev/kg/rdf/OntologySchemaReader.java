package dev.kg.rdf;

import dev.kg.mapping.Schema;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Reads the ontology, and from it the {@link Schema} that mapping files are checked against. */
public final class OntologySchemaReader {

    private OntologySchemaReader() {
    }

    /** Parses the ontology Turtle; a syntax error is reported at its line and column. */
    public static Graph read(Path ontologyFile) {
        return TurtleFile.read(ontologyFile, "ontology", "restore it from the repository");
    }

    public static Schema schema(Graph ontology) {
        Map<String, Set<String>> direct = new HashMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEach(t -> local(t.getSubject())
                .ifPresent(c -> direct.computeIfAbsent(c, k -> new HashSet<>())));
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> local(t.getSubject())
                .ifPresent(sub -> local(t.getObject()).ifPresent(sup -> {
                    direct.computeIfAbsent(sub, k -> new HashSet<>()).add(sup);
                    direct.computeIfAbsent(sup, k -> new HashSet<>());
                })));
        Map<String, Set<String>> closure = new HashMap<>();
        for (String cls : direct.keySet()) {
            Set<String> ancestors = new HashSet<>();
            collect(cls, direct, ancestors);
            closure.put(cls, ancestors);
        }
        Map<String, Schema.Relation> relations = new HashMap<>();
        for (Triple t : ontology.find(Node.ANY, Vocab.CLAIM_CLASS, Node.ANY).toList()) {
            Node property = t.getSubject();
            String name = local(property).orElse(null);
            if (name == null) {
                continue;
            }
            boolean linksEntities = ontology.contains(property, RDF.type.asNode(), OWL.ObjectProperty.asNode());
            String domain = single(ontology, property, RDFS.domain.asNode());
            String range = linksEntities ? single(ontology, property, RDFS.range.asNode()) : null;
            relations.put(name, new Schema.Relation(name, linksEntities, domain, range, local(t.getObject()).orElse(null)));
        }
        return new Schema(relations, closure, local(Vocab.ENTITY).orElseThrow());
    }

    private static void collect(String cls, Map<String, Set<String>> direct, Set<String> into) {
        for (String sup : direct.getOrDefault(cls, Set.of())) {
            if (into.add(sup)) {
                collect(sup, direct, into);
            }
        }
    }

    private static String single(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        return found.size() == 1 ? local(found.get(0).getObject()).orElse(null) : null;
    }

    private static java.util.Optional<String> local(Node n) {
        if (n.isURI() && n.getURI().startsWith(Iris.ONTOLOGY_NS)) {
            return java.util.Optional.of(Iris.termName(n.getURI()));
        }
        return java.util.Optional.empty();
    }
}
