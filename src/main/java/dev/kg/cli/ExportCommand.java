package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.explore.GraphPicture;
import dev.kg.explore.PictureOperation;
import dev.kg.export.DotWriter;
import dev.kg.export.ExportFolder;
import dev.kg.export.ExportOperation;
import dev.kg.export.GraphMlWriter;
import dev.kg.export.HtmlWriter;
import dev.kg.export.Neo4jCsvWriter;
import dev.kg.export.PropertyGraph;
import dev.kg.export.PropertyGraphOperation;
import dev.kg.export.ProtegeExport;
import dev.kg.export.RdfSyntax;
import dev.kg.io.OutputFile;
import dev.kg.project.Project;
import dev.kg.store.GraphStore;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph in an RDF syntax, to standard output or a file; or a picture of it: Graphviz DOT,"
                + " or one self-contained HTML page that works offline (click an entity or relation for its facts, filter by article).",
            "Turtle, N-Triples, N-Quads, TriG and JSON-LD are sorted with fixed prefixes, so two exports of the same graph are byte-identical.",
            "Triple syntaxes merge the graphs; N-Quads, TriG and JSON-LD (one @graph per graph) keep each article's named graph.",
            "For property-graph tools: GraphML (Gephi, yEd, NetworkX), or the node and relationship CSV files of"
                + " neo4j-admin database import (into the folder -o names); one edge per claim."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  kg export > graph.ttl",
            "  kg export --format nquads -o graph.nq",
            "  kg export --graph 001_d5649c7f9c9adf91 --with-ontology",
            "  kg export --format html -o graph.html",
            "  kg export --format dot | dot -Tsvg > graph.svg",
            "  kg export --format graphml -o graph.graphml",
            "  kg export --format neo4j-csv -o neo4j-import",
            "  kg export --protege protege"})
final class ExportCommand implements Runnable {
    private final Console console;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle", completionCandidates = Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write to this file instead of standard output. A regular file is replaced whole, never"
                + " half-written: a failed write leaves the old file as it was. A symbolic link is followed and the file"
                + " it points to replaced; a character device (/dev/null) or a FIFO is written to as it is;"
                + " a file with other hard links, a folder or a link to nothing is refused."})
    Path output;

    @Option(names = {"-g", "--graph"}, paramLabel = "GRAPH",
            description = "Export one graph only: an article id, 'entities', 'ontology', or a graph IRI.")
    String graph;

    @Option(names = "--with-ontology", description = "Include the ontology graph.")
    boolean withOntology;

    @Option(names = "--protege", paramLabel = "DIR",
            description = {"Write what Protégé opens offline into this folder: the data (kg-data.ttl, importing the"
                + " ontology by its IRI), the ontology (kg-ontology.ttl) and the catalog that resolves the import (catalog-v001.xml)."})
    Path protege;

    @Mixin
    StoreOptions options;

    ExportCommand(Console console) {
        this.console = console;
    }

    private static final List<String> PICTURES = List.of("dot", "html");
    /** Formats for property-graph tools: entities as nodes, one edge per claim. */
    private static final List<String> PROPERTY_GRAPHS = List.of("graphml", "neo4j-csv");

    @Override
    public void run() {
        if (protege != null) {
            protege();
            return;
        }
        if (PICTURES.contains(format)) {
            picture();
            return;
        }
        if (PROPERTY_GRAPHS.contains(format)) {
            propertyGraph();
            return;
        }
        RdfSyntax syntax = RdfSyntax.fromKey(format).orElseThrow(() -> new KgException(ErrorCode.UNKNOWN_FORMAT,
                "unknown format '" + format + "' — use one of " + String.join(", ", formats())));
        Project p = options.project();
        try (GraphStore source = GraphStore.openExisting(options.store(p))) {
            if (output == null) {
                ExportOperation.export(source, graph, withOntology, syntax, console.out());
                console.out().flush();
            } else {
                OutputFile.write(output, out -> ExportOperation.export(source, graph, withOntology, syntax, out));
            }
        }
    }

    /** DOT or HTML: every entity and relation of every article; the HTML page filters by article itself. */
    private void picture() {
        wholeGraphOnly("draws the whole graph; --graph and --with-ontology are for RDF formats (the HTML page filters by article)");
        Project p = options.project();
        try (GraphStore source = GraphStore.openExisting(options.store(p))) {
            GraphPicture picture = PictureOperation.read(source);
            OutputFile.Content writer = out -> {
                if (format.equals("dot")) {
                    DotWriter.write(picture, out);
                } else {
                    HtmlWriter.write(picture, out);
                }
            };
            if (output == null) {
                try {
                    writer.writeTo(console.out());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                console.out().flush();
            } else {
                OutputFile.write(output, writer);
            }
        }
    }

    /** GraphML to standard output or a file; the Neo4j CSV files into the folder {@code -o} names. */
    private void propertyGraph() {
        wholeGraphOnly("writes every entity and direct relation; --graph and --with-ontology are for RDF formats");
        if (format.equals("neo4j-csv") && output == null) {
            throw new KgException(ErrorCode.USAGE, "--format neo4j-csv writes two files, " + Neo4jCsvWriter.NODES_FILE
                    + " and " + Neo4jCsvWriter.RELATIONSHIPS_FILE + " — name their folder with -o DIR");
        }
        Project p = options.project();
        PropertyGraph pg;
        try (GraphStore source = GraphStore.openExisting(options.store(p))) {
            pg = PropertyGraphOperation.read(source);
        }
        if (format.equals("neo4j-csv")) {
            Path folder = ExportFolder.prepare(output);
            OutputFile.write(folder.resolve(Neo4jCsvWriter.NODES_FILE), out -> Neo4jCsvWriter.writeNodes(pg, out));
            OutputFile.write(folder.resolve(Neo4jCsvWriter.RELATIONSHIPS_FILE), out -> Neo4jCsvWriter.writeRelationships(pg, out));
        } else if (output == null) {
            try {
                GraphMlWriter.write(pg, console.out());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            console.out().flush();
        } else {
            OutputFile.write(output, out -> GraphMlWriter.write(pg, out));
        }
    }

    private void protege() {
        if (output != null || graph != null || withOntology || !format.equals("turtle")) {
            throw new KgException(ErrorCode.USAGE, "--protege DIR writes the data, the ontology and the catalog in Turtle"
                    + " into DIR — leave out -o, --graph, --with-ontology and --format");
        }
        Project p = options.project();
        try (GraphStore source = GraphStore.openExisting(options.store(p))) {
            List<Path> files = ProtegeExport.write(source, protege);
            console.err().printf("kg export: wrote %s; open %s in Protégé%n",
                    String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList()), files.get(0));
        }
    }

    private void wholeGraphOnly(String why) {
        if (graph != null || withOntology) {
            throw new KgException(ErrorCode.USAGE, "--format " + format + " " + why);
        }
    }

    static List<String> formats() {
        return Stream.of(RdfSyntax.keys(), PICTURES, PROPERTY_GRAPHS).flatMap(List::stream).toList();
    }

    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return formats().iterator();
        }
    }
}
