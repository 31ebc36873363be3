package dev.kg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Terms that a prefix cannot carry, blank nodes and awkward literals still come back as the same triples. */
class TurtleLayoutTest {
    private static final String CLAIM = "https://w3id.org/kg/id/claim/";

    @Test
    void awkwardTermsReadBackTheSame() {
        Node claim = NodeFactory.createURI(CLAIM + "000_x/a-claim");
        Node amount = NodeFactory.createURI(CLAIM + "000_x/a-claim/amount");
        Node odd = NodeFactory.createURI("https://w3id.org/kg/id/entity/ends-with-dot.");
        Node percent = NodeFactory.createURI("https://w3id.org/kg/id/entity/a%20b");
        Node blank = NodeFactory.createBlankNode();
        Node p = NodeFactory.createURI("https://w3id.org/kg/ontology#p");
        List<Triple> triples = List.of(
                Triple.create(claim, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/kg/ontology#Claim")),
                Triple.create(claim, p, amount),
                Triple.create(claim, p, NodeFactory.createLiteralString("a \"quoted\"\nline")),
                Triple.create(claim, p, NodeFactory.createLiteralLang("ciao", "it")),
                Triple.create(amount, p, NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger)),
                Triple.create(odd, p, percent),
                Triple.create(blank, p, odd),
                Triple.create(NodeFactory.createURI(CLAIM + "000_x/a-claim-2"), p, blank));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TurtleLayout.write(triples, out);
        String text = out.toString(StandardCharsets.UTF_8);

        Graph expected = GraphFactory.createDefaultGraph();
        triples.forEach(expected::add);
        Graph read = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(read);
        assertTrue(expected.isIsomorphicWith(read), text);
        assertTrue(text.contains("\nc000:a-claim\n    a kg:Claim ;\n"), text);
        // The claim, then its amount, then the next claim.
        assertTrue(text.indexOf("\nc000:a-claim\n") < text.indexOf("\nc000:a-claim\\/amount\n")
                && text.indexOf("\nc000:a-claim\\/amount\n") < text.indexOf("\nc000:a-claim-2\n"), text);
        assertTrue(text.contains("<https://w3id.org/kg/id/entity/ends-with-dot.>"), text);
        // The same triples in another order give the same bytes.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        TurtleLayout.write(triples.reversed(), again);
        assertEquals(text, again.toString(StandardCharsets.UTF_8));
    }
}
