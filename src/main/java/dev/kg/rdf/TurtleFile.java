package dev.kg.rdf;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.error.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads one of the project's own Turtle files (the ontology, the shapes), reporting bad syntax at its line. */
public final class TurtleFile {

    private TurtleFile() {
    }

    /**
     * Parses the file strictly; warnings count as problems too, since a bad IRI or literal in the ontology
     * would reach every graph built from it.
     */
    public static Graph read(Path file, String what, String restore) {
        if (!Files.isRegularFile(file)) {
            throw new KgException(ErrorCode.FILE_MISSING, file + ": the " + what + " file is missing — " + restore);
        }
        List<Problem> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                add(message, line, col);
            }

            @Override
            public void error(String message, long line, long col) {
                add(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                add(message, line, col);
                throw new RiotException(message);
            }

            private void add(String message, long line, long col) {
                SourceLocation at = new SourceLocation(file, (int) Math.max(line, 1), (int) Math.max(col, 1));
                problems.add(new Problem(ErrorCode.TURTLE_SYNTAX, at, message, "fix the Turtle syntax of the " + what));
            }
        };
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(collect).parse(graph);
        } catch (RiotException e) {
            // Reported through the handler above.
        }
        if (!problems.isEmpty()) {
            throw new ProblemsFound(problems);
        }
        return graph;
    }
}
