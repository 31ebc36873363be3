package dev.kg.shapes;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import dev.kg.jena.FocusedValidation;
import dev.kg.jena.ShaclResult;
import dev.kg.rdf.Origins;
import dev.kg.rdf.Prefixes;
import dev.kg.rdf.TurtleFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks a built graph against the project's SHACL shapes (ontology/shapes.ttl) with Jena SHACL, and turns
 * each violation into a {@link Problem} at the line of the mapping file that wrote the offending node.
 */
public final class ShapeCheck {
    static final Node FIX = NodeFactory.createURI("https://w3id.org/kg/shapes#fix");
    private static final Node SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final Node MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node TARGET_SUBJECTS_OF = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetSubjectsOf");

    private static final PrefixMapping SHAPES_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("kgsh", "https://w3id.org/kg/shapes#").lock();

    static final Node DERIVED_DATA = NodeFactory.createURI("https://w3id.org/kg/shapes#derivedData");
    private static final Set<String> TARGETS = Set.of("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode");

    private final Path file;
    private final Graph graph;
    private final Shapes shapes;
    private volatile Shapes partShapes;
    private volatile FocusNodes focusNodes;

    private ShapeCheck(Path file, Graph graph, Shapes shapes) {
        this.file = file;
        this.graph = graph;
        this.shapes = shapes;
    }

    /** Parsed on first use: a run whose mapping files fail never checks shapes. */
    private Shapes partShapes() {
        Shapes parsed = partShapes;
        if (parsed == null) {
            parsed = Shapes.parse(withoutDerivedDataTargets(graph));
            partShapes = parsed;
        }
        return parsed;
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

    /** The shapes graph with no targets for the shapes marked kgsh:derivedData, which then check nothing. */
    private static Graph withoutDerivedDataTargets(Graph shapesGraph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, shapesGraph);
        for (Triple marked : shapesGraph.find(Node.ANY, DERIVED_DATA, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)).toList()) {
            copy.find(marked.getSubject(), Node.ANY, Node.ANY).toList().stream()
                    .filter(t -> t.getPredicate().getURI().startsWith(SH) && TARGETS.contains(t.getPredicate().getURI().substring(SH.length())))
                    .forEach(copy::delete);
        }
        return copy;
    }

    /** Every violation of the shapes in {@code data}, checked whole, located through {@code origins}. */
    public List<Problem> check(Graph data, Origins origins) {
        return check(shapes, data, origins);
    }

    /**
     * Every violation in {@code base}, the ontology and the entities that every article's graph refers to.
     * Shapes marked kgsh:derivedData are left out: they check the edges of article graphs, which {@code base}
     * does not hold.
     */
    public List<Problem> checkBase(Graph base, Origins origins) {
        return check(partShapes(), base, origins);
    }

    private List<Problem> check(Shapes which, Graph data, Origins origins) {
        try {
            return problems(ShaclResult.of(ShaclValidator.get().validate(which, data)), origins);
        } catch (ShaclException e) {
            throw invalidShapes(e);
        }
    }

    /**
     * Every violation of the nodes that {@code part} (one article's graph) describes, seen together with
     * {@code base} (the ontology and the entities, checked once by {@link #checkBase}). Focus nodes are found
     * in {@code part} with the {@code ontology}'s classes, so that the entities are not checked again for
     * every article: the cost of a build grows with its articles, not with their square. Shapes marked
     * kgsh:derivedData are left to {@link #check}.
     */
    public List<Problem> checkPart(Graph part, Graph ontology, Graph base, Origins origins) {
        // Disjoint unions skip Union's test for duplicates on every match: SHACL collects value and focus
        // nodes into sets, so a triple in both graphs could not be counted twice anyway.
        Graph targets = new DisjointUnion(part, ontology);
        Graph data = new DisjointUnion(part, base);
        Shapes partShapes = partShapes();
        FocusNodes focusNodes = focusNodes(ontology);
        try {
            return problems(FocusedValidation.validate(partShapes, data, shape -> focusNodes.of(shape, part, targets)), origins);
        } catch (ShaclException e) {
            throw invalidShapes(e);
        }
    }

    /**
     * As {@link #checkPart}, through Jena's public API alone: every focus node of {@code part} and {@code base}
     * together, so the entities' own violations come again with every article (a build reports each once).
     */
    public List<Problem> checkPartPlainly(Graph part, Graph base, Origins origins) {
        return check(partShapes(), new DisjointUnion(part, base), origins);
    }

    private FocusNodes focusNodes(Graph ontology) {
        FocusNodes known = focusNodes;
        if (known == null || !known.isFor(ontology)) {
            known = new FocusNodes(ontology);
            focusNodes = known;
        }
        return known;
    }

    private KgException invalidShapes(ShaclException e) {
        return new KgException(ErrorCode.INVALID_SHAPES, file + ": " + e.getMessage() + " — fix the shape", e);
    }

    private List<Problem> problems(List<ShaclResult> results, Origins origins) {
        List<Problem> problems = new ArrayList<>();
        for (ShaclResult result : results) {
            problems.add(problem(result, origins));
        }
        return problems;
    }

    private Problem problem(ShaclResult entry, Origins origins) {
        Node property = property(entry);
        Node focus = entry.focusNode();
        SourceLocation where = origins.where(focus, property).orElseGet(() -> SourceLocation.startOf(file));
        String who = origins.of(focus).map(Origins.Origin::what).orElse(FmtUtils.stringForNode(focus, Prefixes.STANDARD));
        String value = entry.value() == null || entry.value().equals(focus) ? ""
                : " (value " + FmtUtils.stringForNode(entry.value(), Prefixes.STANDARD) + ")";
        String fix = annotation(entry.sourceConstraint(), FIX).or(() -> annotation(entry.sourceShape(), FIX))
                .or(() -> sparqlFix(entry))
                .orElse("see the shape " + FmtUtils.stringForNode(entry.sourceShape(), SHAPES_PREFIXES) + " in " + file);
        return new Problem(ErrorCode.SHAPE_VIOLATION, where, who + ": " + entry.message() + value, fix);
    }

    /**
     * The property at fault: the property whose subjects the shape targets (a shape such as "only an investment
     * has a 'stake'" checks the claim's class, but the curator wrote the stake), else the result's path.
     */
    private Node property(ShaclResult entry) {
        List<Triple> targets = entry.sourceShape() == null ? List.of()
                : graph.find(entry.sourceShape(), TARGET_SUBJECTS_OF, Node.ANY).toList();
        if (targets.size() == 1) {
            return targets.get(0).getObject();
        }
        return entry.property();
    }

    /**
     * Jena names no source constraint for a SPARQL constraint, so it is the shape's sh:sparql constraint whose
     * sh:message is the failed constraint's own (before Jena fills in its variables).
     */
    private Optional<String> sparqlFix(ShaclResult entry) {
        if (entry.sourceShape() == null || entry.sparqlMessage().isEmpty()) {
            return Optional.empty();
        }
        String message = entry.sparqlMessage().get();
        return graph.find(entry.sourceShape(), SPARQL, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(c -> annotation(c, MESSAGE).filter(message::equals).isPresent())
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
