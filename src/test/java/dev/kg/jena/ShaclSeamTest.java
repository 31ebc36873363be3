package dev.kg.jena;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The seam's use of Jena SHACL's engine: chosen focus nodes, targets, and the fields of a report's results. */
class ShaclSeamTest {
    private static final String SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            ex:PersonShape a sh:NodeShape ; sh:targetClass ex:Person ;
                sh:property [ sh:path ex:age ; sh:maxCount 1 ; sh:message "one age" ] .
            ex:LabelShape a sh:NodeShape ; sh:targetSubjectsOf ex:label ;
                sh:sparql [ sh:message "label {?value} is too short" ;
                            sh:select "SELECT $this ?value WHERE { $this <http://example.org/label> ?value FILTER(STRLEN(?value) < 3) }" ] .
            """;
    private static final String DATA = """
            @prefix ex: <http://example.org/> .
            ex:ann a ex:Person ; ex:age 30, 31 .
            ex:bob a ex:Person ; ex:age 40, 41 .
            ex:box ex:label "ab" .
            """;
    private static final Node ANN = ex("ann");
    private static final Node BOB = ex("bob");
    private static final Node BOX = ex("box");

    private static Node ex(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }

    @Test
    void onlyTheChosenFocusNodesAreChecked() {
        Shapes shapes = Shapes.parse(turtle(SHAPES));
        Graph data = turtle(DATA);
        List<ShaclResult> results = FocusedValidation.validate(shapes, data,
                shape -> FocusedValidation.targetClasses(shape).isEmpty() ? List.of() : List.of(BOB));
        assertEquals(1, results.size(), results.toString());
        assertEquals(BOB, results.get(0).focusNode());
        assertEquals(ex("age"), results.get(0).property());
        assertEquals("one age", results.get(0).message());
    }

    @Test
    void aShapesTargetsAreReadAsClassesAndOtherFocusNodes() {
        Shapes shapes = Shapes.parse(turtle(SHAPES));
        Graph data = turtle(DATA);
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.getShapeNode().equals(ex("PersonShape"))) {
                assertEquals(List.of(ex("Person")), FocusedValidation.targetClasses(shape));
                assertEquals(List.of(), List.copyOf(FocusedValidation.otherTargetsFocusNodes(shape, data)));
            } else {
                assertEquals(List.of(), FocusedValidation.targetClasses(shape));
                assertEquals(Set.of(BOX), Set.copyOf(FocusedValidation.otherTargetsFocusNodes(shape, data)));
            }
        }
    }

    /** Jena reports the shape, not the sh:sparql node, as a SPARQL constraint's source; its own message tells it apart. */
    @Test
    void aSparqlResultCarriesItsConstraintsOwnMessage() {
        List<ShaclResult> results = ShaclResult.of(ShaclValidator.get().validate(Shapes.parse(turtle(SHAPES)), turtle(DATA)));
        ShaclResult label = results.stream().filter(r -> r.focusNode().equals(BOX)).findFirst().orElseThrow();
        assertEquals("label ab is too short", label.message());
        assertEquals(Optional.of("label {?value} is too short"), label.sparqlMessage());
        assertEquals(ex("LabelShape"), label.sourceShape());
        assertEquals(ex("LabelShape"), label.sourceConstraint());
        ShaclResult age = results.stream().filter(r -> r.focusNode().equals(ANN)).findFirst().orElseThrow();
        assertEquals(Optional.empty(), age.sparqlMessage());
        assertEquals(3, results.size(), results.toString());
    }
}
