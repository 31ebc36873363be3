package dev.kg.export;

import dev.kg.rdf.Prefixes;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes RDF through RIOT with the fixed prefixes and, for the streaming syntaxes, in sorted order:
 * by graph, subject, predicate (rdf:type first) and object. Two exports of the same graph are then
 * byte-identical, and a changed fact shows as a small diff.
 */
public final class SortedRdfWriter {
    private static final Comparator<Node> NODE_ORDER = Comparator.comparing(NodeFmtLib::strNT);
    private static final Comparator<Node> PREDICATE_ORDER = Comparator
            .comparing((Node p) -> !p.equals(RDF.type.asNode())).thenComparing(NODE_ORDER);
    private static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing(Triple::getSubject, NODE_ORDER)
            .thenComparing(Triple::getPredicate, PREDICATE_ORDER)
            .thenComparing(Triple::getObject, NODE_ORDER);
    private static final Comparator<Quad> QUAD_ORDER = Comparator
            .comparing(Quad::getGraph, NODE_ORDER)
            .thenComparing(Quad::asTriple, TRIPLE_ORDER);

    private SortedRdfWriter() {
    }

    /** Writes the quads; a triple syntax merges the graphs, dropping triples that several graphs share. */
    public static void write(Iterator<Quad> quads, RdfSyntax syntax, OutputStream out) {
        if (syntax.keepsGraphs()) {
            TreeSet<Quad> sorted = new TreeSet<>(QUAD_ORDER);
            quads.forEachRemaining(sorted::add);
            writeQuads(List.copyOf(sorted), syntax, out);
        } else {
            TreeSet<Triple> sorted = new TreeSet<>(TRIPLE_ORDER);
            quads.forEachRemaining(q -> sorted.add(q.asTriple()));
            writeTriples(List.copyOf(sorted), syntax, out);
        }
    }

    public static void writeTriples(Graph graph, RdfSyntax syntax, OutputStream out) {
        TreeSet<Triple> sorted = new TreeSet<>(TRIPLE_ORDER);
        graph.find().forEachRemaining(sorted::add);
        writeTriples(List.copyOf(sorted), syntax, out);
    }

    private static void writeTriples(List<Triple> triples, RdfSyntax syntax, OutputStream out) {
        if (syntax == RdfSyntax.TURTLE) {
            TurtleLayout.write(triples, out);
        } else if (syntax.streamed()) {
            StreamRDF stream = start(syntax, out);
            triples.forEach(stream::triple);
            stream.finish();
        } else {
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
            triples.forEach(graph::add);
            RDFDataMgr.write(out, graph, syntax.format());
        }
    }

    private static void writeQuads(List<Quad> quads, RdfSyntax syntax, OutputStream out) {
        if (syntax == RdfSyntax.JSONLD) {
            try {
                JsonLdWriter.write(quads, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else if (syntax.streamed()) {
            StreamRDF stream = start(syntax, out);
            quads.forEach(stream::quad);
            stream.finish();
        } else {
            DatasetGraph dataset = DatasetGraphFactory.create();
            quads.forEach(dataset::add);
            RDFDataMgr.write(out, dataset, syntax.format());
        }
    }

    private static StreamRDF start(RdfSyntax syntax, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, syntax.format());
        stream.start();
        if (syntax == RdfSyntax.TURTLE || syntax == RdfSyntax.TRIG) {
            Prefixes.STANDARD.getNsPrefixMap().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> stream.prefix(e.getKey(), e.getValue()));
        }
        return stream;
    }
}
