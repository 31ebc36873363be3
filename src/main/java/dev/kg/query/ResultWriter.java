package dev.kg.query;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.export.RdfSyntax;
import dev.kg.export.SortedRdfWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a query's results. CSV, TSV, JSON and XML stream row by row; the text table (which measures every
 * column first) and RDF (written sorted) are held in memory, so they hold at most a bounded number of rows
 * or triples and refuse a bigger result with a clear error rather than running out of memory.
 */
final class ResultWriter {
    /** Rows a text table holds: about 100 MB of heap at worst, and a table nobody reads to the end. */
    static final int MAX_TEXT_ROWS = 100_000;
    /** Triples a CONSTRUCT or DESCRIBE result holds before it is sorted and written. */
    static final int MAX_GRAPH_TRIPLES = 500_000;

    private static final Map<String, Lang> RESULT_LANGS = Map.of(
            "csv", ResultSetLang.RS_CSV, "tsv", ResultSetLang.RS_TSV,
            "json", ResultSetLang.RS_JSON, "xml", ResultSetLang.RS_XML);

    private ResultWriter() {
    }

    static void write(QueryExecution exec, Query query, String format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet results = exec.execSelect();
            if (format.equals("text")) {
                ResultSetFormatter.out(out, held(results), query.getPrefixMapping());
            } else {
                ResultSetMgr.write(out, results, RESULT_LANGS.get(format));
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            if (format.equals("text")) {
                ResultSetFormatter.out(out, answer);
            } else {
                ResultSetMgr.write(out, answer, RESULT_LANGS.get(format));
            }
        } else {
            Graph graph = held(query.isConstructType() ? exec.execConstructTriples() : exec.execDescribeTriples(), format);
            SortedRdfWriter.writeTriples(graph, RdfSyntax.fromKey(format).orElseThrow(), out);
        }
    }

    private static ResultSet held(ResultSet results) {
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            if (rows.size() == MAX_TEXT_ROWS) {
                throw new KgException(ErrorCode.RESULT_TOO_LARGE, "the result has more than " + MAX_TEXT_ROWS
                        + " rows, more than a text table holds — use --format csv or tsv, which stream any number of"
                        + " rows, or add LIMIT");
            }
            rows.add(results.nextBinding());
        }
        return ResultSet.adapt(RowSetStream.create(results.getResultVars().stream()
                .map(org.apache.jena.sparql.core.Var::alloc).toList(), rows.iterator()));
    }

    private static Graph held(Iterator<Triple> triples, String format) {
        Graph graph = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            if (graph.size() == MAX_GRAPH_TRIPLES) {
                throw new KgException(ErrorCode.RESULT_TOO_LARGE, "the result has more than " + MAX_GRAPH_TRIPLES
                        + " triples, more than kg holds to sort and write as " + format
                        + " — make the CONSTRUCT more selective, or add LIMIT");
            }
            graph.add(triples.next());
        }
        return graph;
    }
}
