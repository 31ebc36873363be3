package dev.kg.rdf;

import dev.kg.mapping.Ids;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The one place that mints IRIs. Every IRI is a function of curated ids alone, so the same inputs
 * always give the same IRIs. Ids are checked against {@link Ids} before they get here.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/kg/";
    public static final String ONTOLOGY = BASE + "ontology";
    public static final String ONTOLOGY_NS = ONTOLOGY + "#";
    public static final String ENTITY_NS = BASE + "id/entity/";
    public static final String ARTICLE_NS = BASE + "id/article/";
    public static final String CLAIM_NS = BASE + "id/claim/";
    public static final String GRAPH_NS = BASE + "graph/";

    /** The graph of the shared entities: their types, labels and aliases. */
    public static final Node ENTITIES_GRAPH = NodeFactory.createURI(GRAPH_NS + "entities");
    /** The graph holding the ontology itself. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH_NS + "ontology");

    private Iris() {
    }

    public static Node entity(String id) {
        return NodeFactory.createURI(ENTITY_NS + id);
    }

    /** The article, which also names the graph of its claims. */
    public static Node article(String articleId) {
        return NodeFactory.createURI(ARTICLE_NS + articleId);
    }

    public static Node claim(String articleId, String factId) {
        return NodeFactory.createURI(CLAIM_NS + articleId + "/" + factId);
    }

    /** A part of a claim, such as its amount: {@code claim/…/amount}. */
    public static Node claimPart(Node claim, String part) {
        return NodeFactory.createURI(claim.getURI() + "/" + part);
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(ONTOLOGY_NS + localName);
    }

    /** The entity id in an entity IRI: {@code scale-ai}. */
    public static String entityId(String entityIri) {
        return after(ENTITY_NS, entityIri);
    }

    /** The article id in an article (or article graph) IRI: {@code 001_d5649c7f9c9adf91}. */
    public static String articleId(String articleIri) {
        return after(ARTICLE_NS, articleIri);
    }

    /** The local name of an ontology term: {@code Startup}, {@code investsIn}. */
    public static String termName(String termIri) {
        return after(ONTOLOGY_NS, termIri);
    }

    private static String after(String namespace, String iri) {
        if (!iri.startsWith(namespace)) {
            throw new IllegalArgumentException(iri + " is not in " + namespace);
        }
        return iri.substring(namespace.length());
    }
}
