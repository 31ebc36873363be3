package dev.kg.export;

import dev.kg.rdf.Iris;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * The ontology header of a data export: the data is an ontology of its own that imports the kg ontology by
 * its IRI, so that Protégé and the OWL API read the data with the classes and properties it uses (resolved
 * offline through the catalog {@code kg export --protege} writes).
 */
public final class DataOntologyHeader {
    /** The IRI of the data as an ontology. */
    public static final String DATA = Iris.BASE + "data";

    private DataOntologyHeader() {
    }

    static List<Quad> quads() {
        Node data = NodeFactory.createURI(DATA);
        return List.of(
                Quad.create(Quad.defaultGraphIRI, data, RDF.type.asNode(), OWL2.Ontology.asNode()),
                Quad.create(Quad.defaultGraphIRI, data, OWL2.imports.asNode(), NodeFactory.createURI(Iris.ONTOLOGY)));
    }
}
