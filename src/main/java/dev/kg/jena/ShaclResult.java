package dev.kg.jena;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;

/**
 * One result of a SHACL validation, read from the fields of Jena's report entry.
 *
 * @param focusNode the node that was checked
 * @param property the result path when it is one property, else null
 * @param value the value at fault, or null
 * @param sourceShape the shape that failed
 * @param sourceConstraint the constraint node that failed, or null (Jena names none for most constraints, and the
 *     shape for a SPARQL SELECT constraint)
 * @param message the result's message
 * @param sparqlMessage the sh:message of the SPARQL constraint that failed, as written in the shapes, before its
 *     variables are filled in; empty for other constraints
 */
public record ShaclResult(Node focusNode, Node property, Node value, Node sourceShape, Node sourceConstraint,
                          String message, Optional<String> sparqlMessage) {

    /** The results of {@code report}, in its order. */
    public static List<ShaclResult> of(ValidationReport report) {
        List<ShaclResult> results = new ArrayList<>();
        // ReportEntry sits in the validation package though the public ValidationReport hands it out;
        // ValidationReport.getGraph() (the sh:result triples) would replace it, without the SPARQL constraint.
        for (ReportEntry entry : report.getEntries()) {
            // Internal: SparqlConstraint, from the engine. Its message is the only field that tells the shape's
            // SPARQL constraints apart: Jena reports no constraint node for them.
            Optional<String> sparqlMessage = entry.constraint() instanceof SparqlConstraint sparql
                    ? Optional.ofNullable(sparql.getMessage()) : Optional.empty();
            Node property = entry.resultPath() instanceof P_Link link ? link.getNode() : null;
            results.add(new ShaclResult(entry.focusNode(), property, entry.value(), entry.source(),
                    entry.sourceConstraint(), entry.message(), sparqlMessage));
        }
        return results;
    }
}
