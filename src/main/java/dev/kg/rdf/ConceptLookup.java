package dev.kg.rdf;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.NearMiss;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Finds a concept of a scheme by any of its names (skos:prefLabel or skos:altLabel, in any language and
 * case), in the ontology graph of a store: what a concept parameter of a saved query names. Call inside a
 * read transaction.
 */
public final class ConceptLookup {
    private final DatasetGraph dataset;

    public ConceptLookup(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The concept of {@code scheme} (a local name such as Roles) that {@code typed} names. */
    public Node find(String scheme, String typed) {
        Map<String, Node> byName = new TreeMap<>();
        Map<String, String> written = new TreeMap<>();
        dataset.find(Iris.ONTOLOGY_GRAPH, Node.ANY, Vocab.SKOS_IN_SCHEME, Iris.term(scheme)).forEachRemaining(q -> {
            for (Node p : new Node[] {Vocab.SKOS_PREF_LABEL, Vocab.SKOS_ALT_LABEL}) {
                dataset.find(Iris.ONTOLOGY_GRAPH, q.getSubject(), p, Node.ANY).forEachRemaining(l -> {
                    String name = l.getObject().getLiteralLexicalForm();
                    byName.putIfAbsent(key(name), q.getSubject());
                    written.putIfAbsent(key(name), name);
                });
            }
        });
        Node found = byName.get(key(typed));
        if (found != null) {
            return found;
        }
        throw new KgException(ErrorCode.UNKNOWN_CONCEPT, "'" + typed + "' names no concept of " + scheme + " — "
                + NearMiss.closest(key(typed), byName.keySet()).map(k -> "did you mean '" + written.get(k) + "'? ").orElse("")
                + "kg vocabulary lists every concept with its names");
    }

    private static String key(String name) {
        return name.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
