package dev.kg.shapes;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import dev.kg.rdf.Origins;
import dev.kg.rdf.Prefixes;
import dev.kg.rdf.TurtleFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks a built graph against the project's SHACL shapes (ontology/shapes.ttl) with Jena SHACL, and turns
 * each violation into a {@link Problem} at the line of the mapping file that wrote the offending node.
 */
public final class ShapeCheck {
    static final Node FIX = NodeFactory.createURI("https://w3id.org/kg/shapes#fix");
    private static final Node SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final Node MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");
    private static final Node TARGET_SUBJECTS_OF = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetSubjectsOf");

    private static final PrefixMapping SHAPES_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("kgsh", "https://w3id.org/kg/shapes#").lock();

    private final Path file;
    private final Graph graph;
    private final Shapes shapes;

    private ShapeCheck(Path file, Graph graph, Shapes shapes) {
        this.file = file;
        this.graph = graph;
        this.shapes = shapes;
    }

    /** Reads the shapes file; bad Turtle is reported at its line, a malformed shape with the shape's name. */
    public static ShapeCheck read(Path shapesFile) {
        Graph graph = TurtleFile.read(shapesFile, "shapes", "restore it from the repository");
        try {
            return new ShapeCheck(shapesFile, graph, Shapes.parse(graph));
        } catch (RuntimeException e) {
            // Jena's shapes parser fails with ClassCastException and the like on some malformed shapes.
            throw new KgException(ErrorCode.INVALID_SHAPES, shapesFile + ": not valid SHACL (" + e.getMessage()
                    + ") — check the shapes against the SHACL recommendation, or restore the file from the repository", e);
        }
    }

    /** Every violation of the shapes in {@code data}, located through {@code origins}. */
    public List<Problem> check(Graph data, Origins origins) {
        ValidationReport report;
        try {
            report = ShaclValidator.get().validate(shapes, data);
        } catch (ShaclException e) {
            throw new KgException(ErrorCode.INVALID_SHAPES, file + ": " + e.getMessage() + " — fix the shape", e);
        }
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            problems.add(problem(entry, origins));
        }
        return problems;
    }

    private Problem problem(ReportEntry entry, Origins origins) {
        Node property = property(entry);
        Node focus = entry.focusNode();
        SourceLocation where = origins.where(focus, property).orElseGet(() -> SourceLocation.startOf(file));
        String who = origins.of(focus).map(Origins.Origin::what).orElse(FmtUtils.stringForNode(focus, Prefixes.STANDARD));
        String value = entry.value() == null || entry.value().equals(focus) ? ""
                : " (value " + FmtUtils.stringForNode(entry.value(), Prefixes.STANDARD) + ")";
        String fix = annotation(entry.sourceConstraint(), FIX).or(() -> annotation(entry.source(), FIX))
                .or(() -> sparqlFix(entry))
                .orElse("see the shape " + FmtUtils.stringForNode(entry.source(), SHAPES_PREFIXES) + " in " + file);
        return new Problem(ErrorCode.SHAPE_VIOLATION, where, who + ": " + entry.message() + value, fix);
    }

    /** The property at fault: the result's path, or the property whose subjects the shape targets. */
    private Node property(ReportEntry entry) {
        if (entry.resultPath() instanceof P_Link link) {
            return link.getNode();
        }
        List<Triple> targets = entry.source() == null ? List.of()
                : graph.find(entry.source(), TARGET_SUBJECTS_OF, Node.ANY).toList();
        return targets.size() == 1 ? targets.get(0).getObject() : null;
    }

    /** Jena names no source constraint for a SPARQL constraint, so it is found by its message. */
    private Optional<String> sparqlFix(ReportEntry entry) {
        if (entry.source() == null) {
            return Optional.empty();
        }
        return graph.find(entry.source(), SPARQL, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(c -> annotation(c, MESSAGE).filter(entry.message()::equals).isPresent())
                .findFirst().flatMap(c -> annotation(c, FIX));
    }

    private Optional<String> annotation(Node subject, Node property) {
        if (subject == null) {
            return Optional.empty();
        }
        return graph.find(subject, property, Node.ANY).nextOptional()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
