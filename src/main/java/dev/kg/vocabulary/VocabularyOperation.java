package dev.kg.vocabulary;

import dev.kg.mapping.Schema;
import dev.kg.project.Project;
import dev.kg.rdf.Iris;
import dev.kg.rdf.OntologySchemaReader;
import dev.kg.rdf.TurtleFile;
import dev.kg.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads the {@link Vocabulary} from the project's ontology and shapes. Which relations take a qualifier is read
 * from the shapes that target the qualifier's property ({@code sh:targetSubjectsOf}) and name the claim
 * classes that may carry it ({@code sh:class}, or {@code sh:path rdf:type} with {@code sh:in}); a qualifier no
 * such shape restricts is one every fact may have.
 */
public final class VocabularyOperation {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node TARGET_SUBJECTS_OF = NodeFactory.createURI(SH + "targetSubjectsOf");
    private static final Node SH_CLASS = NodeFactory.createURI(SH + "class");
    private static final Node SH_PATH = NodeFactory.createURI(SH + "path");
    private static final Node SH_IN = NodeFactory.createURI(SH + "in");

    private VocabularyOperation() {
    }

    public static Vocabulary read(Project project) {
        Graph ontology = OntologySchemaReader.read(project.ontology());
        Graph shapes = TurtleFile.read(project.shapes(), "shapes", "restore it from the repository");
        Schema schema = OntologySchemaReader.schema(ontology);

        // Qualifier keys and the claim classes that may carry each; a key with no restricting shape is general.
        Map<String, String> propertyOfKey = new TreeMap<>();
        Map<String, Set<String>> classesOfKey = new TreeMap<>();
        for (Triple t : ontology.find(Node.ANY, Vocab.MAPPING_KEY, Node.ANY).toList()) {
            String key = t.getObject().getLiteralLexicalForm();
            String property = Iris.termName(t.getSubject().getURI());
            propertyOfKey.merge(key, property, (a, b) -> a.length() <= b.length() ? a : b);
            Set<String> classes = restrictedTo(shapes, t.getSubject());
            if (!classes.isEmpty()) {
                classesOfKey.computeIfAbsent(key, k -> new TreeSet<>()).addAll(classes);
            }
        }
        List<Vocabulary.QualifierKey> general = new ArrayList<>();
        propertyOfKey.forEach((key, property) -> {
            if (!classesOfKey.containsKey(key)) {
                general.add(new Vocabulary.QualifierKey(key, property));
            }
        });

        List<Vocabulary.Relation> relations = new ArrayList<>();
        for (Schema.Relation r : new TreeMap<>(schema.relations()).values()) {
            List<Vocabulary.QualifierKey> qualifiers = new ArrayList<>();
            classesOfKey.forEach((key, classes) -> {
                if (classes.contains(r.claimClass()) && !key.equals(r.figure())) {
                    qualifiers.add(new Vocabulary.QualifierKey(key, propertyOfKey.get(key)));
                }
            });
            Node property = Iris.term(r.name());
            relations.add(new Vocabulary.Relation(r.name(), label(ontology, property, "en"), label(ontology, property, "it"),
                    r.domain(), r.linksEntities() ? r.range() : null, r.figure(), r.claimClass(), qualifiers));
        }

        List<Vocabulary.Scheme> schemes = new ArrayList<>();
        schema.concepts().forEach((scheme, concepts) -> {
            List<String> keys = schema.conceptQualifiers().values().stream().filter(q -> q.scheme().equals(scheme))
                    .map(Schema.ConceptQualifier::key).sorted().toList();
            Node s = Iris.term(scheme);
            schemes.add(new Vocabulary.Scheme(scheme, label(ontology, s, "en"), label(ontology, s, "it"), keys, concepts));
        });
        return new Vocabulary(entityTypes(ontology, schema), relations, general, schemes);
    }

    /** The claim classes that the shapes let carry {@code property}; empty when no shape restricts it. */
    private static Set<String> restrictedTo(Graph shapes, Node property) {
        Set<String> classes = new TreeSet<>();
        for (Triple target : shapes.find(Node.ANY, TARGET_SUBJECTS_OF, property).toList()) {
            Node shape = target.getSubject();
            shapes.find(shape, SH_CLASS, Node.ANY).forEach(c -> classes.add(Iris.termName(c.getObject().getURI())));
            if (shapes.contains(shape, SH_PATH, RDF.type.asNode())) {
                shapes.find(shape, SH_IN, Node.ANY).forEach(list -> GraphList.members(new GNode(shapes, list.getObject()))
                        .forEach(c -> classes.add(Iris.termName(c.getURI()))));
            }
        }
        return classes;
    }

    /** The entity types as a tree in reading order: each under its parent, siblings by name. */
    private static List<Vocabulary.EntityType> entityTypes(Graph ontology, Schema schema) {
        Map<String, List<String>> children = new TreeMap<>();
        for (String type : schema.entityTypes()) {
            Optional<String> parent = ontology.find(Iris.term(type), RDFS.subClassOf.asNode(), Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isURI).filter(o -> o.getURI().startsWith(Iris.ONTOLOGY_NS))
                    .map(o -> Iris.termName(o.getURI())).findFirst();
            children.computeIfAbsent(parent.orElse(schema.entityRoot()), k -> new ArrayList<>()).add(type);
        }
        List<Vocabulary.EntityType> out = new ArrayList<>();
        walk(ontology, schema.entityRoot(), null, 0, children, out, new HashSet<>());
        return out;
    }

    private static void walk(Graph ontology, String type, String parent, int depth, Map<String, List<String>> children,
                             List<Vocabulary.EntityType> out, Set<String> seen) {
        if (!seen.add(type)) {
            return;
        }
        Node t = Iris.term(type);
        out.add(new Vocabulary.EntityType(type, parent, depth, label(ontology, t, "en"), label(ontology, t, "it")));
        children.getOrDefault(type, List.of()).stream().sorted(Comparator.naturalOrder())
                .forEach(child -> walk(ontology, child, type, depth + 1, children, out, seen));
    }

    private static String label(Graph ontology, Node term, String language) {
        return ontology.find(term, RDFS.label.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(language)).map(Node::getLiteralLexicalForm)
                .findFirst().orElse(term.getLocalName());
    }
}
