package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.export.ExportOperation;
import dev.kg.export.RdfSyntax;
import dev.kg.io.AtomicFile;
import dev.kg.project.Project;
import dev.kg.store.GraphStore;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph in an RDF syntax, to standard output or a file.",
            "Turtle, N-Triples, N-Quads and TriG are sorted with fixed prefixes, so two exports of the same graph are byte-identical.",
            "Triple syntaxes merge the graphs; N-Quads, TriG keep each article's named graph."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  kg export > graph.ttl",
            "  kg export --format nquads -o graph.nq",
            "  kg export --graph 001_d5649c7f9c9adf91 --with-ontology"})
final class ExportCommand implements Runnable {
    private final Console console;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle", completionCandidates = Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (replaced whole, never half-written) instead of standard output.")
    Path output;

    @Option(names = {"-g", "--graph"}, paramLabel = "GRAPH",
            description = "Export one graph only: an article id, 'entities', 'ontology', or a graph IRI.")
    String graph;

    @Option(names = "--with-ontology", description = "Include the ontology graph.")
    boolean withOntology;

    @Mixin
    ProjectOption project;

    @Mixin
    StoreOption store;

    @Mixin
    VerboseOption verbose;

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        RdfSyntax syntax = RdfSyntax.fromKey(format).orElseThrow(() -> new KgException(ErrorCode.UNKNOWN_FORMAT, 
                "unknown format '" + format + "' — use one of " + String.join(", ", RdfSyntax.keys())));
        Project p = project.resolve();
        try (GraphStore source = GraphStore.openExisting(store.resolve(p))) {
            if (output == null) {
                ExportOperation.export(source, graph, withOntology, syntax, console.out());
                console.out().flush();
            } else {
                AtomicFile.write(output, out -> ExportOperation.export(source, graph, withOntology, syntax, out));
            }
        }
    }

    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return RdfSyntax.keys().iterator();
        }
    }
}
