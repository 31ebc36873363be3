package dev.kg.curate;

import dev.kg.mapping.Entity;
import dev.kg.mapping.Schema;
import dev.kg.mapping.Status;
import dev.kg.mapping.UnmappedPassage;
import dev.kg.rdf.Iris;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * What the form offers, read at run time: the relations with their domain and range (from the ontology), the
 * qualifiers each may carry (from the shapes that say which claim classes may have a qualifier; a qualifier no
 * shape restricts is offered with every relation), entity types with their superclasses, and the entities.
 */
final class SchemaView {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node TARGET_SUBJECTS_OF = NodeFactory.createURI(SH + "targetSubjectsOf");
    private static final Node SH_CLASS = NodeFactory.createURI(SH + "class");
    private static final Node SH_PATH = NodeFactory.createURI(SH + "path");
    private static final Node SH_IN = NodeFactory.createURI(SH + "in");

    private SchemaView() {
    }

    static JsonObject of(Schema schema, Graph ontology, Graph shapes, List<Entity> entities) {
        Map<String, Optional<Set<String>>> claimClassesByKey = new TreeMap<>();
        for (String key : FactForm.qualifierKeys()) {
            claimClassesByKey.put(key, property(key, ontology).flatMap(p -> allowedClasses(p, shapes)));
        }
        JsonArray relations = new JsonArray();
        new TreeMap<>(schema.relations()).values().forEach(r -> {
            JsonObject o = new JsonObject();
            o.put("name", r.name());
            o.put("linksEntities", r.linksEntities());
            o.put("domain", r.domain() == null ? "" : r.domain());
            o.put("range", r.range() == null ? "" : r.range());
            List<String> qualifiers = new ArrayList<>();
            for (String key : FactForm.qualifierKeys()) {
                Optional<Set<String>> allowed = claimClassesByKey.get(key);
                if (allowed.isEmpty() || allowed.get().contains(r.claimClass())) {
                    qualifiers.add(key);
                }
            }
            qualifiers.add("attributedTo");
            o.put("qualifiers", Json.strings(qualifiers));
            relations.add(o);
        });
        JsonObject types = new JsonObject();
        for (String type : schema.entityTypes()) {
            List<String> supers = new ArrayList<>(schema.superClasses().getOrDefault(type, Set.of()));
            supers.add(type);
            types.put(type, Json.strings(supers.stream().sorted().toList()));
        }
        JsonArray people = new JsonArray();
        for (Entity e : entities) {
            JsonObject o = new JsonObject();
            o.put("id", e.id());
            o.put("type", e.type());
            o.put("en", e.labelEn());
            o.put("it", e.labelIt());
            o.put("aliases", Json.strings(e.aliases()));
            people.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("relations", relations);
        out.put("types", types);
        out.put("entities", people);
        out.put("statuses", Json.strings(Status.keys()));
        out.put("reasons", Json.strings(UnmappedPassage.Reason.keys()));
        return out;
    }

    /**
     * The claim classes a qualifier's property is restricted to by a shape targeting its subjects (sh:class C, or
     * sh:path rdf:type with sh:in (...)); empty when the ontology has no such property or no shape restricts it.
     */
    private static Optional<Set<String>> allowedClasses(Node property, Graph shapes) {
        Set<String> allowed = null;
        for (Triple t : shapes.find(Node.ANY, TARGET_SUBJECTS_OF, property).toList()) {
            Node shape = t.getSubject();
            Set<String> classes = new HashSet<>();
            shapes.find(shape, SH_CLASS, Node.ANY).forEach(c -> classes.add(local(c.getObject())));
            if (shapes.contains(shape, SH_PATH, RDF.type.asNode())) {
                shapes.find(shape, SH_IN, Node.ANY).forEach(in -> members(shapes, in.getObject(), classes));
            }
            if (!classes.isEmpty()) {
                allowed = classes;
            }
        }
        return Optional.ofNullable(allowed);
    }

    /** The ontology's property a fact key writes: the one so named, or else one whose name ends with it (valuation: impliedValuation). */
    private static Optional<Node> property(String key, Graph ontology) {
        Node exact = Iris.term(key);
        if (ontology.contains(exact, RDF.type.asNode(), Node.ANY)) {
            return Optional.of(exact);
        }
        String suffix = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getSubject)
                .filter(n -> n.isURI() && n.getURI().startsWith(Iris.ONTOLOGY_NS) && n.getURI().endsWith(suffix)
                        && Character.isLowerCase(Iris.termName(n.getURI()).charAt(0)))
                .findFirst();
    }

    private static void members(Graph g, Node list, Set<String> into) {
        // Bounded, so that a cyclic list in a broken shapes file cannot hang the page.
        Node n = list;
        for (int i = 0; i < 1000 && n != null && !n.equals(RDF.nil.asNode()); i++) {
            g.find(n, RDF.first.asNode(), Node.ANY).forEach(f -> into.add(local(f.getObject())));
            List<Triple> rest = g.find(n, RDF.rest.asNode(), Node.ANY).toList();
            n = rest.isEmpty() ? null : rest.get(0).getObject();
        }
    }

    private static String local(Node n) {
        return n.isURI() && n.getURI().startsWith(Iris.ONTOLOGY_NS) ? Iris.termName(n.getURI()) : n.toString();
    }
}
