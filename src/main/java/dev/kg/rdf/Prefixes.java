package dev.kg.rdf;

import org.apache.jena.shared.PrefixMapping;

/** The fixed prefixes of every output, so that tables and Turtle read the same way every time. */
public final class Prefixes {
    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("kg", Iris.ONTOLOGY_NS)
            .setNsPrefix("ent", Iris.ENTITY_NS)
            .setNsPrefix("art", Iris.ARTICLE_NS)
            .setNsPrefix("graph", Iris.GRAPH_NS)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("schema", "https://schema.org/")
            .lock();

    private Prefixes() {
    }
}
