package dev.kg.rdf;

import dev.kg.mapping.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
            String figure = linksEntities ? null : Optional.ofNullable(single(ontology, property, Vocab.FIGURE)).orElse("amount");
            relations.put(name, new Schema.Relation(name, linksEntities, domain, range, local(t.getObject()).orElse(null), figure));
        }
        return new Schema(relations, closure, local(Vocab.ENTITY).orElseThrow(), concepts(ontology), conceptQualifiers(ontology));
    }

    /** The concepts of every scheme, by scheme, in the order of their local names. */
    private static Map<String, List<Schema.Concept>> concepts(Graph ontology) {
        Map<String, List<Schema.Concept>> byScheme = new TreeMap<>();
        for (Triple t : ontology.find(Node.ANY, Vocab.SKOS_IN_SCHEME, Node.ANY).toList()) {
            Optional<String> name = local(t.getSubject());
            Optional<String> scheme = local(t.getObject());
            if (name.isEmpty() || scheme.isEmpty()) {
                continue;
            }
            List<String> alt = ontology.find(t.getSubject(), Vocab.SKOS_ALT_LABEL, Node.ANY).toList().stream()
                    .map(a -> a.getObject().getLiteralLexicalForm()).sorted().toList();
            byScheme.computeIfAbsent(scheme.get(), k -> new ArrayList<>()).add(new Schema.Concept(name.get(), scheme.get(),
                    prefLabel(ontology, t.getSubject(), "en").orElse(name.get()),
                    prefLabel(ontology, t.getSubject(), "it").orElse(name.get()), alt));
        }
        byScheme.values().forEach(list -> list.sort(Comparator.comparing(Schema.Concept::name)));
        return byScheme;
    }

    /** The qualifiers that take concepts: properties with a kg:mappingKey and a kg:conceptScheme. */
    private static Map<String, Schema.ConceptQualifier> conceptQualifiers(Graph ontology) {
        Map<String, Schema.ConceptQualifier> byKey = new TreeMap<>();
        for (Triple t : ontology.find(Node.ANY, Vocab.MAPPING_KEY, Node.ANY).toList()) {
            Optional<String> property = local(t.getSubject());
            Optional<String> scheme = ontology.find(t.getSubject(), Vocab.CONCEPT_SCHEME, Node.ANY).nextOptional()
                    .flatMap(s -> local(s.getObject()));
            if (property.isPresent() && scheme.isPresent() && t.getObject().isLiteral()) {
                String key = t.getObject().getLiteralLexicalForm();
                byKey.put(key, new Schema.ConceptQualifier(key, property.get(), scheme.get()));
            }
        }
        return byKey;
    }

    private static Optional<String> prefLabel(Graph ontology, Node concept, String language) {
        return ontology.find(concept, Vocab.SKOS_PREF_LABEL, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(language))
                .map(Node::getLiteralLexicalForm).findFirst();
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

    private static Optional<String> local(Node n) {
        if (n.isURI() && n.getURI().startsWith(Iris.ONTOLOGY_NS)) {
            return Optional.of(Iris.termName(n.getURI()));
        }
        return Optional.empty();
    }
}
