package dev.kg.export;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.rdf.Iris;
import dev.kg.store.GraphStore;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Writes the store's graph, or chosen named graphs of it, in an RDF syntax. */
public final class ExportOperation {

    private ExportOperation() {
    }

    /**
     * @param graph        one graph to export: an article id, "entities", "ontology", or a graph IRI; null for all
     * @param withOntology add the ontology graph
     */
    public static void export(GraphStore store, String graph, boolean withOntology, RdfSyntax syntax, OutputStream out) {
        store.read(() -> {
            DatasetGraph dsg = store.dataset();
            List<Node> graphs = selectGraphs(dsg, graph, withOntology);
            // A triple syntax is what an OWL tool opens: data without the ontology says which ontology it uses.
            Stream<Quad> header = syntax.keepsGraphs() || graphs.contains(Iris.ONTOLOGY_GRAPH)
                    ? Stream.empty() : DataOntologyHeader.quads().stream();
            Iterator<Quad> quads = Stream.concat(header, graphs.stream()
                    .flatMap(g -> Iter.asStream(dsg.find(g, Node.ANY, Node.ANY, Node.ANY))))
                    .iterator();
            SortedRdfWriter.write(quads, syntax, out);
            return null;
        });
    }

    private static List<Node> selectGraphs(DatasetGraph dsg, String graph, boolean withOntology) {
        TreeSet<String> present = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> present.add(g.getURI()));
        List<String> chosen = new ArrayList<>();
        if (graph == null) {
            present.stream().filter(g -> !g.equals(Iris.ONTOLOGY_GRAPH.getURI())).forEach(chosen::add);
        } else {
            String iri = resolve(graph);
            if (!present.contains(iri)) {
                throw new KgException(ErrorCode.UNKNOWN_GRAPH,
                        "no graph '" + graph + "' in the store — use an article id such as '"
                        + present.stream().filter(g -> g.startsWith(Iris.ARTICLE_NS)).findFirst()
                                .map(Iris::articleId).orElse("000_article")
                        + "', 'entities', 'ontology', or a graph IRI");
            }
            chosen.add(iri);
        }
        if (withOntology && !chosen.contains(Iris.ONTOLOGY_GRAPH.getURI())) {
            chosen.add(Iris.ONTOLOGY_GRAPH.getURI());
        }
        return chosen.stream().map(NodeFactory::createURI).toList();
    }

    private static String resolve(String graph) {
        return switch (graph) {
            case "entities" -> Iris.ENTITIES_GRAPH.getURI();
            case "ontology" -> Iris.ONTOLOGY_GRAPH.getURI();
            default -> graph.contains(":") ? graph : Iris.ARTICLE_NS + graph;
        };
    }
}
