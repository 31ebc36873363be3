package dev.kg.rdf;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.NearMiss;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Finds an entity by what a user would type: its id, or any of its labels (English or Italian) or
 * aliases, ignoring case. Used by describe, path and every entity parameter of a query. Call inside a read
 * transaction. An id is looked up on its own; the names of every entity are read only when a name is typed.
 */
public final class EntityLookup {
    private final DatasetGraph dataset;
    private final Map<String, Set<String>> idsByName = new TreeMap<>();
    private final Set<String> ids = new TreeSet<>();
    private boolean indexed;

    public EntityLookup(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    private void index() {
        if (indexed) {
            return;
        }
        indexed = true;
        dataset.find(Iris.ENTITIES_GRAPH, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            String id = Iris.entityId(q.getSubject().getURI());
            ids.add(id);
            name(id, id);
        });
        for (Node p : new Node[] {RDFS.label.asNode(), Vocab.SKOS_ALT_LABEL}) {
            dataset.find(Iris.ENTITIES_GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> name(
                    q.getObject().getLiteralLexicalForm(), Iris.entityId(q.getSubject().getURI())));
        }
    }

    private void name(String name, String id) {
        idsByName.computeIfAbsent(key(name), k -> new TreeSet<>()).add(id);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The entity {@code typed} names: an id, or a label or alias in either language, in any case. */
    public Node find(String typed) {
        Node asId = Iris.entity(typed);
        if (ids.contains(typed) || !indexed && dataset.contains(Iris.ENTITIES_GRAPH, asId, RDF.type.asNode(), Node.ANY)) {
            return asId;
        }
        index();
        Set<String> found = idsByName.getOrDefault(key(typed), Set.of());
        if (found.size() == 1) {
            return Iris.entity(found.iterator().next());
        }
        if (found.size() > 1) {
            throw new KgException(ErrorCode.AMBIGUOUS_ENTITY, "'" + typed + "' names several entities: "
                    + String.join(", ", found) + " — give one of these ids");
        }
        throw new KgException(ErrorCode.UNKNOWN_ENTITY, "no entity '" + typed + "' in the graph — "
                + NearMiss.closest(key(typed), idsByName.keySet())
                        .map(k -> "did you mean '" + (idsByName.get(k).size() == 1 ? idsByName.get(k).iterator().next() : k) + "'?")
                        .orElse("give an entity id, label or alias from seeds/entities.yaml"));
    }
}
