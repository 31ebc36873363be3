package dev.kg.shapes;

import dev.kg.jena.FocusedValidation;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The focus nodes of a shape in one article's graph. A class target takes the instances of the class and of its
 * subclasses; Jena works the subclasses out again for every shape and article, over the article's graph and the
 * ontology together, which costs more than some of the checks. Here they come from the ontology once per
 * build, and the instances from the article's graph alone: the ontology's own individuals are checked once,
 * with the entities. Other targets are Jena's. {@code kg build --loader plain} leaves the choice to Jena's
 * validator, and must find the same violations.
 */
final class FocusNodes {
    private final Graph ontology;
    private final Map<Node, Set<Node>> subclasses = new ConcurrentHashMap<>();

    FocusNodes(Graph ontology) {
        this.ontology = ontology;
    }

    boolean isFor(Graph graph) {
        return graph == ontology;
    }

    Collection<Node> of(Shape shape, Graph part, Graph targets) {
        Set<Node> focus = new HashSet<>();
        for (Node targetClass : FocusedValidation.targetClasses(shape)) {
            for (Node type : subclassesOf(targetClass)) {
                part.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> focus.add(t.getSubject()));
            }
        }
        focus.addAll(FocusedValidation.otherTargetsFocusNodes(shape, targets));
        return focus;
    }

    /** The class and its subclasses, at any depth. */
    private Set<Node> subclassesOf(Node type) {
        return subclasses.computeIfAbsent(type, top -> {
            Set<Node> found = new HashSet<>();
            Deque<Node> next = new ArrayDeque<>();
            next.add(top);
            while (!next.isEmpty()) {
                Node c = next.pop();
                if (found.add(c)) {
                    ontology.find(Node.ANY, RDFS.subClassOf.asNode(), c).mapWith(Triple::getSubject).forEachRemaining(next::add);
                }
            }
            return Set.copyOf(found);
        });
    }
}
