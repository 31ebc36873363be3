package dev.kg.jena;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;

/**
 * SHACL validation of focus nodes that the caller chooses, instead of every focus node of the data graph.
 * Public replacement: {@code ShaclValidator.validate(Shapes, Graph)}, which finds the focus nodes itself
 * (kg's {@code --loader plain} checks each article that way).
 */
public final class FocusedValidation {

    private FocusedValidation() {
    }

    /**
     * Checks {@code data} against every shape of {@code shapes} that has targets, at the focus nodes that
     * {@code focusNodes} gives for the shape; the violations found.
     */
    public static List<ShaclResult> validate(Shapes shapes, Graph data, Function<Shape, Collection<Node>> focusNodes) {
        // Internal: ValidationContext and VLib.validateShape, the steps ShaclValidator takes for each focus node.
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : focusNodes.apply(shape)) {
                VLib.validateShape(context, data, shape, focus);
            }
        }
        return context.hasViolation() ? ShaclResult.of(context.generateReport()) : List.of();
    }

    /** The classes that the shape targets: its sh:targetClass, and itself when it is a class (an implicit target). */
    public static List<Node> targetClasses(Shape shape) {
        // Internal: Target and its type. The shapes graph says the same (sh:targetClass, rdf:type rdfs:Class).
        List<Node> classes = new ArrayList<>();
        for (Target target : shape.getTargets()) {
            switch (target.getTargetType()) {
                case targetClass, implicitClass -> classes.add(target.getObject());
                default -> { }
            }
        }
        return classes;
    }

    /** The focus nodes in {@code data} of the shape's targets other than classes, as Jena's SHACL finds them. */
    public static Collection<Node> otherTargetsFocusNodes(Shape shape, Graph data) {
        List<Node> focus = new ArrayList<>();
        for (Target target : shape.getTargets()) {
            switch (target.getTargetType()) {
                case targetClass, implicitClass -> { }
                default -> focus.addAll(target.getFocusNodes(data));
            }
        }
        return focus;
    }
}
